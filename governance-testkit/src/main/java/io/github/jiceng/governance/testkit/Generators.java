package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.rules.checkin.CheckInCommand;
import io.github.jiceng.governance.rules.checkin.CheckInLog;
import io.github.jiceng.governance.rules.clue.ClueCommand;
import io.github.jiceng.governance.rules.clue.ClueEvent;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.deliberation.AffairState;
import io.github.jiceng.governance.rules.deliberation.DeliberationCommand;
import io.github.jiceng.governance.rules.deliberation.DeliberationEvent;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsState;
import io.github.jiceng.governance.rules.post.PostCommand;
import io.github.jiceng.governance.rules.post.PostEvent;
import io.github.jiceng.governance.rules.post.PostState;
import io.github.jiceng.governance.rules.project.ProjectCommand;
import io.github.jiceng.governance.rules.project.ProjectEvent;
import io.github.jiceng.governance.rules.project.ProjectRegister;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.service.DemandCase;
import io.github.jiceng.governance.rules.service.DemandCommand;
import io.github.jiceng.governance.rules.volunteer.VolunteerCommand;
import io.github.jiceng.governance.rules.volunteer.VolunteerRegister;

/**
 * The seeded command generators of every stateful rule of the SDK (生成器), one per feature. Each
 * gives, from a seed, a mixed sequence of valid, repeated and refusable commands, the valid
 * commands alone and the refusable ones with their codes (see {@link CommandGenerator}). Over the
 * seeds the SDK's own contract tests run (200 to 300 from seed 0), each mixed sequence reaches
 * every variant of a decision and every refusal code of its feature. Values the model itself
 * rejects, before any rule sees them, come from {@link InvalidValues}.
 *
 * <pre>{@code
 * Seeds.forEachSeed(300, seed ->
 *     DeciderContract.run("seed " + seed, Generators.fund().rules(seed), Generators.fund().commands(seed)));
 * }</pre>
 */
public final class Generators {

  private Generators() {}

  /**
   * Red-star points: 150 commands a seed over three members and about a year — awards for
   * attendance, volunteer service and donations, redemptions of three offers, deductions, entries
   * recorded elsewhere and advances in time, about one in eight a repeat; refusable ones out of
   * time order or range, under a reserved or taken id, without a rule, offer or deduction rule,
   * beyond a balance, cap or stock, or conflicting with the ledger.
   *
   * @return the generator
   */
  public static CommandGenerator<PointsCommand, PointsState, LedgerEntry> points() {
    return new PointsGenerator();
  }

  /**
   * The co-building fund of 蓝天街道 under the street's default policy without a rule for
   * orphans: 60 to 140 steps a seed of donations (some earmarked), pledges of three units and
   * donations paying them, requests, approvals by staff and outsiders, declines, payments, stored
   * disbursements and batches, with bursts of hardship requests; refusable ones over caps and
   * tiers, by the wrong person, for an unknown or other fund, request or pledge, over what a
   * pledge has outstanding or paid by another donor, before the launch or outside the time
   * limits, or conflicting with the ledger.
   *
   * @return the generator
   */
  public static CommandGenerator<FundCommand, FundBook, FundEvent> fund() {
    return new FundGenerator();
  }

  /**
   * One demand's stream (群众点单): 60 transitions a seed, mostly one its state allows now, the
   * others any transition, with parts the transition needs sometimes left out, some back in time
   * or outside the instants the SDK accepts, some naming another demand, some the last event
   * delivered again; the rules' satisfactory rating (1 to 5) is drawn from the seed too.
   *
   * @return the generator
   */
  public static CommandGenerator<DemandCommand, DemandCase, DemandEvent> demands() {
    return new DemandGenerator();
  }

  /**
   * A register of issue clues (问题线索): 120 steps a seed — collecting (again, or another clue
   * under a taken id), screening, merging, rejecting, evaluating, deciding, starting and completing,
   * some back in time, some for unknown clues.
   *
   * @return the generator
   */
  public static CommandGenerator<ClueCommand, ClueRegister, ClueEvent> clues() {
    return new ClueGenerator();
  }

  /**
   * One proposal's stream (提案) on a four-level chain: 40 steps a seed, mostly one its state
   * allows now, the others any step, a step back in time, the proposal received again or another
   * one, or a command for another proposal; escalations come from deadlines passed.
   *
   * @return the generator
   */
  public static CommandGenerator<ProposalCommand, ProposalCase, ProposalEvent> proposals() {
    return new ProposalGenerator();
  }

  /**
   * Contact check-ins (联系群众打卡) of three members, two of them assigned households: 10 to 50 a
   * seed, in clusters and out of time order, with far jumps, repeats and reused ids with other
   * content.
   *
   * @return the generator
   */
  public static CommandGenerator<CheckInCommand, CheckInLog, CheckIn> checkIns() {
    return new CheckInGenerator();
  }

  /**
   * Volunteer service records (志愿服务记录) of three volunteers on mainland China's working
   * calendar: 60 a seed, entered on time, late or before their activity, again as they were, and
   * again under a recorded id with other content.
   *
   * @return the generator
   */
  public static CommandGenerator<VolunteerCommand, VolunteerRegister, VolunteerRecord> volunteerRecords() {
    return new VolunteerGenerator();
  }

  /**
   * An A/B post (AB岗): establishing it (sometimes after a command that needs it, or another post),
   * absences whole, begun and ended, holders assigned and removed, and repeats, 10 to 40 steps a
   * seed.
   *
   * @return the generator
   */
  public static CommandGenerator<PostCommand, PostState, PostEvent> posts() {
    return new PostGenerator();
  }

  /**
   * One major affair's deliberation (议事): opened (or not yet, or another affair), 5 to 30 ballots
   * of participants and outsiders, early, for missing options, repeated and second ballots, and
   * counts too early, again and after the close.
   *
   * @return the generator
   */
  public static CommandGenerator<DeliberationCommand, AffairState, DeliberationEvent> deliberation() {
    return new DeliberationGenerator();
  }

  /**
   * A community's project register (项目认领): 50 steps a seed over eight demands in three grids
   * and five resources of the three channels — projects proposed (some under a taken id, some with
   * a demand held by another project, dispatched alone, grouped elsewhere or not accepted), put to
   * the units, taken through eligible and ineligible resources within and over budget, services by
   * the claimant and by others, inside and outside the project, outcomes of its services and of
   * others, closes with and without them, withdrawals with and without a reason, repeats, steps
   * back in time or outside the instants the SDK accepts, and steps for an unknown project; one
   * seed in six runs a channel policy without claims by co-building units.
   *
   * @return the generator
   */
  public static CommandGenerator<ProjectCommand, ProjectRegister, ProjectEvent> projects() {
    return new ProjectGenerator();
  }
}
