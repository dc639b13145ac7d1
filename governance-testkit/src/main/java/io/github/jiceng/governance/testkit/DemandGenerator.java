package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import io.github.jiceng.governance.rules.service.DemandCase;
import io.github.jiceng.governance.rules.service.DemandCommand;
import io.github.jiceng.governance.rules.service.DemandRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One demand's stream; see {@link Generators#demands()}. */
final class DemandGenerator implements CommandGenerator<DemandCommand, DemandCase, DemandEvent> {

  @Override
  public DemandRules rules(long seed) {
    return rulesOf(seed);
  }

  @Override
  public List<DemandCommand> commands(long seed) {
    return draw(seed);
  }
  static final int STEPS = 60;
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final DemandId D1 = DemandId.of("d-1");
  static final PersonId RESIDENT = PersonId.of("p-1");
  static final List<OrganizationId> UNITS =
      List.of(OrganizationId.of("org-bank"), OrganizationId.of("org-school"), OrganizationId.of("org-baiyun"));

  /** The rules of a seed: its satisfactory rating is drawn too. */
  static DemandRules rulesOf(long seed) {
    return DemandRules.withSatisfactoryRating(1 + (int) (seed % 5));
  }

  /**
   * Commands for one demand's stream: mostly a transition its state allows now (found by running
   * the commands drawn so far), half of those the forward one, the others any transition; parts the transition needs are
   * sometimes left out, some events are back in time or outside the instants the SDK accepts, some
   * name another demand, and some deliver the last event again.
   */
  static List<DemandCommand> draw(long seed) {
    Random r = new Random(seed);
    DemandRules rules = rulesOf(seed);
    InMemoryStream<DemandCommand, DemandCase, DemandEvent> stream = InMemoryStream.open(rules);
    List<DemandCommand> out = new ArrayList<>();
    Instant now = T0;
    for (int step = 0; step < STEPS; step++) {
      now = now.plus(Duration.ofMinutes(r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(600)));
      DemandCommand command;
      if (step > 0 && r.nextInt(12) == 0 && !stream.events().isEmpty()) {
        DemandEvent last = stream.events().get(stream.events().size() - 1);
        command = last.transition() == Transition.SUBMIT ? new DemandCommand.Submit(last) : new DemandCommand.Apply(last);
      } else {
        DemandState state = stream.state().statusIfAny().map(DemandStatus::state).orElse(null);
        List<Transition> allowed = state == null ? List.of(Transition.SUBMIT) : List.copyOf(DemandRules.allowed(state));
        int draw = r.nextInt(10);
        Transition t = allowed.isEmpty() || draw >= 8 ? Transition.values()[r.nextInt(Transition.values().length)]
            : draw < 5 ? allowed.get(0) : allowed.get(r.nextInt(allowed.size()));
        DemandEvent e = event(r, t, now, step);
        command = t == Transition.SUBMIT && r.nextInt(4) != 0 ? new DemandCommand.Submit(e) : new DemandCommand.Apply(e);
      }
      out.add(command);
      stream.handle(command);
    }
    return out;
  }

  static DemandEvent event(Random r, Transition t, Instant now, int step) {
    OrganizationId unit = UNITS.get(r.nextInt(UNITS.size()));
    Instant at = switch (r.nextInt(40)) {
      case 0 -> now.minusSeconds(3600);
      case 1 -> TimeLimits.LATEST.plusNanos(1);
      default -> now;
    };
    DemandEvent.Builder b = DemandEvent.builder().demand(r.nextInt(40) == 0 ? DemandId.of("d-2") : D1).transition(t)
        .actor(r.nextBoolean() ? unit : RESIDENT).at(at);
    if (r.nextInt(6) != 0) {
      b.reason("reason " + step);
    }
    if (r.nextInt(6) != 0) {
      b.project(ProjectId.of("pj-" + r.nextInt(3)));
    }
    if (r.nextInt(6) != 0) {
      b.channel(Channel.values()[r.nextInt(3)]);
    }
    if (r.nextInt(6) != 0) {
      b.claimant(unit);
    }
    if (r.nextInt(6) != 0) {
      b.service(ServiceId.of("s-" + step));
    }
    if (r.nextInt(6) != 0) {
      b.outcome(OutcomeId.of("o-" + step)).rating(r.nextInt(7));
    }
    return b.build();
  }
}
