package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.PostGenerator.PEOPLE;
import static io.github.jiceng.governance.testkit.PostGenerator.hour;
import static io.github.jiceng.governance.testkit.PostGenerator.post;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.post.ActingHolders;
import io.github.jiceng.governance.rules.post.PostCommand;
import io.github.jiceng.governance.rules.post.PostEvent;
import io.github.jiceng.governance.rules.post.PostRefusalCode;
import io.github.jiceng.governance.rules.post.PostRules;
import io.github.jiceng.governance.rules.post.PostState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PostRules} through the generic contract over 300 seeds: random sequences of establishing,
 * absences (whole, begun, ended), reassignments, repeats and commands the rule must refuse. Also
 * checks that every refusal code is reached and that both languages have a template using exactly
 * the arguments each refusal carries.
 */
final class PostRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 300;
  private static final CommandGenerator<PostCommand, PostState, PostEvent> POSTS = Generators.posts();


  @Test
  void everyCommandSequenceKeepsTheContractAndReachesEveryVariantAndCode() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      tally.add(DeciderContract.run("seed " + seed, PostRules.decider(), POSTS.commands(seed)));
    }
    tally.assertReachedEveryVariantAndCode(PostRefusalCode.values());
  }

  @Test
  void theStateAnswersAsActingHoldersDoesOverTheSameAbsences() {
    Seeds.forEachSeed(SEEDS, seed -> {
      InMemoryStream<PostCommand, PostState, PostEvent> stream = InMemoryStream.open(PostRules.decider());
      POSTS.commands(seed).stream().filter(c -> !(c instanceof PostCommand.AssignHolder)).forEach(stream::handle);
      PostState state = stream.state();
      Post post = state.post().orElseThrow();
      Interval window = Interval.of(hour(-24), hour(24 * 40));

      assertThat(state.timeline(window)).isEqualTo(ActingHolders.timeline(post, state.absences(), window));
      assertThat(state.handovers(window)).isEqualTo(ActingHolders.handovers(post, state.absences(), window));
      for (long h = -24; h < 24 * 40; h += 5) {
        assertThat(state.acting(hour(h))).as("hour " + h)
            .isEqualTo(ActingHolders.resolve(post, state.absences(), hour(h)));
      }
    });
  }

  @Test
  void everyRefusalHasATemplateInBothLanguagesUsingExactlyItsArguments() {
    List<Refusal> refusals = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<PostCommand, PostState, PostEvent> stream = InMemoryStream.open(PostRules.decider());
      for (PostCommand c : POSTS.commands(seed)) {
        stream.handle(c).refusalIfAny().ifPresent(refusals::add);
      }
    }

    refusals.forEach(refusal -> DeciderContract.checkTexts("PostRefusalCode", refusal));
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
