package io.github.jiceng.governance.testkit;

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
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.post.PostCommand;
import io.github.jiceng.governance.rules.post.PostEvent;
import io.github.jiceng.governance.rules.post.PostRules;
import io.github.jiceng.governance.rules.post.PostState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** One A/B post's stream; see {@link Generators#posts()}. */
final class PostGenerator implements CommandGenerator<PostCommand, PostState, PostEvent> {

  @Override
  public PostRules rules(long seed) {
    return PostRules.decider();
  }

  @Override
  public List<PostCommand> commands(long seed) {
    return commands(new Random(seed));
  }
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static final List<PersonId> PEOPLE = List.of(PersonId.of("p-a"), PersonId.of("p-b"), PersonId.of("p-c"),
      PersonId.of("p-d"));

  static Instant hour(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  static Post post(String id) {
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
}
