package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueRejection;
import io.github.jiceng.governance.model.clue.ClueSource;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ClueSummary;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.clue.RejectionReason;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.Masking;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The bindings of issue clues (问题线索): the clue as reported, every decision on it, the case that
 * holds them, and the register's summary. A reporter's mobile number is written as given and
 * masked (3+4) in every error message; a summary is never quoted.
 */
public final class ClueCodecs {

  private ClueCodecs() {}

  /** The form of a mainland mobile number, as the model checks it. */
  static final String MOBILE_FORM = "1[0-9]{10}";

  /** {@link ClueId} as its text, such as {@code "clue-066"}. */
  public static final TextCodec<ClueId> CLUE_ID = Codecs.text(ClueId.class,
      "The id of an issue clue (线索标识).", ClueId::of, ClueId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link ClueCategory} as its key, such as {@code "FITNESS"}. */
  public static final TextCodec<ClueCategory> CLUE_CATEGORY = Codecs.text(ClueCategory.class,
      "The key of a clue's category (线索类别), such as DAILY_LIFE, TRAVEL, FITNESS or WASTE.", ClueCategory::of,
      ClueCategory::key).pattern(SharedCodecs.KEY_FORM);

  /** {@link ClueSource} by name. */
  public static final EnumCodec<ClueSource> CLUE_SOURCE = Codecs.enumeration(ClueSource.class,
      "Who brought a clue in (线索来源).");

  /** {@link ClueStatus} by name. */
  public static final EnumCodec<ClueStatus> CLUE_STATUS = Codecs.enumeration(ClueStatus.class,
      "Where a clue stands (线索状态), derived from the decisions on it.");

  /** {@link ImplementationMode} by name. */
  public static final EnumCodec<ImplementationMode> IMPLEMENTATION_MODE = Codecs.enumeration(
      ImplementationMode.class, "How a clue's project is carried out (实施方式).");

  /** {@link Priority} by name. */
  public static final EnumCodec<Priority> PRIORITY = Codecs.enumeration(Priority.class,
      "How soon a surveyed clue should be acted on (优先级).").named("CluePriority");

  /** {@link RejectionReason} by name. */
  public static final EnumCodec<RejectionReason> REJECTION_REASON = Codecs.enumeration(RejectionReason.class,
      "Why a clue is not turned into a project (不予立项理由).").named("ClueRejectionReason");

  /** {@link IssueClue}: category, grid node, when and how it came in, and a short summary. */
  public static final ObjectCodec<IssueClue> ISSUE_CLUE = issueClue();

  /** {@link ClueRejection} as {@code {"reason", "explanation", "at"}}. */
  public static final ObjectCodec<ClueRejection> CLUE_REJECTION = clueRejection();

  /** {@link Evaluation} as {@code {"at", "estimatedCost", "expectedBeneficiaries", "priority"}}. */
  public static final ObjectCodec<Evaluation> EVALUATION = evaluation();

  /** {@link Implementation} as {@code {"mode", "project", "claimant"?, "decidedAt"}}. */
  public static final ObjectCodec<Implementation> IMPLEMENTATION = implementation();

  /** {@link Completion} as {@code {"at", "beneficiaries"}}. */
  public static final ObjectCodec<Completion> COMPLETION = completion();

  /** {@link ClueCase}: the clue and every decision on it; its status follows from them. */
  public static final ObjectCodec<ClueCase> CLUE_CASE = clueCase();

  /** {@link ClueSummary}: the figures of a register of clues. */
  public static final ObjectCodec<ClueSummary> CLUE_SUMMARY = clueSummary();

  private static ObjectCodec<IssueClue> issueClue() {
    ObjectCodec.Builder<IssueClue> b = ObjectCodec.builder(IssueClue.class)
        .describe("A problem reported by residents (问题线索). The mobile number and the summary are personal data: "
            + "kept as given, never quoted in error messages.");
    Slot<ClueId> id = b.required("id", IssueClue::id, CLUE_ID);
    Slot<ClueCategory> category = b.required("category", IssueClue::category, CLUE_CATEGORY);
    Slot<GridId> grid = b.required("grid", IssueClue::grid, GridCodecs.GRID_ID);
    Slot<Instant> reportedAt = b.required("reportedAt", IssueClue::reportedAt, Codecs.INSTANT);
    Slot<ClueSource> source = b.required("source", IssueClue::source, CLUE_SOURCE);
    Slot<Optional<PersonId>> reporter = b.optional("reporter", IssueClue::reporter, ValueCodecs.PERSON_ID);
    Slot<Optional<String>> mobile = b.optional("contactMobile", IssueClue::contactMobile,
        Codecs.string().pattern(MOBILE_FORM).personal(Masking::mobile));
    Slot<String> summary = b.required("summary", IssueClue::summary,
        Codecs.string().length(1, IssueClue.MAX_SUMMARY_LENGTH).personal(SharedCodecs::hidden));
    Slot<Optional<String>> topic = b.optional("topic", IssueClue::topic,
        Codecs.string().pattern("[a-z0-9][a-z0-9._-]{0,63}"));
    return b.build(v -> IssueClue.builder().id(v.get(id)).category(v.get(category)).grid(v.get(grid))
        .reportedAt(v.get(reportedAt)).source(v.get(source)).reporter(v.get(reporter)).contactMobile(v.get(mobile))
        .summary(v.get(summary)).topic(v.get(topic)).build());
  }

  private static ObjectCodec<ClueRejection> clueRejection() {
    ObjectCodec.Builder<ClueRejection> b = ObjectCodec.builder(ClueRejection.class)
        .describe("The rejection of a clue (不予立项), with what the reporter is told.");
    Slot<RejectionReason> reason = b.required("reason", ClueRejection::reason, REJECTION_REASON);
    Slot<String> explanation = b.required("explanation", ClueRejection::explanation, Codecs.string().length(1, 200));
    Slot<Instant> at = b.required("at", ClueRejection::at, Codecs.INSTANT);
    return b.build(v -> new ClueRejection(v.get(reason), v.get(explanation), v.get(at)));
  }

  private static ObjectCodec<Evaluation> evaluation() {
    ObjectCodec.Builder<Evaluation> b = ObjectCodec.builder(Evaluation.class)
        .describe("The survey and evaluation of a clue (调研评估): cost, residents who would benefit, priority.");
    Slot<Instant> at = b.required("at", Evaluation::at, Codecs.INSTANT);
    Slot<Money> cost = b.required("estimatedCost", Evaluation::estimatedCost, SharedCodecs.AMOUNT);
    Slot<Integer> beneficiaries = b.required("expectedBeneficiaries", Evaluation::expectedBeneficiaries,
        Codecs.integer(1, Integer.MAX_VALUE));
    Slot<Priority> priority = b.required("priority", Evaluation::priority, PRIORITY);
    return b.build(v -> new Evaluation(v.get(at), v.get(cost), v.get(beneficiaries), v.get(priority)));
  }

  private static ObjectCodec<Implementation> implementation() {
    ObjectCodec.Builder<Implementation> b = ObjectCodec.builder(Implementation.class)
        .describe("The decision how to solve a clue (确定实施方式); a claimant exactly for CO_BUILDING_CLAIM.");
    Slot<ImplementationMode> mode = b.required("mode", Implementation::mode, IMPLEMENTATION_MODE);
    Slot<ProjectId> project = b.required("project", Implementation::project, SharedCodecs.PROJECT_ID);
    Slot<Optional<OrganizationId>> claimant = b.optional("claimant", Implementation::claimant,
        ValueCodecs.ORGANIZATION_ID);
    Slot<Instant> decidedAt = b.required("decidedAt", Implementation::decidedAt, Codecs.INSTANT);
    return b.build(v -> new Implementation(v.get(mode), v.get(project), v.get(claimant), v.get(decidedAt)));
  }

  private static ObjectCodec<Completion> completion() {
    ObjectCodec.Builder<Completion> b = ObjectCodec.builder(Completion.class)
        .describe("The completion of a clue's project (完工), with the residents it serves.");
    Slot<Instant> at = b.required("at", Completion::at, Codecs.INSTANT);
    Slot<Integer> beneficiaries = b.required("beneficiaries", Completion::beneficiaries,
        Codecs.integer(0, Integer.MAX_VALUE));
    return b.build(v -> new Completion(v.get(at), v.get(beneficiaries)));
  }

  private static ObjectCodec<ClueCase> clueCase() {
    ObjectCodec.Builder<ClueCase> b = ObjectCodec.builder(ClueCase.class)
        .describe("One clue and every decision on it (线索办理记录): screening, duplicates merged into it (or the "
            + "clue it was merged into), rejection, evaluation, implementation, start and completion.");
    Slot<IssueClue> clue = b.required("clue", ClueCase::clue, ISSUE_CLUE);
    Slot<Optional<Instant>> screenedAt = b.optional("screenedAt", ClueCase::screenedAt, Codecs.INSTANT);
    Slot<Optional<ClueId>> mergedInto = b.optional("mergedInto", ClueCase::mergedInto, CLUE_ID);
    Slot<List<ClueId>> duplicates = b.defaulted("duplicates", ClueCase::duplicates, Codecs.list(CLUE_ID), List.of());
    Slot<Optional<ClueRejection>> rejection = b.optional("rejection", ClueCase::rejection, CLUE_REJECTION);
    Slot<Optional<Evaluation>> evaluation = b.optional("evaluation", ClueCase::evaluation, EVALUATION);
    Slot<Optional<Implementation>> implementation = b.optional("implementation", ClueCase::implementation,
        IMPLEMENTATION);
    Slot<Optional<Instant>> startedAt = b.optional("startedAt", ClueCase::startedAt, Codecs.INSTANT);
    Slot<Optional<Completion>> completion = b.optional("completion", ClueCase::completion, COMPLETION);
    return b.build(v -> ClueCase.builder().clue(v.get(clue)).screenedAt(v.get(screenedAt))
        .mergedInto(v.get(mergedInto)).addAllDuplicates(v.get(duplicates)).rejection(v.get(rejection))
        .evaluation(v.get(evaluation)).implementation(v.get(implementation)).startedAt(v.get(startedAt))
        .completion(v.get(completion)).build());
  }

  private static ObjectCodec<ClueSummary> clueSummary() {
    Codec<Integer> count = Codecs.integer(0, Integer.MAX_VALUE);
    Codec<Long> residents = Codecs.longInteger(0, Long.MAX_VALUE);
    ObjectCodec.Builder<ClueSummary> b = ObjectCodec.builder(ClueSummary.class)
        .describe("The figures of a register of clues (线索台账汇总): clues by category and status, projects "
            + "decided and completed by mode, residents expected to benefit and served.");
    Slot<Integer> collected = b.required("collected", ClueSummary::collected, count);
    Slot<Map<ClueCategory, Integer>> byCategory = b.required("byCategory", ClueSummary::byCategory,
        Codecs.map(CLUE_CATEGORY, count));
    Slot<Map<ClueStatus, Integer>> byStatus = b.required("byStatus", ClueSummary::byStatus,
        Codecs.map(CLUE_STATUS, count));
    Slot<Map<ImplementationMode, Integer>> decided = b.required("decided", ClueSummary::decided,
        Codecs.map(IMPLEMENTATION_MODE, count));
    Slot<Map<ImplementationMode, Integer>> completed = b.required("completed", ClueSummary::completed,
        Codecs.map(IMPLEMENTATION_MODE, count));
    Slot<Map<ImplementationMode, Long>> expected = b.required("expectedBeneficiaries",
        ClueSummary::expectedBeneficiaries, Codecs.map(IMPLEMENTATION_MODE, residents));
    Slot<Map<ImplementationMode, Long>> served = b.required("servedBeneficiaries", ClueSummary::servedBeneficiaries,
        Codecs.map(IMPLEMENTATION_MODE, residents));
    return b.build(v -> {
      SortedMap<ClueCategory, Integer> categories = new TreeMap<>(v.get(byCategory));
      return new ClueSummary(v.get(collected), categories, v.get(byStatus), v.get(decided), v.get(completed),
          v.get(expected), v.get(served));
    });
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(CLUE_ID, CLUE_CATEGORY, CLUE_SOURCE, CLUE_STATUS, IMPLEMENTATION_MODE, PRIORITY, REJECTION_REASON,
        ISSUE_CLUE, CLUE_REJECTION, EVALUATION, IMPLEMENTATION, COMPLETION, CLUE_CASE, CLUE_SUMMARY);
  }
}
