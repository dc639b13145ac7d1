/**
 * The command-line runner ({@code governance}): the SDK's main job, {@code simulate}, plays a
 * scenario through every rule and prints its report; {@code compare}, {@code match},
 * {@code validate}, {@code report} and {@code grid} serve the files around it. Hand-written
 * argument parsing, no framework: errors are one line with a documented exit code. Everything
 * printed goes through {@link io.github.jiceng.governance.sim.report.SafeText}, so nothing a file
 * or an argument carries acts on the terminal. It speaks Chinese to a person by default and
 * English with {@code --lang en}, every text taken from the
 * {@link io.github.jiceng.governance.sim.report.ReportTexts} tables; the files it writes do not
 * depend on the language.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Main job 主任务
 *   <dd>What a newcomer runs first to see the SDK work on the article's communities.
 *   <dt>Event log 事件日志
 *   <dd>The file {@code simulate --events} writes, one event at a time; {@code report} reads it.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.sim.cli;

import org.jspecify.annotations.NullMarked;
