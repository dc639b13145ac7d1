package io.github.jiceng.governance.rules.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Handover;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The A/B post as a stream: absences begun and ended, reassignments, and what the state answers. */
final class PostRulesTest {

  private static final Instant MON = Instant.parse("2026-03-02T00:00:00Z");
  private static final PostId EXEC = PostId.of("baiyun-exec");
  private static final PersonId SEC_A = PersonId.of("p-sec-a");
  private static final PersonId SEC_B = PersonId.of("p-sec-b");
  private static final PersonId NEW_A = PersonId.of("p-sec-new");

  private static Instant day(int d) {
    return MON.plus(Duration.ofDays(d));
  }

  private static InMemoryStream<PostCommand, PostState, PostEvent> exec() {
    InMemoryStream<PostCommand, PostState, PostEvent> s = InMemoryStream.open(PostRules.decider());
    s.handle(new PostCommand.Establish(Post.builder().id(EXEC).kind(PostKind.EXECUTIVE_SECRETARY)
        .organization(OrganizationId.of("baiyun-branch")).scope(GridId.of("baiyun")).holderA(SEC_A).holderB(SEC_B)
        .build()));
    return s;
  }

  private static Refusal refusal(Decision<PostEvent> d) {
    return d.refusalIfAny().orElseThrow(() -> new AssertionError("not refused: " + d));
  }

  @Test
  void bActsFromTheDayAIsAwayUntilTheDayABeginsAgain() {
    var s = exec();
    s.handle(new PostCommand.BeginAbsence(SEC_A, day(1), AbsenceKind.OFFICIAL_DUTY));

    assertThat(s.state().acting(day(0))).isEqualTo(new Acting.Holder(SEC_A, HolderSlot.A));
    assertThat(s.state().acting(day(30))).as("no end recorded yet").isEqualTo(new Acting.Holder(SEC_B, HolderSlot.B));

    s.handle(new PostCommand.EndAbsence(SEC_A, day(4)));

    assertThat(s.state().acting(day(4))).isEqualTo(new Acting.Holder(SEC_A, HolderSlot.A));
    assertThat(s.state().handovers(Interval.of(day(0), day(7))))
        .containsExactly(new Handover(EXEC, SEC_B, SEC_A, Interval.of(day(1), day(4))));
    assertThat(s.state().openAbsence(SEC_A)).isEmpty();
  }

  @Test
  void aNewAHolderTakesOverFromTheInstantOfTheAssignmentOnly() {
    var s = exec();
    s.handle(new PostCommand.BeginAbsence(SEC_A, day(1), AbsenceKind.LEAVE));
    s.handle(new PostCommand.AssignHolder(HolderSlot.A, Optional.of(NEW_A), day(5)));

    assertThat(s.state().post().orElseThrow().holderA()).contains(NEW_A);
    assertThat(s.state().postAt(day(2)).orElseThrow().holderA()).contains(SEC_A);
    assertThat(s.state().timeline(Interval.of(day(0), day(7)))).containsExactly(
        new ActingPeriod(Interval.of(day(0), day(1)), new Acting.Holder(SEC_A, HolderSlot.A)),
        new ActingPeriod(Interval.of(day(1), day(5)), new Acting.Holder(SEC_B, HolderSlot.B)),
        new ActingPeriod(Interval.of(day(5), day(7)), new Acting.Holder(NEW_A, HolderSlot.A)));
    assertThat(refusal(s.handle(new PostCommand.BeginAbsence(SEC_A, day(6), AbsenceKind.LEAVE))).code())
        .as("the former holder's new absence").isEqualTo(PostRefusalCode.NOT_A_HOLDER);
  }

  @Test
  void anOverlappingAbsenceIsRefusedNamingTheOneItMeets() {
    var s = exec();
    s.handle(new PostCommand.BeginAbsence(SEC_B, day(2), AbsenceKind.LEAVE));

    Refusal r = refusal(s.handle(new PostCommand.BeginAbsence(SEC_B, day(3), AbsenceKind.OTHER)));

    assertThat(r.code()).isEqualTo(PostRefusalCode.OVERLAPPING_ABSENCE);
    assertThat(r.arguments()).containsEntry("person", SEC_B.value()).containsEntry("recordedStart", day(2).toString())
        .containsEntry("recordedEnd", "open");
    assertThat(r.code().key()).isEqualTo("post.overlapping-absence");
  }

  @Test
  void anAbsenceBeforeTheLatestOneIsOutOfOrder() {
    var s = exec();
    s.handle(new PostCommand.RecordAbsence(new io.github.jiceng.governance.model.post.Absence(SEC_A,
        Interval.of(day(5), day(6)), AbsenceKind.LEAVE)));

    Refusal r = refusal(s.handle(new PostCommand.RecordAbsence(new io.github.jiceng.governance.model.post.Absence(
        SEC_A, Interval.of(day(1), day(2)), AbsenceKind.LEAVE))));

    assertThat(r.code()).isEqualTo(PostRefusalCode.OUT_OF_ORDER);
    assertThat(r.arguments()).containsEntry("start", day(1).toString()).containsEntry("latest", day(5).toString());
  }

  @Test
  void onePersonCannotHoldBothSlots() {
    Refusal r = refusal(exec().handle(new PostCommand.AssignHolder(HolderSlot.B, Optional.of(SEC_A), day(1))));

    assertThat(r.code()).isEqualTo(PostRefusalCode.HOLDS_OTHER_SLOT);
    assertThat(r.arguments()).containsEntry("slot", "A");
  }

  @Test
  void repeatingACommandChangesNothing() {
    var s = exec();
    s.handle(new PostCommand.BeginAbsence(SEC_A, day(1), AbsenceKind.LEAVE));
    s.handle(new PostCommand.EndAbsence(SEC_A, day(2)));
    int version = s.version();

    assertThat(s.handle(new PostCommand.EndAbsence(SEC_A, day(2)))).isInstanceOf(Decision.Unchanged.class);
    assertThat(s.handle(new PostCommand.AssignHolder(HolderSlot.B, Optional.of(SEC_B), day(3))))
        .isInstanceOf(Decision.Unchanged.class);
    assertThat(s.version()).isEqualTo(version);
  }

  @Test
  void badInputThrowsAndAnImpossibleEventIsAnIllegalState() {
    assertThatThrownBy(() -> new PostCommand.BeginAbsence(SEC_A, TimeLimits.LATEST, AbsenceKind.LEAVE))
        .isInstanceOf(DomainValidationException.class);
    assertThatThrownBy(() -> new PostCommand.EndAbsence(null, day(1))).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("person");
    PostState established = exec().state();
    assertThatThrownBy(() -> PostRules.decider().evolve(established, new PostEvent.AbsenceEnded(EXEC, SEC_A, day(1))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PostRules.decider().evolve(PostRules.decider().initialState(),
        new PostEvent.AbsenceBegan(EXEC, SEC_A, day(1), AbsenceKind.LEAVE))).isInstanceOf(IllegalStateException.class);
    assertThat(established.toString()).isEqualTo("PostState[baiyun-exec, A=p-sec-a, B=p-sec-b, 1 assignments, "
        + "0 absences, 0 open]");
    assertThat(List.of(established.acting(day(0)))).containsExactly(new Acting.Holder(SEC_A, HolderSlot.A));
  }
}
