package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Review and grouping (社区下单): the handler of each submitted demand's grid accepts or rejects
 * it, then the accepted demands are grouped into projects by partition and category. Owns the
 * projects formed, their numbering and the review's random stream.
 */
final class ReviewPhase {

  private final GridHierarchy hierarchy;
  private final int acceptPerMille;
  private final RunClock clock;
  private final EventLog log;
  private final Partitions partitions;
  private final DemandBook book;
  private final PostsPhase posts;
  private final SplittableRandom random;
  private final TreeMap<ProjectId, Project> projects = new TreeMap<>();
  private long projectSeq;

  ReviewPhase(GridHierarchy hierarchy, int acceptPerMille, RunClock clock, EventLog log, Partitions partitions,
      DemandBook book, PostsPhase posts, SplittableRandom random) {
    this.hierarchy = hierarchy;
    this.acceptPerMille = acceptPerMille;
    this.clock = clock;
    this.log = log;
    this.partitions = partitions;
    this.book = book;
    this.posts = posts;
    this.random = random;
  }

  /** The projects formed, in id order. */
  Collection<Project> projects() {
    return Collections.unmodifiableCollection(projects.values());
  }

  private static DemandEvent.Builder event(DemandId id, Transition t, PersonId actor, Instant at) {
    return DemandEvent.builder().demand(id).transition(t).actor(actor).at(at);
  }

  /** The handlers review submitted demands, then group accepted ones into projects by partition and category. */
  void review(Instant reviewAt, Instant groupAt) {
    for (DemandId id : new ArrayList<>(book.inState(DemandState.SUBMITTED))) {
      Demand d = book.demand(id);
      Optional<PersonId> h = posts.handler(d.grid(), Action.ADVISE, reviewAt, DemandBook.ids(d), "review demand " + id);
      if (h.isEmpty()) {
        continue;
      }
      if (Draws.chance(random, acceptPerMille)) {
        book.apply(event(id, Transition.ACCEPT, h.get(), reviewAt).build(), EventKind.DEMAND_ACCEPTED, Action.ADVISE,
            d.grid(), DemandBook.ids(d), h.get() + " accepts " + id, null);
      } else {
        book.apply(event(id, Transition.REJECT, h.get(), reviewAt).reason("not within the community's remit").build(),
            EventKind.DEMAND_REJECTED, Action.ADVISE, d.grid(), DemandBook.ids(d), h.get() + " rejects " + id
                + ": not within the community's remit", null);
      }
    }
    Map<String, List<Demand>> groups = new TreeMap<>();
    for (DemandId id : book.inState(DemandState.ACCEPTED)) {
      Demand d = book.demand(id);
      GridId p = partitions.of(d.grid());
      String key = EventLog.id("", hierarchy.position(p), 9) + "|" + d.category();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }
    for (List<Demand> group : groups.values()) {
      List<Demand> members = new ArrayList<>();
      List<PersonId> handlers = new ArrayList<>();
      for (Demand d : group) {
        Optional<PersonId> h = posts.handler(d.grid(), Action.DISPATCH, groupAt, DemandBook.ids(d),
            "group demand " + d.id());
        if (h.isPresent()) {
          members.add(d);
          handlers.add(h.get());
        }
      }
      if (members.isEmpty()) {
        continue;
      }
      Demand first = members.get(0);
      GridId p = partitions.of(first.grid());
      String name = first.category() + " " + clock.date() + " " + hierarchy.node(p).name();
      Project project = Project.builder().id(ProjectId.of(EventLog.id("p-", ++projectSeq, 7)))
          .name(name.length() > Project.MAX_NAME_LENGTH ? name.substring(0, Project.MAX_NAME_LENGTH) : name)
          .addAllDemands(members.stream().map(Demand::id).toList()).budget(Money.ZERO).pillar(first.pillar()).build();
      projects.put(project.id(), project);
      log.emit(EventKind.PROJECT_FORMED, groupAt, handlers.get(0), p, null,
          EventLog.ids(SimulationEvent.PROJECT, project.id().value(), SimulationEvent.PARTITION, p.value()),
          "project " + project.id() + " groups " + members.size() + " demand(s) of " + first.category(),
          new EventPayload.OfProject(project));
      for (int i = 0; i < members.size(); i++) {
        Demand d = members.get(i);
        SortedMap<String, String> ids = DemandBook.ids(d);
        ids.put(SimulationEvent.PROJECT, project.id().value());
        book.apply(event(d.id(), Transition.GROUP, handlers.get(i), groupAt).project(project.id()).build(),
            EventKind.DEMAND_GROUPED, Action.DISPATCH, d.grid(), ids, handlers.get(i) + " groups " + d.id() + " into "
                + project.id(), null);
      }
    }
  }
}
