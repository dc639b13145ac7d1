/**
 * The rules of deliberation (共议): counting the ballots on a major affair against its quorum and
 * rule (大事共议), and collecting the projects that joint meetings resolved (共建联席会议).
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Count 计票
 *   <dd>Checking each ballot (participant, time, option, first one only) and adding up the valid
 *       ones.
 *   <dt>Project origin 项目来源
 *   <dd>The meeting and resolution a project came from, with its lead unit and pledge.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.deliberation;

import org.jspecify.annotations.NullMarked;
