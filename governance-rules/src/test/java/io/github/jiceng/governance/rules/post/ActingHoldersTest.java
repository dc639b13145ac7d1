package io.github.jiceng.governance.rules.post;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Handover;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ActingHoldersTest {

  private static final PersonId A = PersonId.of("p-a");
  private static final PersonId B = PersonId.of("p-b");
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  private static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  private static Absence away(PersonId p, int from, int to) {
    return new Absence(p, Interval.of(day(from), day(to)), AbsenceKind.LEAVE);
  }

  private static Post.Builder post() {
    return Post.builder().id(PostId.of("exec")).kind(PostKind.EXECUTIVE_SECRETARY)
        .organization(OrganizationId.of("branch")).scope(GridId.of("baiyun"));
  }

  private static final Post AB = post().holderA(A).holderB(B).build();

  @Test
  void aActsWhilePresent() {
    assertThat(ActingHolders.resolve(AB, List.of(away(B, 0, 5)), day(1))).isEqualTo(new Acting.Holder(A, HolderSlot.A));
  }

  @Test
  void bActsWhileAIsAway() {
    assertThat(ActingHolders.resolve(AB, List.of(away(A, 0, 5)), day(1))).isEqualTo(new Acting.Holder(B, HolderSlot.B));
  }

  @Test
  void aReturningAtAnInstantActsAtThatInstant() {
    assertThat(ActingHolders.resolve(AB, List.of(away(A, 0, 5)), day(5))).isEqualTo(new Acting.Holder(A, HolderSlot.A));
    assertThat(ActingHolders.resolve(AB, List.of(away(A, 0, 5)), day(5).minusNanos(1)))
        .isEqualTo(new Acting.Holder(B, HolderSlot.B));
  }

  @Test
  void isVacantWithAReasonWhenNoOneCanAct() {
    assertThat(ActingHolders.resolve(AB, List.of(away(A, 0, 5), away(B, 1, 2)), day(1)))
        .isEqualTo(new Acting.Vacant(VacancyReason.BOTH_AWAY));
    assertThat(ActingHolders.resolve(post().build(), List.of(), day(1))).isEqualTo(new Acting.Vacant(VacancyReason.NO_HOLDER));
    assertThat(ActingHolders.resolve(post().holderA(A).build(), List.of(away(A, 0, 5)), day(1)))
        .isEqualTo(new Acting.Vacant(VacancyReason.ONLY_HOLDER_AWAY));
    assertThat(ActingHolders.resolve(post().holderB(B).build(), List.of(), day(1))).isEqualTo(new Acting.Holder(B, HolderSlot.B));
  }

  @Test
  void ignoresAbsencesOfOtherPersons() {
    assertThat(ActingHolders.resolve(AB, List.of(away(PersonId.of("other"), 0, 9)), day(1)))
        .isEqualTo(new Acting.Holder(A, HolderSlot.A));
  }

  @Test
  void mergesOverlappingAbsencesIntoOneHandover() {
    List<Handover> handovers = ActingHolders.handovers(AB, List.of(away(A, 1, 3), away(A, 2, 4)), Interval.of(day(0), day(10)));
    assertThat(handovers).containsExactly(new Handover(PostId.of("exec"), B, A, Interval.of(day(1), day(4))));
  }

  @Test
  void aVacancyInsideAnAbsenceSplitsTheHandover() {
    Interval month = Interval.of(day(0), day(30));
    List<Absence> absences = List.of(away(A, 1, 10), away(B, 4, 6));
    assertThat(ActingHolders.timeline(AB, absences, month)).containsExactly(
        new ActingPeriod(Interval.of(day(0), day(1)), new Acting.Holder(A, HolderSlot.A)),
        new ActingPeriod(Interval.of(day(1), day(4)), new Acting.Holder(B, HolderSlot.B)),
        new ActingPeriod(Interval.of(day(4), day(6)), new Acting.Vacant(VacancyReason.BOTH_AWAY)),
        new ActingPeriod(Interval.of(day(6), day(10)), new Acting.Holder(B, HolderSlot.B)),
        new ActingPeriod(Interval.of(day(10), day(30)), new Acting.Holder(A, HolderSlot.A)));
    assertThat(ActingHolders.handovers(AB, absences, month)).containsExactly(
        new Handover(PostId.of("exec"), B, A, Interval.of(day(1), day(4))),
        new Handover(PostId.of("exec"), B, A, Interval.of(day(6), day(10))));
  }

  @Test
  void clipsHandoversToTheWindow() {
    assertThat(ActingHolders.handovers(AB, List.of(away(A, 0, 20)), Interval.of(day(5), day(10))))
        .containsExactly(new Handover(PostId.of("exec"), B, A, Interval.of(day(5), day(10))));
  }

  @Test
  void recordsNoHandoverWhenThereIsNoAToActFor() {
    assertThat(ActingHolders.handovers(post().holderB(B).build(), List.of(), Interval.of(day(0), day(1)))).isEmpty();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(Post.class, AB)
        .setDefault(Interval.class, Interval.of(day(0), day(1))).setDefault(PersonId.class, A)
        .setDefault(Acting.class, new Acting.Holder(A, HolderSlot.A));
    t.testAllPublicStaticMethods(ActingHolders.class);
    t.testAllPublicConstructors(Acting.Holder.class);
    t.testAllPublicConstructors(Acting.Vacant.class);
    t.testAllPublicConstructors(ActingPeriod.class);
  }
}
