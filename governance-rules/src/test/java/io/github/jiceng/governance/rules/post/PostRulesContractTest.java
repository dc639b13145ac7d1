package io.github.jiceng.governance.rules.post;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.DeciderHarness;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PostRules} through the generic contract over 300 seeds: random sequences of establishing,
 * absences (whole, begun, ended), reassignments, repeats and commands the rule must refuse. Also
 * checks that every refusal code is reached and that both languages have a template using exactly
 * the arguments each refusal carries.
 */
final class PostRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = SeedCount.of(300, 60);

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<PersonId> PEOPLE = List.of(PersonId.of("p-a"), PersonId.of("p-b"), PersonId.of("p-c"),
      PersonId.of("p-d"));

  private static Instant hour(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  private static Post post(String id) {
    return Post.builder().id(PostId.of(id)).kind(PostKind.EXECUTIVE_SECRETARY).organization(OrganizationId.of("org"))
        .scope(GridId.of("g")).holderA(PEOPLE.get(0)).holderB(PEOPLE.get(1)).build();
  }

  /** A sequence that mixes valid commands, repeats of earlier ones and commands to refuse. */
  static List<PostCommand> commands(Random r) {
    List<PostCommand> out = new ArrayList<>();
    if (r.nextInt(10) == 0) {
      out.add(new PostCommand.BeginAbsence(PEOPLE.get(0), hour(1), AbsenceKind.LEAVE));
    }
    out.add(new PostCommand.Establish(post("exec")));
    long clock = 0;
    int n = 10 + r.nextInt(30);
    for (int i = 0; i < n; i++) {
      PersonId who = PEOPLE.get(r.nextInt(PEOPLE.size()));
      long start = clock + r.nextInt(48) - 12;
      switch (r.nextInt(9)) {
        case 0 -> out.add(new PostCommand.RecordAbsence(new Absence(who, Interval.of(hour(start),
            hour(start + 1 + r.nextInt(72))), AbsenceKind.values()[r.nextInt(3)])));
        case 1 -> out.add(new PostCommand.BeginAbsence(who, hour(start), AbsenceKind.values()[r.nextInt(3)]));
        case 2, 3 -> out.add(new PostCommand.EndAbsence(who, hour(start + r.nextInt(24))));
        case 4 -> out.add(new PostCommand.AssignHolder(HolderSlot.values()[r.nextInt(2)],
            r.nextInt(6) == 0 ? Optional.empty() : Optional.of(who), hour(start)));
        case 5 -> out.add(r.nextBoolean() ? new PostCommand.Establish(post("exec")) : new PostCommand.Establish(post("other")));
        default -> {
          if (!out.isEmpty()) {
            out.add(out.get(r.nextInt(out.size())));
          }
        }
      }
      clock += r.nextInt(24);
    }
    return out;
  }

  @Test
  void everyCommandSequenceKeepsTheContractAndReachesEveryVariantAndCode() {
    int applied = 0;
    int unchanged = 0;
    int refused = 0;
    Set<String> keys = new LinkedHashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      DeciderHarness.Run run = DeciderHarness.run("seed " + seed, PostRules.decider(), commands(new Random(seed)));
      applied += run.applied();
      unchanged += run.unchanged();
      refused += run.refused();
      keys.addAll(run.refusalKeys());
    }

    assertThat(applied).isPositive();
    assertThat(unchanged).isPositive();
    assertThat(refused).isPositive();
    assertThat(keys).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(PostRefusalCode.values()).map(PostRefusalCode::key).toList());
  }

  @Test
  void theStateAnswersAsActingHoldersDoesOverTheSameAbsences() {
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<PostCommand, PostState, PostEvent> stream = InMemoryStream.open(PostRules.decider());
      commands(new Random(seed)).stream().filter(c -> !(c instanceof PostCommand.AssignHolder)).forEach(stream::handle);
      PostState state = stream.state();
      Post post = state.post().orElseThrow();
      Interval window = Interval.of(hour(-24), hour(24 * 40));

      assertThat(state.timeline(window)).as("seed " + seed)
          .isEqualTo(ActingHolders.timeline(post, state.absences(), window));
      assertThat(state.handovers(window)).as("seed " + seed)
          .isEqualTo(ActingHolders.handovers(post, state.absences(), window));
      for (long h = -24; h < 24 * 40; h += 5) {
        assertThat(state.acting(hour(h))).as("seed " + seed + " hour " + h)
            .isEqualTo(ActingHolders.resolve(post, state.absences(), hour(h)));
      }
    }
  }

  @Test
  void everyRefusalHasATemplateInBothLanguagesUsingExactlyItsArguments() {
    List<Refusal> refusals = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<PostCommand, PostState, PostEvent> stream = InMemoryStream.open(PostRules.decider());
      for (PostCommand c : commands(new Random(seed))) {
        stream.handle(c).refusalIfAny().ifPresent(refusals::add);
      }
    }

    refusals.forEach(refusal -> DeciderHarness.checkTexts("PostRefusalCode", refusal));
    assertThat(refusals).allSatisfy(r -> assertThat(r.detail()).isNotBlank());
  }

  @Test
  void aRecordedAbsenceIsItsBeginAndItsEnd() {
    Absence leave = new Absence(PEOPLE.get(0), Interval.of(hour(10), hour(20)), AbsenceKind.LEAVE);
    InMemoryStream<PostCommand, PostState, PostEvent> whole = InMemoryStream.open(PostRules.decider());
    whole.handle(new PostCommand.Establish(post("exec")));
    Decision<PostEvent> d = whole.handle(new PostCommand.RecordAbsence(leave));
    InMemoryStream<PostCommand, PostState, PostEvent> parts = InMemoryStream.open(PostRules.decider());
    parts.handle(new PostCommand.Establish(post("exec")));
    parts.handle(new PostCommand.BeginAbsence(leave.person(), hour(10), AbsenceKind.LEAVE));
    parts.handle(new PostCommand.EndAbsence(leave.person(), hour(20)));

    assertThat(d.events()).containsExactly(new PostEvent.AbsenceBegan(PostId.of("exec"), leave.person(), hour(10),
        AbsenceKind.LEAVE), new PostEvent.AbsenceEnded(PostId.of("exec"), leave.person(), hour(20)));
    assertThat(parts.state()).isEqualTo(whole.state());
    assertThat(whole.handle(new PostCommand.RecordAbsence(leave))).isInstanceOf(Decision.Unchanged.class);
  }
}
