/**
 * The rules that carry issue clues to projects (问题线索→项目): {@link
 * io.github.jiceng.governance.rules.clue.ClueRules}, the decider that collects, screens, merges,
 * rejects, evaluates, decides, starts and completes clues in order on a {@link
 * io.github.jiceng.governance.rules.clue.ClueRegister}; duplicate suggestions by topic; a ranking
 * of evaluated clues; and the register's figures.
 *
 * <p>Commands are {@link io.github.jiceng.governance.rules.clue.ClueCommand}s, events {@link
 * io.github.jiceng.governance.rules.clue.ClueEvent}s, and a refused step carries a {@link
 * io.github.jiceng.governance.rules.clue.ClueRefusalCode} (keys {@code clue.*}) with its values as
 * named arguments; {@code refusals_en.properties} and {@code refusals_zh.properties} beside this
 * package give each key a message in English and Chinese.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Register 线索台账
 *   <dd>Every clue a street or community collected, with what became of it: the state of one
 *       stream of clue events.
 *   <dt>Concentrated problem 群众反映集中的问题
 *   <dd>A problem many residents reported: a clue with many duplicates merged into it.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.clue;

import org.jspecify.annotations.NullMarked;
