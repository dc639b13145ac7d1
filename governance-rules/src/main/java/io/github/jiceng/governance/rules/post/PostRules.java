package io.github.jiceng.governance.rules.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One A/B post (执行书记AB岗) as a stateful rule: one post per stream, its holders assigned over
 * time and its holders' absences recorded in time order; who acts at an instant, the timeline and
 * the handovers are read from the {@link PostState}.
 *
 * <p>One post per stream, not a register of posts: a post's facts never depend on another post's,
 * so each post is its own consistency boundary, a store appends to one post without contending
 * with the others, and a host that wants every post folds one stream per post (as the roster lists
 * them).
 *
 * <p>The rules of {@link #decide}:
 *
 * <ul>
 *   <li>{@link PostCommand.Establish} comes first and once; the same post again is unchanged, another
 *       is {@link PostRefusalCode#ALREADY_ESTABLISHED}; any other command before it is {@link
 *       PostRefusalCode#NOT_ESTABLISHED}.
 *   <li>An absence is of a person who holds a slot of the post at its start ({@link
 *       PostRefusalCode#NOT_A_HOLDER}), overlaps none recorded for the person ({@link
 *       PostRefusalCode#OVERLAPPING_ABSENCE}; the same absence again is unchanged), and starts no
 *       earlier than the person's latest one ({@link PostRefusalCode#OUT_OF_ORDER}). {@link
 *       PostCommand.RecordAbsence} appends its begin and its end; {@link PostCommand.BeginAbsence}
 *       only its begin, and {@link PostCommand.EndAbsence} ends it later ({@link
 *       PostRefusalCode#NOT_AWAY}, {@link PostRefusalCode#END_NOT_AFTER_START}; ending an absence
 *       again at the same instant is unchanged).
 *   <li>{@link PostCommand.AssignHolder} takes effect no earlier than the latest assignment ({@link
 *       PostRefusalCode#OUT_OF_ORDER}) and never gives one person both slots ({@link
 *       PostRefusalCode#HOLDS_OTHER_SLOT}); assigning the slot its current holder is unchanged.
 * </ul>
 *
 * <pre>{@code
 * InMemoryStream<PostCommand, PostState, PostEvent> exec = InMemoryStream.open(PostRules.decider());
 * exec.handle(new PostCommand.Establish(post));
 * exec.handle(new PostCommand.BeginAbsence(secretaryA, monday, AbsenceKind.LEAVE));
 * Acting now = exec.state().acting(tuesday);                 // the B holder
 * exec.handle(new PostCommand.EndAbsence(secretaryA, friday));
 * List<Handover> log = exec.state().handovers(week);
 * }</pre>
 *
 * <p>Stateless and thread-safe: one instance serves every stream.
 */
public final class PostRules implements Decider<PostCommand, PostState, PostEvent> {

  private static final PostRules INSTANCE = new PostRules();
  private static final String OPEN = "open";

  private PostRules() {}

  /**
   * Returns the rule; it needs no configuration.
   *
   * @return the rule
   */
  public static PostRules decider() {
    return INSTANCE;
  }

  /** Returns the state of a stream with no post yet. */
  @Override
  public PostState initialState() {
    return PostState.empty();
  }

  @Override
  public Decision<PostEvent> decide(PostCommand command, PostState state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    if (command instanceof PostCommand.Establish establish) {
      return establish(establish.post(), state);
    }
    Optional<Post> current = state.post();
    if (current.isEmpty()) {
      return Decision.refused(Refusal.of(PostRefusalCode.NOT_ESTABLISHED,
          "the stream has no post yet; establish it before " + command.getClass().getSimpleName())
          .with("command", command.getClass().getSimpleName()));
    }
    PostId id = current.get().id();
    if (command instanceof PostCommand.RecordAbsence record) {
      Absence a = record.absence();
      return absence(state, id, a.person(), a.period().start(), Optional.of(a.period().end()), a.kind());
    }
    if (command instanceof PostCommand.BeginAbsence begin) {
      return absence(state, id, begin.person(), begin.from(), Optional.empty(), begin.kind());
    }
    if (command instanceof PostCommand.EndAbsence end) {
      return end(state, id, end.person(), end.at());
    }
    PostCommand.AssignHolder assign = (PostCommand.AssignHolder) command;
    return assign(state, current.get(), assign);
  }

  private static Decision<PostEvent> establish(Post post, PostState state) {
    Optional<Post> current = state.postAt(TimeLimits.EARLIEST);
    if (current.isEmpty()) {
      return Decision.applied(new PostEvent.Established(post));
    }
    if (current.get().equals(post)) {
      return Decision.unchanged(List.of(new PostEvent.Established(post)));
    }
    return Decision.refused(Refusal.of(PostRefusalCode.ALREADY_ESTABLISHED, "the stream holds post "
        + current.get().id() + " already; post " + post.id() + " is not it").with("post", current.get().id())
        .with("other", post.id()));
  }

  private static Decision<PostEvent> absence(PostState state, PostId id, PersonId person, Instant start,
      Optional<Instant> end, AbsenceKind kind) {
    Optional<Post> then = state.postAt(start);
    if (then.isEmpty() || then.get().slotOf(person).isEmpty()) {
      return Decision.refused(Refusal.of(PostRefusalCode.NOT_A_HOLDER, person + " holds no slot of post " + id
          + " at " + start).with("post", id).with("person", person));
    }
    Interval period = Interval.of(start, end.orElse(TimeLimits.LATEST));
    Optional<Absence> open = state.openAbsence(person);
    List<Absence> closed = state.closedOf(person);
    if (end.isPresent() && closed.contains(new Absence(person, period, kind))) {
      return Decision.unchanged(List.of(new PostEvent.AbsenceBegan(id, person, start, kind),
          new PostEvent.AbsenceEnded(id, person, end.get())));
    }
    if (end.isEmpty() && open.isPresent() && open.get().period().start().equals(start) && open.get().kind() == kind) {
      return Decision.unchanged(List.of(new PostEvent.AbsenceBegan(id, person, start, kind)));
    }
    for (Absence recorded : closed) {
      if (recorded.period().overlaps(period)) {
        return overlapping(person, start, recorded.period().start(), recorded.period().end().toString());
      }
    }
    if (open.isPresent() && open.get().period().overlaps(period)) {
      return overlapping(person, start, open.get().period().start(), OPEN);
    }
    Instant latest = open.isPresent() ? open.get().period().start()
        : closed.isEmpty() ? null : closed.get(closed.size() - 1).period().start();
    if (latest != null && start.isBefore(latest)) {
      return Decision.refused(Refusal.of(PostRefusalCode.OUT_OF_ORDER, "an absence of " + person + " from " + start
          + " would precede the one recorded from " + latest + "; absences are recorded in time order")
          .with("start", start).with("latest", latest));
    }
    PostEvent began = new PostEvent.AbsenceBegan(id, person, start, kind);
    return end.isPresent() ? Decision.applied(List.of(began, new PostEvent.AbsenceEnded(id, person, end.get())))
        : Decision.applied(began);
  }

  private static Decision<PostEvent> overlapping(PersonId person, Instant start, Instant recordedStart,
      String recordedEnd) {
    return Decision.refused(Refusal.of(PostRefusalCode.OVERLAPPING_ABSENCE, "an absence of " + person + " from "
        + start + " overlaps the one recorded from " + recordedStart + " to " + recordedEnd).with("person", person)
        .with("start", start).with("recordedStart", recordedStart).with("recordedEnd", recordedEnd));
  }

  private static Decision<PostEvent> end(PostState state, PostId id, PersonId person, Instant at) {
    Optional<Absence> open = state.openAbsence(person);
    if (open.isEmpty()) {
      for (Absence recorded : state.closedOf(person)) {
        if (recorded.period().end().equals(at)) {
          return Decision.unchanged(List.of(new PostEvent.AbsenceEnded(id, person, at)));
        }
      }
      return Decision.refused(Refusal.of(PostRefusalCode.NOT_AWAY, person + " has no absence without an end to end at "
          + at).with("person", person).with("at", at));
    }
    Instant start = open.get().period().start();
    if (!at.isAfter(start)) {
      return Decision.refused(Refusal.of(PostRefusalCode.END_NOT_AFTER_START, "the absence of " + person + " from "
          + start + " cannot end at " + at + ", which is not after it").with("person", person).with("start", start)
          .with("at", at));
    }
    return Decision.applied(new PostEvent.AbsenceEnded(id, person, at));
  }

  private static Decision<PostEvent> assign(PostState state, Post post, PostCommand.AssignHolder assign) {
    Instant latest = state.assignmentInstants().get(state.assignmentInstants().size() - 1);
    if (assign.from().isBefore(latest)) {
      return Decision.refused(Refusal.of(PostRefusalCode.OUT_OF_ORDER, "an assignment from " + assign.from()
          + " would precede the one from " + latest + "; assignments are recorded in time order")
          .with("start", assign.from()).with("latest", latest));
    }
    PostEvent event = new PostEvent.HolderAssigned(post.id(), assign.slot(), assign.person(), assign.from());
    if (post.holder(assign.slot()).equals(assign.person())) {
      return Decision.unchanged(List.of());
    }
    HolderSlot other = assign.slot() == HolderSlot.A ? HolderSlot.B : HolderSlot.A;
    if (assign.person().isPresent() && post.holder(other).equals(assign.person())) {
      return Decision.refused(Refusal.of(PostRefusalCode.HOLDS_OTHER_SLOT, assign.person().get() + " holds slot "
          + other + " of post " + post.id() + " and cannot hold " + assign.slot() + " as well")
          .with("person", assign.person().get()).with("slot", other));
    }
    return Decision.applied(event);
  }

  @Override
  public PostState evolve(PostState state, PostEvent event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    if (event instanceof PostEvent.Established established) {
      if (state.isEstablished()) {
        throw new IllegalStateException("post " + established.post() + " is established on a stream that holds "
            + state.post().get().id());
      }
      return state.withVersion(TimeLimits.EARLIEST, established.established());
    }
    Post post = state.post().orElseThrow(() -> new IllegalStateException(
        "a " + event.getClass().getSimpleName() + " event on a stream with no post"));
    if (!post.id().equals(event.post())) {
      throw new IllegalStateException("an event of post " + event.post() + " on the stream of post " + post.id());
    }
    if (event instanceof PostEvent.AbsenceBegan began) {
      if (state.openAbsence(began.person()).isPresent()) {
        throw new IllegalStateException(began.person() + " is away already when an absence from " + began.from()
            + " begins");
      }
      return state.withOpen(new Absence(began.person(), Interval.of(began.from(), TimeLimits.LATEST), began.kind()));
    }
    if (event instanceof PostEvent.AbsenceEnded ended) {
      Absence open = state.openAbsence(ended.person()).orElseThrow(() -> new IllegalStateException(
          ended.person() + " has no absence to end at " + ended.at()));
      if (!ended.at().isAfter(open.period().start())) {
        throw new IllegalStateException("the absence of " + ended.person() + " cannot end at " + ended.at());
      }
      return state.withClosed(new Absence(ended.person(), Interval.of(open.period().start(), ended.at()), open.kind()));
    }
    PostEvent.HolderAssigned assigned = (PostEvent.HolderAssigned) event;
    Instant latest = state.assignmentInstants().get(state.assignmentInstants().size() - 1);
    if (assigned.from().isBefore(latest)) {
      throw new IllegalStateException("an assignment from " + assigned.from() + " precedes the one from " + latest);
    }
    Post.Builder next = Post.builder().id(post.id()).kind(post.kind()).organization(post.organization())
        .scope(post.scope());
    if (assigned.slot() == HolderSlot.A) {
      next.holderA(assigned.person()).holderB(post.holderB());
    } else {
      next.holderA(post.holderA()).holderB(assigned.person());
    }
    Post built;
    try {
      built = next.build();
    } catch (RuntimeException e) {
      throw new IllegalStateException("the assignment " + assigned + " cannot follow the post's holders", e);
    }
    return state.withVersion(assigned.from(), built);
  }

  /** Returns {@code PostRules}. */
  @Override
  public String toString() {
    return "PostRules";
  }
}
