/**
 * The command-line runner ({@code governance}): the SDK's main job, run on seed files.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Main job 主任务
 *   <dd>What a newcomer runs first to see the SDK work on the article's communities.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.sim.cli;

import org.jspecify.annotations.NullMarked;
