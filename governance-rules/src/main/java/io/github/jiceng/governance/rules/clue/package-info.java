/**
 * The rules that carry issue clues to projects (问题线索→项目): a register that collects,
 * screens, merges, rejects, evaluates, decides, starts and completes clues in order; duplicate
 * suggestions by topic; a ranking of evaluated clues; and the register's figures.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Register 线索台账
 *   <dd>Every clue a street or community collected, with what became of it.
 *   <dt>Concentrated problem 群众反映集中的问题
 *   <dd>A problem many residents reported: a clue with many duplicates merged into it.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.clue;

import org.jspecify.annotations.NullMarked;
