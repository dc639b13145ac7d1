package io.github.jiceng.governance.rules.post;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random posts (A and B each assigned or not) and random, overlapping absences of the holders and
 * of others, checked against the rule's definition at random instants and at every boundary.
 */
final class ActingHoldersPropertyTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final PersonId A = PersonId.of("p-a");
  private static final PersonId B = PersonId.of("p-b");
  private static final PersonId OTHER = PersonId.of("p-other");

  static LongStream seeds() {
    return SeedCount.longs(400);
  }

  private static Instant hour(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  private static boolean awayAt(PersonId p, List<Absence> absences, Instant t) {
    return absences.stream().anyMatch(a -> a.person().equals(p) && a.period().contains(t));
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void timelineHandoversAndResolveAgreeWithTheDefinition(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Post.Builder b = Post.builder().id(PostId.of("post")).kind(PostKind.GRID_HEAD)
        .organization(OrganizationId.of("org")).scope(GridId.of("g"));
    boolean hasA = r.nextInt(8) != 0;
    boolean hasB = r.nextInt(8) != 0;
    if (hasA) {
      b.holderA(A);
    }
    if (hasB) {
      b.holderB(B);
    }
    Post post = b.build();
    List<Absence> absences = new ArrayList<>();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      PersonId who = List.of(A, B, OTHER).get(r.nextInt(3));
      long start = r.nextInt(700) - 100;
      absences.add(new Absence(who, Interval.of(hour(start), hour(start + 1 + r.nextInt(120))), AbsenceKind.values()[r.nextInt(3)]));
    }
    Interval window = Interval.of(hour(0), hour(500 + r.nextInt(200)));
    List<ActingPeriod> timeline = ActingHolders.timeline(post, absences, window);
    List<Handover> handovers = ActingHolders.handovers(post, absences, window);

    // the timeline partitions the window into maximal periods
    assertThat(timeline.get(0).period().start()).as("seed %s", seed).isEqualTo(window.start());
    assertThat(timeline.get(timeline.size() - 1).period().end()).as("seed %s", seed).isEqualTo(window.end());
    for (int i = 1; i < timeline.size(); i++) {
      assertThat(timeline.get(i).period().start()).as("seed %s", seed).isEqualTo(timeline.get(i - 1).period().end());
      assertThat(timeline.get(i).acting()).as("seed %s: adjacent periods differ", seed).isNotEqualTo(timeline.get(i - 1).acting());
    }

    List<Instant> probes = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      probes.add(window.start().plusSeconds(r.nextLong(window.duration().getSeconds())));
    }
    timeline.forEach(p -> probes.add(p.period().start()));
    absences.forEach(a -> probes.add(a.period().end()));
    for (Instant t : probes) {
      if (!window.contains(t)) {
        continue;
      }
      Acting acting = ActingHolders.resolve(post, absences, t);
      boolean aActs = hasA && !awayAt(A, absences, t);
      boolean bActs = !aActs && hasB && !awayAt(B, absences, t);
      if (aActs) {
        assertThat(acting).as("seed %s at %s", seed, t).isEqualTo(new Acting.Holder(A, HolderSlot.A));
      } else if (bActs) {
        assertThat(acting).as("seed %s at %s: B acts only while A is away or unassigned", seed, t)
            .isEqualTo(new Acting.Holder(B, HolderSlot.B));
      } else {
        assertThat(acting).as("seed %s at %s", seed, t).isInstanceOf(Acting.Vacant.class);
      }
      ActingPeriod containing = timeline.stream().filter(p -> p.period().contains(t)).findFirst().orElseThrow();
      assertThat(containing.acting()).as("seed %s at %s", seed, t).isEqualTo(acting);
      Optional<Handover> handover = handovers.stream().filter(h -> h.period().contains(t)).findFirst();
      assertThat(handover.isPresent()).as("seed %s at %s: a handover exactly while B acts for an assigned A", seed, t)
          .isEqualTo(hasA && bActs);
      handover.ifPresent(h -> {
        assertThat(h.acting()).isEqualTo(B);
        assertThat(h.absent()).isEqualTo(A);
      });
    }
    for (int i = 1; i < handovers.size(); i++) {
      assertThat(handovers.get(i).period().start()).as("seed %s: handovers do not overlap", seed)
          .isAfterOrEqualTo(handovers.get(i - 1).period().end());
    }
  }
}
