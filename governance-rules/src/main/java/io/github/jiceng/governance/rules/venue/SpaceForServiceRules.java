package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Space for service (以空间换服务) as a stateful rule: one grant per stream, the ledger of service
 * owed against service delivered, a flag raised when a review finds the organization behind and
 * lowered when it has caught up, and no renewal while it is behind.
 *
 * <p>Owed and behind are the grant's ({@link SpaceGrant}): the service per week for each whole
 * week of the period elapsed, and behind when {@code owed − delivered} exceeds the grace ({@code
 * graceWeeks × servicePerWeek}). {@link SpaceLedger#standing} answers for any instant; the flag
 * records what the reviews found, so that a host sees when a grant fell behind.
 *
 * <p>The rules of {@link #decide}:
 *
 * <ul>
 *   <li>{@link SpaceCommand.Grant} comes first and once; the same grant again is unchanged, another
 *       is {@link SpaceRefusalCode#ALREADY_GRANTED}; any other command before it is {@link
 *       SpaceRefusalCode#NOT_GRANTED}.
 *   <li>{@link SpaceCommand.Deliver} is dated inside the period ({@link
 *       SpaceRefusalCode#OUTSIDE_PERIOD}) with an id of no other delivery ({@link
 *       SpaceRefusalCode#DELIVERY_ID_TAKEN}; the same delivery again is unchanged).
 *   <li>{@link SpaceCommand.Review} is dated no earlier than the latest review or renewal ({@link
 *       SpaceRefusalCode#OUT_OF_ORDER}); it appends {@link SpaceEvent.FellBehind} when the
 *       organization is behind and not flagged, {@link SpaceEvent.CaughtUp} when it is flagged and
 *       no longer behind, and is unchanged otherwise.
 *   <li>{@link SpaceCommand.Renew} is dated no earlier than the latest review or renewal ({@link
 *       SpaceRefusalCode#OUT_OF_ORDER}), extends the period ({@link
 *       SpaceRefusalCode#RENEWAL_NOT_LATER}; renewing to the end a renewal already set is
 *       unchanged), and is refused while the organization is behind at its instant ({@link
 *       SpaceRefusalCode#BEHIND_ON_SERVICE}).
 * </ul>
 *
 * <pre>{@code
 * InMemoryStream<SpaceCommand, SpaceLedger, SpaceEvent> grant = InMemoryStream.open(SpaceForServiceRules.decider());
 * grant.handle(new SpaceCommand.Grant(ArticleVenues.therapyRoomGrant()));
 * grant.handle(new SpaceCommand.Deliver(ServiceDelivery.of(DeliveryId.of("d-1"), jan20, Duration.ofHours(3))));
 * ServiceStanding june = grant.state().standing(june30);   // owed, delivered, behind()
 * }</pre>
 *
 * <p>Stateless and thread-safe: one instance serves every stream.
 */
public final class SpaceForServiceRules implements Decider<SpaceCommand, SpaceLedger, SpaceEvent> {

  private static final SpaceForServiceRules INSTANCE = new SpaceForServiceRules();

  private SpaceForServiceRules() {}

  /**
   * Returns the rule; it needs no configuration.
   *
   * @return the rule
   */
  public static SpaceForServiceRules decider() {
    return INSTANCE;
  }

  /** Returns the ledger of a stream with no grant yet. */
  @Override
  public SpaceLedger initialState() {
    return SpaceLedger.empty();
  }

  @Override
  public Decision<SpaceEvent> decide(SpaceCommand command, SpaceLedger state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    if (command instanceof SpaceCommand.Grant grant) {
      return grant(grant.grant(), state);
    }
    Optional<SpaceGrant> current = state.grant();
    if (current.isEmpty()) {
      return Decision.refused(Refusal.of(SpaceRefusalCode.NOT_GRANTED,
          "the stream has no grant yet; grant the space before " + command.getClass().getSimpleName())
          .with("command", command.getClass().getSimpleName()));
    }
    SpaceGrant g = current.get();
    if (command instanceof SpaceCommand.Deliver deliver) {
      return deliver(g, deliver.delivery(), state);
    }
    if (command instanceof SpaceCommand.Review review) {
      return review(g, review.at(), state);
    }
    SpaceCommand.Renew renew = (SpaceCommand.Renew) command;
    return renew(g, renew.at(), renew.until(), state);
  }

  private static Decision<SpaceEvent> grant(SpaceGrant grant, SpaceLedger state) {
    Optional<SpaceGrant> current = state.grant();
    if (current.isEmpty()) {
      return Decision.applied(new SpaceEvent.Granted(grant));
    }
    if (state.original().orElseThrow().equals(grant)) {
      return Decision.unchanged(List.of(new SpaceEvent.Granted(grant)));
    }
    return Decision.refused(Refusal.of(SpaceRefusalCode.ALREADY_GRANTED, "the stream holds grant "
        + current.get().id() + " already; grant " + grant.id() + " is not it").with("grant", current.get().id())
        .with("other", grant.id()));
  }

  private static Decision<SpaceEvent> deliver(SpaceGrant g, ServiceDelivery d, SpaceLedger state) {
    Optional<ServiceDelivery> same = state.delivery(d.id());
    if (same.isPresent()) {
      if (same.get().equals(d)) {
        return Decision.unchanged(List.of(new SpaceEvent.Delivered(g.id(), d)));
      }
      return Decision.refused(Refusal.of(SpaceRefusalCode.DELIVERY_ID_TAKEN, "delivery id " + d.id()
          + " belongs to another delivery").with("delivery", d.id()));
    }
    if (!g.period().contains(d.at())) {
      return Decision.refused(Refusal.of(SpaceRefusalCode.OUTSIDE_PERIOD, "delivery " + d.id() + " at " + d.at()
          + " lies outside the grant's period " + g.period()).with("delivery", d.id()).with("at", d.at())
          .with("start", g.period().start()).with("end", g.period().end()));
    }
    return Decision.applied(new SpaceEvent.Delivered(g.id(), d));
  }

  private static Optional<Decision<SpaceEvent>> outOfOrder(Instant at, SpaceLedger state) {
    Optional<Instant> latest = state.latestReview();
    if (latest.isPresent() && at.isBefore(latest.get())) {
      return Optional.of(Decision.refused(Refusal.of(SpaceRefusalCode.OUT_OF_ORDER, "a review or renewal at " + at
          + " would precede the one at " + latest.get() + "; they are recorded in time order").with("at", at)
          .with("latest", latest.get())));
    }
    return Optional.empty();
  }

  private static Decision<SpaceEvent> review(SpaceGrant g, Instant at, SpaceLedger state) {
    Optional<Decision<SpaceEvent>> refused = outOfOrder(at, state);
    if (refused.isPresent()) {
      return refused.get();
    }
    ServiceStanding s = state.standing(at);
    if (s.behind() && !state.flagged()) {
      return Decision.applied(new SpaceEvent.FellBehind(g.id(), at, s.owed(), s.delivered()));
    }
    if (!s.behind() && state.flagged()) {
      return Decision.applied(new SpaceEvent.CaughtUp(g.id(), at, s.owed(), s.delivered()));
    }
    return Decision.unchanged(List.of());
  }

  private static Decision<SpaceEvent> renew(SpaceGrant g, Instant at, Instant until, SpaceLedger state) {
    Instant end = g.period().end();
    if (!until.isAfter(end)) {
      if (until.equals(end) && state.renewed()) {
        return Decision.unchanged(List.of());
      }
      return Decision.refused(Refusal.of(SpaceRefusalCode.RENEWAL_NOT_LATER, "a renewal until " + until
          + " does not extend the period ending " + end).with("until", until).with("end", end));
    }
    Optional<Decision<SpaceEvent>> refused = outOfOrder(at, state);
    if (refused.isPresent()) {
      return refused.get();
    }
    ServiceStanding s = state.standing(at);
    if (s.behind()) {
      return Decision.refused(Refusal.of(SpaceRefusalCode.BEHIND_ON_SERVICE, "grant " + g.id() + " cannot be renewed at "
          + at + ": " + s.delivered().toMinutes() + " minutes delivered of " + s.owed().toMinutes()
          + " owed, more than the grace of " + s.grace().toMinutes() + " behind").with("grant", g.id()).with("at", at)
          .with("owedMinutes", s.owed().toMinutes()).with("deliveredMinutes", s.delivered().toMinutes())
          .with("graceMinutes", s.grace().toMinutes()));
    }
    return Decision.applied(new SpaceEvent.Renewed(g.id(), at, until));
  }

  @Override
  public SpaceLedger evolve(SpaceLedger state, SpaceEvent event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    if (event instanceof SpaceEvent.Granted granted) {
      if (state.grant().isPresent()) {
        throw new IllegalStateException("grant " + state.grant().get().id() + " is recorded already");
      }
      return state.withGrant(granted.grant());
    }
    SpaceGrant g = state.grant().orElseThrow(() -> new IllegalStateException("no grant is recorded for " + event));
    if (event instanceof SpaceEvent.Delivered delivered) {
      if (!delivered.grant().equals(g.id()) || state.delivery(delivered.delivery().id()).isPresent()) {
        throw new IllegalStateException("delivery " + delivered.delivery().id() + " cannot follow the ledger");
      }
      return state.withDelivery(delivered.delivery());
    }
    if (event instanceof SpaceEvent.FellBehind behind) {
      if (state.flagged()) {
        throw new IllegalStateException("grant " + g.id() + " is flagged already");
      }
      return state.withFlag(true, behind.at());
    }
    if (event instanceof SpaceEvent.CaughtUp caught) {
      if (!state.flagged()) {
        throw new IllegalStateException("grant " + g.id() + " is not flagged");
      }
      return state.withFlag(false, caught.at());
    }
    SpaceEvent.Renewed renewed = (SpaceEvent.Renewed) event;
    if (!renewed.until().isAfter(g.period().end())) {
      throw new IllegalStateException("a renewal until " + renewed.until() + " does not extend " + g.period());
    }
    return state.withRenewal(renewed.at(), renewed.until());
  }
}
