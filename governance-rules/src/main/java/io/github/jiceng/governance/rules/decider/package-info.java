/**
 * One shape for every stateful rule (决策与演进): an initial state, {@code decide} and
 * {@code evolve}, so that a store, a stream processor or a test harness runs any ledger, register,
 * desk or lifecycle of the SDK the same way.
 *
 * <h2>Vocabulary</h2>
 *
 * <table>
 *   <caption>Types of this package</caption>
 *   <tr><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@link io.github.jiceng.governance.rules.decider.Decider}</td>
 *       <td>a stateful rule: {@code initialState()}, {@code decide(command, state)},
 *       {@code evolve(state, event)}; state is a fold of its events</td></tr>
 *   <tr><td>{@link io.github.jiceng.governance.rules.decider.Decision}</td>
 *       <td>what a command comes to: {@code Applied} (the events to append),
 *       {@code Unchanged} (its effect is already recorded: a duplicate) or {@code Refused}</td></tr>
 *   <tr><td>{@link io.github.jiceng.governance.rules.decider.Refusal}</td>
 *       <td>why a command was refused: a stable {@link
 *       io.github.jiceng.governance.rules.decider.RefusalCode}, structured arguments and a masked
 *       detail</td></tr>
 *   <tr><td>{@link io.github.jiceng.governance.rules.decider.InMemoryStream}</td>
 *       <td>one stream of events kept in memory: decides a command on the current state and
 *       appends what was applied</td></tr>
 * </table>
 *
 * <pre>{@code
 * InMemoryStream<ClueCommand, ClueRegister, ClueEvent> clues = InMemoryStream.open(ClueRules.decider());
 * Decision<ClueEvent> d = clues.handle(new ClueCommand.Collect(clue));
 * if (d instanceof Decision.Refused<ClueEvent> refused) {
 *   refused.refusal().code().key();                  // such as "clue.unknown-clue"
 * }
 * }</pre>
 */
package io.github.jiceng.governance.rules.decider;
