package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One transition of one demand, as it happened: which, by whom, when, why, and what it names
 * (the project, channel, claimant, service, outcome or rating the transition needs).
 *
 * <p>Events are the record of the lifecycle: replaying a demand's events in order rebuilds its
 * status. A reason is free text for people; it must not carry personal data.
 */
@Value.Immutable
public abstract class DemandEvent {

  DemandEvent() {}

  /** Returns a builder; {@code demand}, {@code transition}, {@code actor} and {@code at} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the demand this event moves. */
  public abstract DemandId demand();

  /** Returns the transition. */
  public abstract Transition transition();

  /** Returns who made it. */
  public abstract ActorId actor();

  /** Returns when it was made. */
  public abstract Instant at();

  /** Returns why, if given; required by reject, withdraw, release, reassign and reopen. */
  public abstract Optional<String> reason();

  /** Returns the project, for {@link Transition#GROUP}. */
  public abstract Optional<ProjectId> project();

  /** Returns the channel, for {@link Transition#DISPATCH}. */
  public abstract Optional<Channel> channel();

  /** Returns the claimant, for {@link Transition#CLAIM} and {@link Transition#REASSIGN}. */
  public abstract Optional<OrganizationId> claimant();

  /** Returns the service record, for {@link Transition#DELIVER}. */
  public abstract Optional<ServiceId> service();

  /** Returns the outcome, for {@link Transition#EVALUATE}. */
  public abstract Optional<OutcomeId> outcome();

  /** Returns the rating 1-5, for {@link Transition#EVALUATE}. */
  public abstract OptionalInt rating();

  /** The builder of {@link DemandEvent}; each attribute may be set once. */
  public static final class Builder extends ImmutableDemandEvent.Builder {
    Builder() {}
  }
}
