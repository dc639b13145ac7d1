package io.github.jiceng.governance.rules.deliberation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A major affair put to deliberation (大事共议) as a stateful rule: one affair per stream, opened,
 * voted on ballot by ballot, and closed by a count whose {@link AffairDecision} is the last event.
 *
 * <p>Where {@link MajorAffairs#decide} examines a heap of ballots after the fact and lists the
 * ones it did not count, this rule examines each ballot as it is cast and refuses it at once:
 * {@link DeliberationRefusalCode#NOT_A_PARTICIPANT}, {@link
 * DeliberationRefusalCode#BEFORE_OPENING}, {@link DeliberationRefusalCode#NO_SUCH_OPTION}, {@link
 * DeliberationRefusalCode#ALREADY_VOTED} (the first ballot counts; the same ballot again is
 * unchanged) and {@link DeliberationRefusalCode#CLOSED}. The count is {@link MajorAffairs#decide}
 * over the ballots recorded, so its decision has no ignored ballots; it may not be dated before
 * the opening or a counted ballot ({@link DeliberationRefusalCode#CLOSE_TOO_EARLY}), and counting
 * again at the same instant is unchanged.
 *
 * <pre>{@code
 * InMemoryStream<DeliberationCommand, AffairState, DeliberationEvent> square =
 *     InMemoryStream.open(DeliberationRules.decider());
 * square.handle(new DeliberationCommand.Open(affair));
 * square.handle(new DeliberationCommand.Cast(Ballot.forOption(deputy, 0, at)));
 * square.handle(new DeliberationCommand.Close(end));
 * AffairDecision d = square.state().decision().orElseThrow();
 * }</pre>
 *
 * <p>Stateless and thread-safe: one instance serves every stream.
 */
public final class DeliberationRules implements Decider<DeliberationCommand, AffairState, DeliberationEvent> {

  private static final DeliberationRules INSTANCE = new DeliberationRules();

  private DeliberationRules() {}

  /**
   * Returns the rule; it needs no configuration, each affair bringing its own quorum and rule.
   *
   * @return the rule
   */
  public static DeliberationRules decider() {
    return INSTANCE;
  }

  /** Returns the state of a stream with no affair yet. */
  @Override
  public AffairState initialState() {
    return AffairState.empty();
  }

  @Override
  public Decision<DeliberationEvent> decide(DeliberationCommand command, AffairState state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    Optional<MajorAffair> held = state.affair();
    if (command instanceof DeliberationCommand.Open open) {
      if (held.isEmpty()) {
        return Decision.applied(new DeliberationEvent.Opened(open.affair()));
      }
      if (held.get().equals(open.affair())) {
        return Decision.unchanged(List.of(new DeliberationEvent.Opened(open.affair())));
      }
      return Decision.refused(Refusal.of(DeliberationRefusalCode.ALREADY_OPEN, "the stream holds affair "
          + held.get().id() + " already; affair " + open.affair().id() + " is not it").with("affair", held.get().id())
          .with("other", open.affair().id()));
    }
    if (held.isEmpty()) {
      return Decision.refused(Refusal.of(DeliberationRefusalCode.NOT_OPEN, "the stream has no affair yet; open it before "
          + command.getClass().getSimpleName()).with("command", command.getClass().getSimpleName()));
    }
    MajorAffair affair = held.get();
    if (command instanceof DeliberationCommand.Cast cast) {
      return cast(affair, state, cast.ballot());
    }
    return close(affair, state, ((DeliberationCommand.Close) command).at());
  }

  private static Decision<DeliberationEvent> cast(MajorAffair affair, AffairState state, Ballot ballot) {
    Optional<Ballot> first = state.ballotOf(ballot.voter());
    if (first.isPresent() && first.get().equals(ballot)) {
      return Decision.unchanged(List.of(new DeliberationEvent.BallotCast(affair.id(), ballot)));
    }
    if (state.isClosed()) {
      return closed(affair, state);
    }
    if (!affair.participants().contains(ballot.voter())) {
      return Decision.refused(Refusal.of(DeliberationRefusalCode.NOT_A_PARTICIPANT, ballot.voter()
          + " is not a participant of affair " + affair.id()).with("affair", affair.id()).with("voter", ballot.voter()));
    }
    if (ballot.at().isBefore(affair.openedAt())) {
      return Decision.refused(Refusal.of(DeliberationRefusalCode.BEFORE_OPENING, "the ballot of " + ballot.voter()
          + " is cast at " + ballot.at() + ", before voting opened at " + affair.openedAt())
          .with("voter", ballot.voter()).with("at", ballot.at()).with("openedAt", affair.openedAt()));
    }
    if (ballot.choice().isPresent()
        && (ballot.choice().getAsInt() < 0 || ballot.choice().getAsInt() >= affair.options().size())) {
      return Decision.refused(Refusal.of(DeliberationRefusalCode.NO_SUCH_OPTION, "the ballot of " + ballot.voter()
          + " names option " + ballot.choice().getAsInt() + " of " + affair.options().size())
          .with("voter", ballot.voter()).with("choice", ballot.choice().getAsInt())
          .with("options", affair.options().size()));
    }
    if (first.isPresent()) {
      return Decision.refused(Refusal.of(DeliberationRefusalCode.ALREADY_VOTED, ballot.voter()
          + " cast a ballot at " + first.get().at() + " already; the first one counts").with("voter", ballot.voter())
          .with("castAt", first.get().at()));
    }
    return Decision.applied(new DeliberationEvent.BallotCast(affair.id(), ballot));
  }

  private static Decision<DeliberationEvent> closed(MajorAffair affair, AffairState state) {
    Instant decidedAt = state.decision().orElseThrow().decidedAt();
    return Decision.refused(Refusal.of(DeliberationRefusalCode.CLOSED, "affair " + affair.id()
        + " was decided at " + decidedAt).with("affair", affair.id()).with("decidedAt", decidedAt));
  }

  private static Decision<DeliberationEvent> close(MajorAffair affair, AffairState state, Instant at) {
    if (state.decision().isPresent()) {
      return state.decision().get().decidedAt().equals(at)
          ? Decision.unchanged(List.of(new DeliberationEvent.Decided(state.decision().get())))
          : closed(affair, state);
    }
    Instant earliest = affair.openedAt();
    for (Ballot b : state.ballots()) {
      if (b.at().isAfter(earliest)) {
        earliest = b.at();
      }
    }
    if (at.isBefore(earliest)) {
      return Decision.refused(Refusal.of(DeliberationRefusalCode.CLOSE_TOO_EARLY, "a count at " + at
          + " would precede the opening or a ballot counted, the earliest count is at " + earliest)
          .with("at", at).with("earliest", earliest));
    }
    return Decision.applied(new DeliberationEvent.Decided(MajorAffairs.decide(affair, state.ballots(), at)));
  }

  @Override
  public AffairState evolve(AffairState state, DeliberationEvent event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    if (event instanceof DeliberationEvent.Opened opened) {
      if (state.affair().isPresent()) {
        throw new IllegalStateException("affair " + opened.affair() + " opened on a stream that holds "
            + state.affair().get().id());
      }
      return state.opened(opened.opened());
    }
    MajorAffair affair = state.affair().orElseThrow(() -> new IllegalStateException(
        "a " + event.getClass().getSimpleName() + " event on a stream with no affair"));
    if (!affair.id().equals(event.affair())) {
      throw new IllegalStateException("an event of affair " + event.affair() + " on the stream of " + affair.id());
    }
    if (state.isClosed()) {
      throw new IllegalStateException("a " + event.getClass().getSimpleName() + " event after affair " + affair.id()
          + " was decided");
    }
    if (event instanceof DeliberationEvent.BallotCast cast) {
      if (state.ballotOf(cast.ballot().voter()).isPresent() || !affair.participants().contains(cast.ballot().voter())) {
        throw new IllegalStateException("a second or foreign ballot of " + cast.ballot().voter() + " on " + affair.id());
      }
      return state.cast(cast.ballot());
    }
    return state.decided(((DeliberationEvent.Decided) event).decision());
  }

  /**
   * Replays in bulk: the ballots are gathered and the state built once, so that replaying an
   * affair with many ballots is linear; the state equals evolving one event at a time.
   */
  @Override
  public AffairState fold(AffairState state, Iterable<? extends DeliberationEvent> events) {
    requireNonNull(state, "state");
    requireNonNull(events, "events");
    AffairState current = state;
    List<Ballot> pending = new ArrayList<>();
    Set<PersonId> voters = new HashSet<>();
    for (DeliberationEvent event : events) {
      requireNonNull(event, "event");
      if (event instanceof DeliberationEvent.BallotCast cast && current.affair().isPresent() && !current.isClosed()
          && current.affair().get().id().equals(cast.affair())
          && current.affair().get().participants().contains(cast.ballot().voter())
          && current.ballotOf(cast.ballot().voter()).isEmpty() && voters.add(cast.ballot().voter())) {
        pending.add(cast.ballot());
        continue;
      }
      current = evolve(current.castAll(pending), event);
      pending.clear();
      voters.clear();
    }
    return current.castAll(pending);
  }

  /** Returns {@code DeliberationRules}. */
  @Override
  public String toString() {
    return "DeliberationRules";
  }
}
