package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.internal.Keys;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One entry of the demand list (需求清单): what a resident, resident unit or co-building unit asks
 * for (群众点单), where, how urgently, for how many people and within which time window.
 *
 * <p>The demand carries no personal data: the requester is named by id only.
 *
 * <pre>{@code
 * Demand d = Demand.builder()
 *     .id(DemandId.of("d-0001"))
 *     .source(DemandSource.RESIDENT)
 *     .requester(PersonId.of("p-0042"))
 *     .grid(GridId.of("xuemeili-b3"))
 *     .category("elderly-care")
 *     .addRequiredCapability("home-visit")
 *     .urgency(Urgency.HIGH)
 *     .beneficiaries(2)
 *     .window(Interval.of(monday, friday))
 *     .pillar(Pillar.CIVILITY_CO_CREATION)
 *     .submittedAt(monday)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Demand {

  Demand() {}

  /** Returns a builder; every attribute except the capabilities is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the demand's identifier. */
  public abstract DemandId id();

  /** Returns who raised it: a resident, a resident unit or a co-building unit. */
  public abstract DemandSource source();

  /** Returns the person or organization that raised it. */
  public abstract ActorId requester();

  /** Returns the grid the demand is located in. */
  public abstract GridId grid();

  /** Returns the category key, such as {@code "elderly-care"}. */
  public abstract String category();

  /** Returns the capability keys a claimant needs to serve it, sorted; may be empty. */
  @Value.NaturalOrder
  public abstract SortedSet<String> requiredCapabilities();

  /** Returns how urgent it is. */
  public abstract Urgency urgency();

  /** Returns how many people it serves; at least one. */
  public abstract int beneficiaries();

  /** Returns when it must be served. */
  public abstract Interval window();

  /** Returns the pillar of 一核五共 it belongs to. */
  public abstract Pillar pillar();

  /** Returns when it was submitted (点单). */
  public abstract Instant submittedAt();

  @Value.Check
  final void check() {
    String subject = "Demand[" + id() + "]";
    Keys.check(subject, "category", category());
    Keys.checkAll(subject, "requiredCapabilities", requiredCapabilities());
    if (beneficiaries() < 1) {
      throw new DomainValidationException(subject, "beneficiaries", "at-least-one",
          "a demand serves at least one person, was " + beneficiaries());
    }
  }

  /** The builder of {@link Demand}; each attribute may be set once. */
  public static final class Builder extends ImmutableDemand.Builder {
    Builder() {}
  }
}
