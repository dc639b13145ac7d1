/**
 * The deterministic scenario simulator (情景模拟器), as a library: a scenario (the one scenario
 * type, {@code io.github.jiceng.governance.json.Scenario}, as a file holds it), a seed and a
 * number of days in; an ordered event log, the final lists and ledgers, daily figures and the
 * checked invariants out. The simulator plays a community forward one day per step in the
 * scenario's zone, with one random generator per kind of happening split from the seed, and takes
 * every step through the real rules of {@code governance-rules}: the demand lifecycle, matching,
 * acting holders and scoped authority, the points ledger, the fund's books, the clue register, the
 * proposal desk, the check-in audit and the assessment. It holds no second copy of any rule.
 *
 * <pre>{@code
 * SimulationResult run = Simulator.run(scenario, 42L, 365, SimulationOptions.defaults());
 * run.events();                 // the event log
 * run.fiveLists();              // 五项清单 at the end
 * }</pre>
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Step 步
 *   <dd>One simulated day: absences, arrivals, review, matching, service, check-ins, volunteer
 *       records, the fund, clues, proposals and redemptions, in that order.
 *   <dt>Invariant 不变式
 *   <dd>A property checked after every step: no demand lost, capacities and budgets respected,
 *       ledgers conserved and never negative, one acting holder per post, scoped authority never
 *       bypassed. A broken one names the step and the event.
 *   <dt>Handler 经办人
 *   <dd>The acting holder (在岗履职人) of the nearest handling post above a grid, who reviews,
 *       dispatches and closes demands and handles clues and proposals there.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.sim.engine;

import org.jspecify.annotations.NullMarked;
