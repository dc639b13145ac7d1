/**
 * Scenarios for the simulator, as the one scenario type {@code io.github.jiceng.governance.json.Scenario}:
 * scenario files read and written with the name a run calls them by, and the parameters a file
 * without a {@code simulation} section is played with ({@code ScenarioFiles}); scenarios built in
 * Java (合成情景, {@code SyntheticScenarios}): a small district for a first run, random small
 * districts for property tests, and a district of any size for benchmarks, each completely staffed
 * and with the article's policies.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Synthetic district 合成辖区
 *   <dd>Streets, communities, grids, buildings and households of a given shape, with synthetic
 *       residents, staff, units, stations and teams; no real person's data.
 *   <dt>Shape 规模
 *   <dd>How many of each level, and how many residents a household has at most.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.sim.scenario;

import org.jspecify.annotations.NullMarked;
