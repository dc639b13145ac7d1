/**
 * The one thing every feature that produces or finances a project shares: the project's id.
 *
 * <p>Issue clues are decided into projects, joint meetings resolve projects, and the co-building
 * fund finances directed projects; each names the project by a {@link
 * io.github.jiceng.governance.model.project.ProjectId}, so that they can be joined without
 * depending on each other. The project itself (its lists, services and outcomes) belongs to the
 * service chain.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Project 项目
 *   <dd>A piece of work with a budget and beneficiaries, such as a directed project (定向投项目)
 *       that rebuilds a square.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.model.project;

import org.jspecify.annotations.NullMarked;
