/**
 * The simulator's machinery: the {@code Engine} that wires a run's phases and runs them in a
 * fixed order each day, and the phases themselves. Not API; use {@code sim.engine}.
 *
 * <p>Each phase owns its state in private fields and offers the others a small set of methods:
 * queries to read it, and its own methods to change it. {@code PostsPhase} (absences, acting
 * holders, who handles a step under scoped authority), {@code ArrivalsPhase}, {@code ReviewPhase},
 * {@code DispatchPhase} (matching, claims, jobs and loads) and {@code ServicePhase} (service,
 * ratings, closing, churn) over the {@code DemandBook} (every demand's status, changed only
 * through the lifecycle's rules), {@code CheckInsPhase}, {@code VolunteersPhase},
 * {@code FundPhase} (pledges too), {@code CluesPhase}, {@code ProposalsPhase}, {@code SpacePhase}
 * (space-for-service grants: deliveries and weekly reviews), {@code CoBuildingPhase} (co-building
 * agreements: reports, joint meetings' reviews and feedback) and {@code PointsPhase}, which the
 * others award points through. Fixed inputs are read through {@code Setting}, {@code Indexes} and
 * {@code Partitions}; the day through {@code RunClock}; every phase writes to the
 * {@code EventLog}. {@code Assessments} scores the run at its end from the phases' queries.
 */
@NullMarked
package io.github.jiceng.governance.sim.engine.internal;

import org.jspecify.annotations.NullMarked;
