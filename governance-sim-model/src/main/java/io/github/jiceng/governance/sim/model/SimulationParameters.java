package io.github.jiceng.governance.sim.model;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parameters of a simulation (模拟参数), as data: when it starts and in which zone its days
 * are counted, how often each kind of thing happens, and how long and how well things go.
 * Everything that is policy (points, fund, channels, deadlines, handling, check-ins, assessment)
 * is not here but in the scenario's policies; these parameters say only how the simulated
 * community behaves.
 *
 * <p>Rates named {@code milliPerDay} are expected occurrences per day in thousandths; chances
 * named {@code perMille} are per mille. Every attribute except {@code start} has a default, a
 * modest community's behaviour, which the tests and the seed scenario override.
 *
 * <pre>{@code
 * SimulationParameters p = SimulationParameters.builder()
 *     .start(LocalDate.of(2024, 1, 1))
 *     .addDemandStream(new DemandStream("elderly-care", "GRID", 300, Set.of("care"),
 *         Pillar.SERVICE_SHARING, DemandSource.RESIDENT, Map.of(Urgency.NORMAL, 1), IntRange.of(1, 3), 14))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SimulationParameters {

  /** The zone of the article's places, the default zone of a simulation. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** The kinds of post that handle demands, clues and proposals unless the parameters name others. */
  public static final List<PostKind> DEFAULT_HANDLING_POST_KINDS =
      List.of(PostKind.GRID_HEAD, PostKind.EXECUTIVE_SECRETARY);

  SimulationParameters() {}

  /** Returns a builder; {@code start} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the first simulated day. */
  public abstract LocalDate start();

  /** Returns the zone whose days the simulation steps through; default Asia/Shanghai. */
  @Value.Default
  public ZoneId zone() {
    return CHINA;
  }

  /** Returns how demands arrive, by category and grid level. */
  public abstract List<DemandStream> demandStreams();

  /** Returns the chance a submitted demand is accepted at review (受理), per mille; default 950. */
  @Value.Default
  public int reviewAcceptPerMille() {
    return 950;
  }

  /**
   * Returns the level of the grid nodes that partition matching: each node of the level is
   * matched on its own (分区匹配); default {@code COMMUNITY}. When the hierarchy has no such level,
   * the whole hierarchy is one partition.
   */
  @Value.Default
  public String partitionLevel() {
    return "COMMUNITY";
  }

  /**
   * Returns the kinds of post whose acting holder handles demands, clues and proposals at a grid:
   * the post of the nearest scope containing the grid among these kinds. Empty means the
   * default, {@link #DEFAULT_HANDLING_POST_KINDS}.
   */
  public abstract List<PostKind> handlingPostKinds();

  /** Returns the kinds of handling post in effect: those given, or the default when none are. */
  public final List<PostKind> handlers() {
    return handlingPostKinds().isEmpty() ? DEFAULT_HANDLING_POST_KINDS : handlingPostKinds();
  }

  /** Returns the chance a resource is available to claim on a day, per mille; default 900. */
  @Value.Default
  public int claimantAvailabilityPerMille() {
    return 900;
  }

  /** Returns the purchase budget of each calendar month (购买服务预算); default zero. */
  @Value.Default
  public Money purchaseBudgetPerMonth() {
    return Money.ZERO;
  }

  /** Returns the days from the start of a service to its delivery; default 1-5. */
  @Value.Default
  public IntRange serviceDays() {
    return IntRange.of(1, 5);
  }

  /** Returns the minutes of work one service takes; default 30-240. */
  @Value.Default
  public IntRange effortMinutes() {
    return IntRange.of(30, 240);
  }

  /** Returns how residents rate services; default weights 2, 3, 10, 35, 50 for ratings 1-5. */
  @Value.Default
  public RatingWeights ratings() {
    return RatingWeights.of(2, 3, 10, 35, 50);
  }

  /** Returns the chance per day that a resident withdraws a waiting demand, per mille; default 2. */
  @Value.Default
  public int withdrawPerMille() {
    return 2;
  }

  /** Returns the chance per day that a claimant releases a demand it holds, per mille; default 3. */
  @Value.Default
  public int releasePerMille() {
    return 3;
  }

  /** Returns how volunteers serve; default 3 % a day, 60-240 minutes, entered 0-14 days later. */
  @Value.Default
  public VolunteerStream volunteering() {
    return new VolunteerStream(30, IntRange.of(60, 240), IntRange.of(0, 14));
  }

  /** Returns how liaisons check in; default 0.8 a day, 3 % anomalous. */
  @Value.Default
  public CheckInStream checkIns() {
    return new CheckInStream(800, 30);
  }

  /** Returns how donations come in, by channel. */
  public abstract List<DonationStream> donations();

  /** Returns how requests to pay out come in, by category. */
  public abstract List<DisbursementStream> disbursements();

  /**
   * Returns the days a disbursement request may wait for approval or money before an approver
   * declines it; default 30.
   */
  @Value.Default
  public int disbursementPatienceDays() {
    return 30;
  }

  /** Returns how issue clues come in, if they do. */
  public abstract Optional<ClueStream> clues();

  /** Returns how proposals come in, if they do. */
  public abstract Optional<ProposalStream> proposals();

  /** Returns how post holders go away; default 0.4 % a day, 1-7 days. */
  @Value.Default
  public AbsenceStream absences() {
    return new AbsenceStream(4, IntRange.of(1, 7));
  }

  /**
   * Returns the chance per day that a member who can afford a service of the catalogue redeems
   * it, per mille; default 20.
   */
  @Value.Default
  public int redemptionPerMille() {
    return 20;
  }

  /**
   * Returns who pays approved requests out of the fund (出纳), if the parameters name one; a
   * simulator otherwise takes the first approver of the fund's policy. The payer never pays a
   * request they made themselves (maker-checker).
   */
  public abstract Optional<PersonId> fundPayer();

  /**
   * Returns these parameters naming who pays the fund's approved requests; every other parameter
   * the same.
   *
   * @param payer the payer
   * @return the parameters
   */
  public final SimulationParameters withFundPayer(PersonId payer) {
    return builder().start(start()).zone(zone()).addAllDemandStreams(demandStreams())
        .reviewAcceptPerMille(reviewAcceptPerMille()).partitionLevel(partitionLevel())
        .addAllHandlingPostKinds(handlingPostKinds()).claimantAvailabilityPerMille(claimantAvailabilityPerMille())
        .purchaseBudgetPerMonth(purchaseBudgetPerMonth()).serviceDays(serviceDays())
        .effortMinutes(effortMinutes()).ratings(ratings()).withdrawPerMille(withdrawPerMille())
        .releasePerMille(releasePerMille()).volunteering(volunteering()).checkIns(checkIns())
        .addAllDonations(donations()).addAllDisbursements(disbursements())
        .disbursementPatienceDays(disbursementPatienceDays()).clues(clues()).proposals(proposals())
        .absences(absences()).redemptionPerMille(redemptionPerMille())
        .fundPayer(Optional.of(java.util.Objects.requireNonNull(payer, "payer"))).build();
  }

  @Value.Check
  final void check() {
    String subject = "SimulationParameters[" + start() + "]";
    Checks.perMille(subject, "reviewAcceptPerMille", reviewAcceptPerMille());
    Checks.level(subject, "partitionLevel", partitionLevel());
    Checks.perMille(subject, "claimantAvailabilityPerMille", claimantAvailabilityPerMille());
    Checks.perMille(subject, "withdrawPerMille", withdrawPerMille());
    Checks.perMille(subject, "releasePerMille", releasePerMille());
    Checks.perMille(subject, "redemptionPerMille", redemptionPerMille());
    if (handlingPostKinds().stream().distinct().count() != handlingPostKinds().size()) {
      throw new DomainValidationException(subject, "handlingPostKinds", "kinds-unique",
          "a kind of post is listed once, was " + handlingPostKinds());
    }
    if (purchaseBudgetPerMonth().isNegative()) {
      throw new DomainValidationException(new Violation(subject, "purchaseBudgetPerMonth", "not-negative",
          "a budget is not negative, was " + purchaseBudgetPerMonth()).with("value", purchaseBudgetPerMonth()));
    }
    if (serviceDays().max() > 366) {
      throw new DomainValidationException(new Violation(subject, "serviceDays", "days-range",
          "a service takes at most 366 days, the range was " + serviceDays()).with("min", 0).with("max", 366)
              .with("value", serviceDays()));
    }
    if (effortMinutes().max() > 24 * 60 * 366) {
      throw new DomainValidationException(new Violation(subject, "effortMinutes", "minutes-range",
          "a service takes at most a year of minutes, the range was " + effortMinutes()).with("min", 0)
              .with("max", 24 * 60 * 366).with("value", effortMinutes()));
    }
    if (disbursementPatienceDays() < 1 || disbursementPatienceDays() > 366) {
      throw new DomainValidationException(new Violation(subject, "disbursementPatienceDays", "days-range",
          "a request waits 1-366 days, was " + disbursementPatienceDays()).with("min", 1).with("max", 366)
              .with("value", disbursementPatienceDays()));
    }
  }

  /** The builder of {@link SimulationParameters}; each single attribute may be set once. */
  public static final class Builder extends ImmutableSimulationParameters.Builder {
    Builder() {}
  }
}
