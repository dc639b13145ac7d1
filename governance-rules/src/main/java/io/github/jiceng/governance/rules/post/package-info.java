/**
 * Who acts on an A/B post (执行书记AB岗) at an instant, and the handovers absences cause.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Acting holder 在岗履职人
 *   <dd>The one holder who acts on a post at an instant: A while present, else B while present.
 *   <dt>Vacancy 空岗
 *   <dd>No holder acts: none assigned, or every assigned holder away.
 *   <dt>Handover 交接
 *   <dd>A period in which B acted for an absent A.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.post;

import org.jspecify.annotations.NullMarked;
