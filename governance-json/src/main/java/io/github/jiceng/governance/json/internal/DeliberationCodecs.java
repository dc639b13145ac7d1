package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.DecisionRule;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.deliberation.Resolution;
import io.github.jiceng.governance.model.deliberation.ResolutionId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bindings of deliberation (共议): major affairs with their ballots and decisions, and joint
 * meetings with their resolutions.
 */
public final class DeliberationCodecs {

  private DeliberationCodecs() {}

  /** {@link AffairId} as its text, such as {@code "affair-2022-03"}. */
  public static final TextCodec<AffairId> AFFAIR_ID = Codecs.text(AffairId.class,
      "The id of a major affair put to deliberation (议题标识).", AffairId::of, AffairId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link MeetingId} as its text, such as {@code "jm-2022-q1"}. */
  public static final TextCodec<MeetingId> MEETING_ID = Codecs.text(MeetingId.class,
      "The id of a joint meeting of the community and its co-building units (会议标识).", MeetingId::of,
      MeetingId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link ResolutionId} as its text, such as {@code "jm-2022-q1-r2"}. */
  public static final TextCodec<ResolutionId> RESOLUTION_ID = Codecs.text(ResolutionId.class,
      "The id of a resolution of a joint meeting (决议标识).", ResolutionId::of, ResolutionId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** {@link DecisionRule} by name. */
  public static final EnumCodec<DecisionRule> DECISION_RULE = Codecs.enumeration(DecisionRule.class,
      "What share of the ballots an option needs to be adopted (表决规则).");

  /** {@link AffairDecision.Outcome} by name. */
  public static final EnumCodec<AffairDecision.Outcome> OUTCOME = Codecs.enumeration(AffairDecision.Outcome.class,
      "How a deliberation ended: ADOPTED, NO_QUORUM or NO_MAJORITY.").named("AffairOutcome");

  /** {@link AffairDecision.Ignored.Reason} by name. */
  public static final EnumCodec<AffairDecision.Ignored.Reason> IGNORED_REASON = Codecs.enumeration(
      AffairDecision.Ignored.Reason.class, "Why a ballot was not counted.").named("IgnoredBallotReason");

  /** {@link MajorAffair}: the question, who may vote, the quorum, the options and the rule. */
  public static final ObjectCodec<MajorAffair> MAJOR_AFFAIR = majorAffair();

  /** {@link Ballot} as {@code {"voter", "choice"?, "at"}}; no choice is an abstention. */
  public static final ObjectCodec<Ballot> BALLOT = ballot();

  /** {@link AffairDecision.Ignored} as {@code {"voter", "reason"}}. */
  public static final ObjectCodec<AffairDecision.Ignored> IGNORED = ignored();

  /** {@link AffairDecision}: the outcome, the option adopted, the count and the ballots not counted. */
  public static final ObjectCodec<AffairDecision> AFFAIR_DECISION = affairDecision();

  /** {@link Resolution}: what a joint meeting agreed, and the project it becomes. */
  public static final ObjectCodec<Resolution> RESOLUTION = resolution();

  /** {@link JointMeeting}: who convened, who attended, what was resolved. */
  public static final ObjectCodec<JointMeeting> JOINT_MEETING = jointMeeting();

  private static ObjectCodec<MajorAffair> majorAffair() {
    ObjectCodec.Builder<MajorAffair> b = ObjectCodec.builder(MajorAffair.class)
        .describe("A major affair put to deliberation (大事共议): its question, grid node, participants, quorum, "
            + "options (ballots name them by position from 0) and decision rule.");
    Slot<AffairId> id = b.required("id", MajorAffair::id, AFFAIR_ID);
    Slot<String> title = b.required("title", MajorAffair::title, Codecs.string().length(1, 200));
    Slot<GridId> grid = b.required("grid", MajorAffair::grid, GridCodecs.GRID_ID);
    Slot<Set<PersonId>> participants = b.required("participants", MajorAffair::participants,
        Codecs.set(ValueCodecs.PERSON_ID));
    Slot<Integer> quorum = b.required("quorum", MajorAffair::quorum, Codecs.integer(1, Integer.MAX_VALUE));
    Slot<List<String>> options = b.required("options", MajorAffair::options, Codecs.list(Codecs.string()));
    Slot<DecisionRule> rule = b.defaulted("rule", MajorAffair::rule, DECISION_RULE, DecisionRule.SIMPLE_MAJORITY);
    Slot<Instant> openedAt = b.required("openedAt", MajorAffair::openedAt, Codecs.INSTANT);
    return b.build(v -> MajorAffair.builder().id(v.get(id)).title(v.get(title)).grid(v.get(grid))
        .addAllParticipants(v.get(participants)).quorum(v.get(quorum)).addAllOptions(v.get(options))
        .rule(v.get(rule)).openedAt(v.get(openedAt)).build());
  }

  private static ObjectCodec<Ballot> ballot() {
    ObjectCodec.Builder<Ballot> b = ObjectCodec.builder(Ballot.class)
        .describe("One participant's ballot (表决票): the position of the option chosen, or none to abstain.");
    Slot<PersonId> voter = b.required("voter", Ballot::voter, ValueCodecs.PERSON_ID);
    Slot<Optional<Integer>> choice = b.optional("choice", ballot -> Optionals.boxed(ballot.choice()),
        Codecs.integer(Integer.MIN_VALUE, Integer.MAX_VALUE));
    Slot<Instant> at = b.required("at", Ballot::at, Codecs.INSTANT);
    return b.build(v -> new Ballot(v.get(voter), Optionals.unboxedInt(v.get(choice)), v.get(at)));
  }

  private static ObjectCodec<AffairDecision.Ignored> ignored() {
    ObjectCodec.Builder<AffairDecision.Ignored> b = ObjectCodec.builder(AffairDecision.Ignored.class)
        .named("IgnoredBallot").describe("A ballot that was not counted, and why.");
    Slot<PersonId> voter = b.required("voter", AffairDecision.Ignored::voter, ValueCodecs.PERSON_ID);
    Slot<AffairDecision.Ignored.Reason> reason = b.required("reason", AffairDecision.Ignored::reason, IGNORED_REASON);
    return b.build(v -> new AffairDecision.Ignored(v.get(voter), v.get(reason)));
  }

  private static ObjectCodec<AffairDecision> affairDecision() {
    Codec<Integer> count = Codecs.integer(0, Integer.MAX_VALUE);
    ObjectCodec.Builder<AffairDecision> b = ObjectCodec.builder(AffairDecision.class)
        .describe("The recorded decision on a major affair (议决结果): outcome, option adopted, votes per option, "
            + "abstentions, ballots counted, and the ballots not counted.");
    Slot<AffairId> affair = b.required("affair", AffairDecision::affair, AFFAIR_ID);
    Slot<Instant> decidedAt = b.required("decidedAt", AffairDecision::decidedAt, Codecs.INSTANT);
    Slot<AffairDecision.Outcome> outcome = b.required("outcome", AffairDecision::outcome, OUTCOME);
    Slot<Optional<String>> adopted = b.optional("adopted", AffairDecision::adopted, Codecs.string());
    Slot<List<Integer>> tally = b.required("tally", AffairDecision::tally, Codecs.list(count));
    Slot<Integer> abstentions = b.required("abstentions", AffairDecision::abstentions, count);
    Slot<Integer> ballots = b.required("ballots", AffairDecision::ballots, count);
    Slot<List<AffairDecision.Ignored>> ignored = b.defaulted("ignored", AffairDecision::ignored,
        Codecs.list(IGNORED), List.of());
    return b.build(v -> AffairDecision.builder().affair(v.get(affair)).decidedAt(v.get(decidedAt))
        .outcome(v.get(outcome)).adopted(v.get(adopted)).addAllTally(v.get(tally)).abstentions(v.get(abstentions))
        .ballots(v.get(ballots)).addAllIgnored(v.get(ignored)).build());
  }

  private static ObjectCodec<Resolution> resolution() {
    ObjectCodec.Builder<Resolution> b = ObjectCodec.builder(Resolution.class)
        .describe("A resolution of a joint meeting (决议): what was agreed and, for a project, the project, its "
            + "lead unit and the unit's pledge.");
    Slot<ResolutionId> id = b.required("id", Resolution::id, RESOLUTION_ID);
    Slot<String> text = b.required("text", Resolution::text, Codecs.string().length(1, 500));
    Slot<Optional<ProjectId>> project = b.optional("project", Resolution::project, SharedCodecs.PROJECT_ID);
    Slot<Optional<OrganizationId>> leadUnit = b.optional("leadUnit", Resolution::leadUnit,
        ValueCodecs.ORGANIZATION_ID);
    Slot<Optional<Money>> pledge = b.optional("pledge", Resolution::pledge, SharedCodecs.AMOUNT);
    return b.build(v -> new Resolution(v.get(id), v.get(text), v.get(project), v.get(leadUnit), v.get(pledge)));
  }

  private static ObjectCodec<JointMeeting> jointMeeting() {
    ObjectCodec.Builder<JointMeeting> b = ObjectCodec.builder(JointMeeting.class)
        .describe("A joint meeting of a community and its co-building units (共建联席会议): convener, attending "
            + "units and resolutions.");
    Slot<MeetingId> id = b.required("id", JointMeeting::id, MEETING_ID);
    Slot<GridId> grid = b.required("grid", JointMeeting::grid, GridCodecs.GRID_ID);
    Slot<Instant> heldAt = b.required("heldAt", JointMeeting::heldAt, Codecs.INSTANT);
    Slot<OrganizationId> convener = b.required("convener", JointMeeting::convener, ValueCodecs.ORGANIZATION_ID);
    Slot<Set<OrganizationId>> attendees = b.required("attendees", JointMeeting::attendees,
        Codecs.set(ValueCodecs.ORGANIZATION_ID));
    Slot<List<Resolution>> resolutions = b.defaulted("resolutions", JointMeeting::resolutions,
        Codecs.list(RESOLUTION), List.of());
    return b.build(v -> JointMeeting.builder().id(v.get(id)).grid(v.get(grid)).heldAt(v.get(heldAt))
        .convener(v.get(convener)).addAllAttendees(v.get(attendees)).addAllResolutions(v.get(resolutions)).build());
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(AFFAIR_ID, MEETING_ID, RESOLUTION_ID, DECISION_RULE, OUTCOME, IGNORED_REASON, MAJOR_AFFAIR,
        BALLOT, IGNORED, AFFAIR_DECISION, RESOLUTION, JOINT_MEETING);
  }
}
