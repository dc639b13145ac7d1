package io.github.jiceng.governance.rules.post;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** No public method or constructor of the post's decider, state, commands and events accepts an undeclared null. */
final class PostRulesNullChecksTest {

  private static final Instant AT = Instant.parse("2026-03-02T00:00:00Z");
  private static final Post POST = Post.builder().id(PostId.of("exec")).kind(PostKind.EXECUTIVE_SECRETARY)
      .organization(OrganizationId.of("org")).scope(GridId.of("g")).holderA(PersonId.of("p-a")).build();

  private final NullPointerTester tester = new NullPointerTester().setDefault(Post.class, POST)
      .setDefault(PersonId.class, PersonId.of("p-a")).setDefault(PostId.class, PostId.of("exec"))
      .setDefault(Instant.class, AT).setDefault(Interval.class, Interval.of(AT, AT.plusSeconds(60)))
      .setDefault(Absence.class, new Absence(PersonId.of("p-a"), Interval.of(AT, AT.plusSeconds(60)), AbsenceKind.LEAVE))
      .setDefault(PostState.class, PostRules.decider().initialState())
      .setDefault(PostCommand.class, new PostCommand.Establish(POST))
      .setDefault(PostEvent.class, new PostEvent.Established(POST));

  @Test
  void everyPublicEntryPointNamesTheNullItRefuses() {
    tester.testAllPublicInstanceMethods(PostRules.decider());
    tester.testAllPublicInstanceMethods(PostRules.decider().fold(PostRules.decider().initialState(),
        java.util.List.of(new PostEvent.Established(POST))));
    for (Class<?> type : new Class<?>[] {PostCommand.Establish.class, PostCommand.RecordAbsence.class,
        PostCommand.BeginAbsence.class, PostCommand.EndAbsence.class, PostCommand.AssignHolder.class,
        PostEvent.Established.class, PostEvent.AbsenceBegan.class, PostEvent.AbsenceEnded.class,
        PostEvent.HolderAssigned.class}) {
      tester.testAllPublicConstructors(type);
    }
  }
}
