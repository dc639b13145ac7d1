package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.ProposalSummary;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.shared.Masking;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bindings of residents' proposals (提案): the proposal, how it came in, its handling record
 * with every event, the handling policy and the summary. The content, the answer and the mobile
 * number are personal data: written as given, never quoted in error messages.
 */
public final class ProposalCodecs {

  private ProposalCodecs() {}

  /** {@link ProposalId} as its text, such as {@code "ta-2023-0012"}. */
  public static final TextCodec<ProposalId> PROPOSAL_ID = Codecs.text(ProposalId.class,
      "The id of a resident's proposal (提案标识).", ProposalId::of, ProposalId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link ProposalState} by name. */
  public static final EnumCodec<ProposalState> PROPOSAL_STATE = Codecs.enumeration(ProposalState.class,
      "The handling state of a proposal (办理状态).");

  /** {@link ProposalEvent.Kind} by name. */
  public static final EnumCodec<ProposalEvent.Kind> EVENT_KIND = Codecs.enumeration(ProposalEvent.Kind.class,
      "What happened to a proposal: SUBMITTED, MOVED, ESCALATED (逐级上报, timed), RATED or REFERRED "
      + "(主动上报, by its handler, with a reason).").named("ProposalEventKind");

  /** {@link ProposalRejectionReason} by name. */
  public static final EnumCodec<ProposalRejectionReason> REJECTION_REASON = Codecs.enumeration(
      ProposalRejectionReason.class, "Why a proposal is not taken up (不予受理理由).");

  /** {@link Satisfaction} by name. */
  public static final EnumCodec<Satisfaction> SATISFACTION = Codecs.enumeration(Satisfaction.class,
      "The resident's rating of an answer (满意度).");

  /** {@link Submission.Direct}, without its discriminator. */
  public static final ObjectCodec<Submission.Direct> DIRECT = direct();

  /** {@link Submission.ViaDeputy}, without its discriminator. */
  public static final ObjectCodec<Submission.ViaDeputy> VIA_DEPUTY = viaDeputy();

  /** {@link Submission} as one object with {@code "type"}: {@code direct} or {@code viaDeputy}. */
  public static final UnionCodec<Submission> SUBMISSION = UnionCodec.builder(Submission.class, "type")
      .describe("How a proposal came in (提交方式): from a resident directly, or carried by a deputy.")
      .variant("direct", Submission.Direct.class, DIRECT)
      .variant("viaDeputy", Submission.ViaDeputy.class, VIA_DEPUTY)
      .build();

  /** {@link Proposal}: title, content, grid node, when and how it came in. */
  public static final ObjectCodec<Proposal> PROPOSAL = proposal();

  /** {@link Answer} as {@code {"text", "by", "at"}}. */
  public static final ObjectCodec<Answer> ANSWER = answer();

  /** {@link ProposalRejection} as {@code {"reason", "explanation"}}. */
  public static final ObjectCodec<ProposalRejection> PROPOSAL_REJECTION = proposalRejection();

  /** {@link ProposalEvent} as {@code {"at", "kind", "state", "grid", "actor"?}}. */
  public static final ObjectCodec<ProposalEvent> PROPOSAL_EVENT = proposalEvent();

  /** {@link ProposalRecord}: a proposal and its handling, every event in order. */
  public static final ObjectCodec<ProposalRecord> PROPOSAL_RECORD = proposalRecord();

  /** {@link HandlingPolicy}: deadlines by state, escalation interval, feedback window, reopenings. */
  public static final ObjectCodec<HandlingPolicy> HANDLING_POLICY = handlingPolicy();

  /** {@link ProposalSummary}: the figures of a set of proposals at one instant. */
  public static final ObjectCodec<ProposalSummary> PROPOSAL_SUMMARY = proposalSummary();

  private static ObjectCodec<Submission.Direct> direct() {
    ObjectCodec.Builder<Submission.Direct> b = ObjectCodec.builder(Submission.Direct.class)
        .named("DirectSubmission").describe("A resident submitted the proposal themself.");
    Slot<PersonId> submitter = b.required("submitter", Submission.Direct::submitter, ValueCodecs.PERSON_ID);
    return b.build(v -> new Submission.Direct(v.get(submitter)));
  }

  private static ObjectCodec<Submission.ViaDeputy> viaDeputy() {
    ObjectCodec.Builder<Submission.ViaDeputy> b = ObjectCodec.builder(Submission.ViaDeputy.class)
        .named("SubmissionViaDeputy")
        .describe("A deputy carried the proposal, for one resident or (without onBehalfOf) for many.");
    Slot<PersonId> deputy = b.required("deputy", Submission.ViaDeputy::deputy, ValueCodecs.PERSON_ID);
    Slot<DeputyKind> kind = b.required("kind", Submission.ViaDeputy::kind, SharedCodecs.DEPUTY_KIND);
    Slot<Optional<PersonId>> onBehalfOf = b.optional("onBehalfOf", Submission.ViaDeputy::onBehalfOf,
        ValueCodecs.PERSON_ID);
    return b.build(v -> new Submission.ViaDeputy(v.get(deputy), v.get(kind), v.get(onBehalfOf)));
  }

  private static ObjectCodec<Proposal> proposal() {
    ObjectCodec.Builder<Proposal> b = ObjectCodec.builder(Proposal.class)
        .describe("A resident's proposal (提案). The content and the mobile number are personal data: kept as "
            + "given, never quoted in error messages.");
    Slot<ProposalId> id = b.required("id", Proposal::id, PROPOSAL_ID);
    Slot<String> title = b.required("title", Proposal::title, Codecs.string().length(1, Proposal.MAX_TITLE_LENGTH));
    Slot<String> content = b.required("content", Proposal::content,
        Codecs.string().length(1, Proposal.MAX_CONTENT_LENGTH).personal(SharedCodecs::hidden));
    Slot<GridId> grid = b.required("grid", Proposal::grid, GridCodecs.GRID_ID);
    Slot<Instant> submittedAt = b.required("submittedAt", Proposal::submittedAt, Codecs.INSTANT);
    Slot<Submission> submission = b.required("submission", Proposal::submission, SUBMISSION);
    Slot<Optional<String>> mobile = b.optional("contactMobile", Proposal::contactMobile,
        Codecs.string().pattern(ClueCodecs.MOBILE_FORM).personal(Masking::mobile));
    return b.build(v -> Proposal.builder().id(v.get(id)).title(v.get(title)).content(v.get(content))
        .grid(v.get(grid)).submittedAt(v.get(submittedAt)).submission(v.get(submission)).contactMobile(v.get(mobile))
        .build());
  }

  private static ObjectCodec<Answer> answer() {
    ObjectCodec.Builder<Answer> b = ObjectCodec.builder(Answer.class)
        .describe("The answer given to a proposal (答复); its text may quote the resident.");
    Slot<String> text = b.required("text", Answer::text,
        Codecs.string().length(1, 2000).personal(SharedCodecs::hidden));
    Slot<PersonId> by = b.required("by", Answer::by, ValueCodecs.PERSON_ID);
    Slot<Instant> at = b.required("at", Answer::at, Codecs.INSTANT);
    return b.build(v -> new Answer(v.get(text), v.get(by), v.get(at)));
  }

  private static ObjectCodec<ProposalRejection> proposalRejection() {
    ObjectCodec.Builder<ProposalRejection> b = ObjectCodec.builder(ProposalRejection.class)
        .describe("Why a proposal was not taken up, and what the resident is told.");
    Slot<ProposalRejectionReason> reason = b.required("reason", ProposalRejection::reason, REJECTION_REASON);
    Slot<String> explanation = b.required("explanation", ProposalRejection::explanation,
        Codecs.string().length(1, 500));
    return b.build(v -> new ProposalRejection(v.get(reason), v.get(explanation)));
  }

  private static ObjectCodec<ProposalEvent> proposalEvent() {
    ObjectCodec.Builder<ProposalEvent> b = ObjectCodec.builder(ProposalEvent.class)
        .describe("One event in a proposal's history (办理记录): what happened, the state and handling grid node "
            + "after it, who acted, and for a referral (REFERRED) its reason.");
    Slot<Instant> at = b.required("at", ProposalEvent::at, Codecs.INSTANT);
    Slot<ProposalEvent.Kind> kind = b.required("kind", ProposalEvent::kind, EVENT_KIND);
    Slot<ProposalState> state = b.required("state", ProposalEvent::state, PROPOSAL_STATE);
    Slot<GridId> grid = b.required("grid", ProposalEvent::grid, GridCodecs.GRID_ID);
    Slot<Optional<ActorId>> actor = b.optional("actor", ProposalEvent::actor, SharedCodecs.ACTOR_ID);
    Slot<Optional<String>> reason = b.optional("reason", ProposalEvent::reason,
        Codecs.string().length(1, ProposalEvent.MAX_REASON_LENGTH));
    return b.build(v -> new ProposalEvent(v.get(at), v.get(kind), v.get(state), v.get(grid), v.get(actor),
        v.get(reason)));
  }

  private static ObjectCodec<ProposalRecord> proposalRecord() {
    ObjectCodec.Builder<ProposalRecord> b = ObjectCodec.builder(ProposalRecord.class)
        .describe("A proposal and its handling (提案办理记录): state, handling grid node, assignee, answer, rating, "
            + "rejection, reopenings, and every event in order, the first its submission.");
    Slot<Proposal> proposal = b.required("proposal", ProposalRecord::proposal, PROPOSAL);
    Slot<ProposalState> state = b.required("state", ProposalRecord::state, PROPOSAL_STATE);
    Slot<GridId> handlingGrid = b.required("handlingGrid", ProposalRecord::handlingGrid, GridCodecs.GRID_ID);
    Slot<Optional<ActorId>> assignee = b.optional("assignee", ProposalRecord::assignee, SharedCodecs.ACTOR_ID);
    Slot<Optional<Answer>> answer = b.optional("answer", ProposalRecord::answer, ANSWER);
    Slot<Optional<Satisfaction>> satisfaction = b.optional("satisfaction", ProposalRecord::satisfaction,
        SATISFACTION);
    Slot<Optional<ProposalRejection>> rejection = b.optional("rejection", ProposalRecord::rejection,
        PROPOSAL_REJECTION);
    Slot<Integer> reopens = b.defaulted("reopens", ProposalRecord::reopens, Codecs.integer(0, Integer.MAX_VALUE), 0);
    Slot<List<ProposalEvent>> events = b.required("events", ProposalRecord::events, Codecs.list(PROPOSAL_EVENT));
    return b.build(v -> ProposalRecord.builder().proposal(v.get(proposal)).state(v.get(state))
        .handlingGrid(v.get(handlingGrid)).assignee(v.get(assignee)).answer(v.get(answer))
        .satisfaction(v.get(satisfaction)).rejection(v.get(rejection)).reopens(v.get(reopens))
        .addAllEvents(v.get(events)).build());
  }

  private static ObjectCodec<HandlingPolicy> handlingPolicy() {
    ObjectCodec.Builder<HandlingPolicy> b = ObjectCodec.builder(HandlingPolicy.class)
        .describe("How fast proposals must be handled (办理时限): the time a proposal may stay in each state, the "
            + "wait between further escalations (逐级上报), the time to rate an answer, and reopenings allowed.");
    Slot<String> label = b.required("label", HandlingPolicy::label, Codecs.string().length(1, 64));
    Slot<Map<ProposalState, Duration>> deadlines = b.defaulted("deadlines", HandlingPolicy::deadlines,
        Codecs.map(PROPOSAL_STATE, Codecs.DURATION), Map.of());
    Slot<Duration> escalation = b.required("escalationInterval", HandlingPolicy::escalationInterval,
        Codecs.DURATION);
    Slot<Duration> feedback = b.required("feedbackWindow", HandlingPolicy::feedbackWindow, Codecs.DURATION);
    Slot<Integer> maxReopens = b.defaulted("maxReopens", HandlingPolicy::maxReopens,
        Codecs.integer(0, Integer.MAX_VALUE), 1);
    return b.build(v -> HandlingPolicy.builder().label(v.get(label)).putAllDeadlines(v.get(deadlines))
        .escalationInterval(v.get(escalation)).feedbackWindow(v.get(feedback)).maxReopens(v.get(maxReopens))
        .build());
  }

  private static ObjectCodec<ProposalSummary> proposalSummary() {
    Codec<Integer> count = Codecs.integer(0, Integer.MAX_VALUE);
    ObjectCodec.Builder<ProposalSummary> b = ObjectCodec.builder(ProposalSummary.class)
        .describe("The figures of a set of proposals at one instant (办理情况一览).");
    Slot<Integer> total = b.required("total", ProposalSummary::total, count);
    Slot<Map<ProposalState, Integer>> byState = b.required("byState", ProposalSummary::byState,
        Codecs.map(PROPOSAL_STATE, count));
    Slot<Integer> overdue = b.required("overdue", ProposalSummary::overdue, count);
    Slot<Integer> escalated = b.required("escalated", ProposalSummary::escalated, count);
    Slot<Map<Satisfaction, Integer>> bySatisfaction = b.required("bySatisfaction", ProposalSummary::bySatisfaction,
        Codecs.map(SATISFACTION, count));
    return b.build(v -> new ProposalSummary(v.get(total), v.get(byState), v.get(overdue), v.get(escalated),
        v.get(bySatisfaction)));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(PROPOSAL_ID, PROPOSAL_STATE, EVENT_KIND, REJECTION_REASON, SATISFACTION, SUBMISSION,
        SubtypeCodec.of(SUBMISSION, Submission.Direct.class), SubtypeCodec.of(SUBMISSION, Submission.ViaDeputy.class),
        PROPOSAL, ANSWER, PROPOSAL_REJECTION, PROPOSAL_EVENT, PROPOSAL_RECORD, HANDLING_POLICY, PROPOSAL_SUMMARY);
  }
}
