/**
 * Simulation as data: the parameters of a deterministic scenario simulation (how often demands
 * arrive by category and grid level, how available claimants are, how long services take, how
 * residents rate them, how often volunteers serve, members check in, donors give, clues and
 * proposals come in and post holders are away), and the record of what happened, one
 * {@link io.github.jiceng.governance.sim.model.SimulationEvent} per step of a rule. The
 * simulator that plays them lives in {@code governance-sim}; these types hold no logic, so the
 * JSON module can read and write them. They are not part of the domain kernel
 * ({@code governance-model}): a host that keeps governance records needs none of them (ADR 0036).
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Simulation 情景模拟
 *   <dd>A community played forward day by day from a seed, through the real rules.
 *   <dt>Stream 发生率
 *   <dd>How often something happens: expected occurrences per day, in thousandths
 *       ({@code milliPerDay}), per grid node or per person; or a chance per day in per mille.
 *   <dt>Event 事件
 *   <dd>One step taken (or refused) in the simulation: who, when, what, on which records.
 *   <dt>Event log 事件日志
 *   <dd>The ordered events of one run; the same scenario and seed give the same log, byte for byte.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.sim.model;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
