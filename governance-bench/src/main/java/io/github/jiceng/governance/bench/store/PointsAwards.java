package io.github.jiceng.governance.bench.store;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsRefusal;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.points.PointsState;
import io.github.jiceng.governance.store.jdbc.EventCodec;
import io.github.jiceng.governance.store.jdbc.StoreCodecs;
import io.github.jiceng.governance.store.jdbc.StoredRule;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The points awards of the store's benchmark, all derived from their numbers (no randomness): the
 * article's red-star policy, attended activities (5 points each, at most 40 a month per member,
 * awards past the cap booked with 0 points), and the store's registration of the points rule
 * without snapshots, so that loading a stream reads every event.
 */
public final class PointsAwards {

  /** The rules: the article's policy, an empty service catalogue. */
  public static final PointsRules RULES = PointsRules.of(RedStarPolicies.article(), ServiceCatalogue.of());

  /** The codec of the payloads, the store's own for points entries. */
  public static final EventCodec<LedgerEntry> CODEC = StoreCodecs.pointsEntries();

  /** The rule as registered with the store: its name {@code points}, no snapshots. */
  public static final StoredRule<PointsCommand, PointsState, LedgerEntry> RULE =
      StoredRule.of("points", RULES, CODEC).withRefusalCodes(PointsRefusal.class);

  /** The first award's instant. */
  public static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  private PointsAwards() {}

  /**
   * Returns the stream of one member's points account in the writing benchmarks.
   *
   * @param member the member's number
   * @return the stream id, such as {@code member-00042}
   */
  public static String memberStream(int member) {
    return String.format(Locale.ROOT, "member-%05d", member);
  }

  /**
   * Returns the idempotency key of a member's {@code k}-th award (from 0).
   *
   * @param member the member's number
   * @param k the award's number in the member's stream
   * @return the key
   */
  public static String memberKey(int member, long k) {
    return "award-" + member + "-" + k;
  }

  /**
   * Returns a member's {@code k}-th award (from 0), six hours after the one before.
   *
   * @param member the member's number
   * @param k the award's number in the member's stream
   * @return the command
   */
  public static PointsCommand.Award memberAward(int member, long k) {
    return award(memberKey(member, k), member, START.plus(Duration.ofHours(6 * k)));
  }

  /**
   * Returns the payloads of each member's first {@code perMember} awards as the store writes
   * them: each member's awards decided in order on that member's own state.
   *
   * @param members the number of members
   * @param perMember the awards per member
   * @return {@code payloads[member][k]}
   */
  public static String[][] memberPayloads(int members, int perMember) {
    String[][] payloads = new String[members][perMember];
    for (int m = 0; m < members; m++) {
      PointsState state = RULES.initialState();
      for (int k = 0; k < perMember; k++) {
        LedgerEntry entry = only(RULES.decide(memberAward(m, k), state));
        state = RULES.evolve(state, entry);
        payloads[m][k] = CODEC.encode(entry);
      }
    }
    return payloads;
  }

  /**
   * Returns the {@code i}-th award (from 0) of the one long ledger of the replay benchmark: member
   * {@code i % members}, ten seconds after the one before.
   *
   * @param i the award's number
   * @param members the number of members in the ledger
   * @return the command
   */
  public static PointsCommand.Award ledgerAward(long i, int members) {
    return award("award-" + i, (int) (i % members), START.plus(Duration.ofSeconds(10 * i)));
  }

  /**
   * Returns the one entry an award is decided into.
   *
   * @param decision the decision
   * @return its entry
   * @throws IllegalStateException unless the award was applied as exactly one entry
   */
  public static LedgerEntry only(Decision<LedgerEntry> decision) {
    if (!(decision instanceof Decision.Applied<LedgerEntry> applied) || applied.events().size() != 1) {
      throw new IllegalStateException("An award of the benchmark was not booked as one entry: " + decision);
    }
    return applied.events().get(0);
  }

  private static PointsCommand.Award award(String id, int member, Instant at) {
    Contribution contribution = Contribution.builder().id(EntryId.of(id)).actor(PersonId.of("p-" + member))
        .kind(ContributionKind.ACTIVITY_ATTENDED).occurredAt(at).reference("activity-" + id).build();
    return new PointsCommand.Award(contribution, at);
  }
}
