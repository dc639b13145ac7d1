/**
 * Who acts on an A/B post (执行书记AB岗) at an instant, and the handovers absences cause.
 *
 * <p>Two ways in. {@link io.github.jiceng.governance.rules.post.ActingHolders} answers over a post
 * and a list of absences, as a roster holds them. {@link io.github.jiceng.governance.rules.post.PostRules}
 * is the post as a stateful rule ({@link io.github.jiceng.governance.rules.decider.Decider}): one
 * post per stream, commands ({@link io.github.jiceng.governance.rules.post.PostCommand}) that
 * establish it, record, begin and end absences and reassign holders, events ({@link
 * io.github.jiceng.governance.rules.post.PostEvent}) that record them, and a state ({@link
 * io.github.jiceng.governance.rules.post.PostState}) that answers who acts, the timeline and the
 * handovers with the holders in force at each instant. A refused command names a {@link
 * io.github.jiceng.governance.rules.post.PostRefusalCode} (feature {@code post}); {@code
 * refusals_en.properties} and {@code refusals_zh.properties} beside this package give a template
 * per key.
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
 *   <dt>Absence 缺岗
 *   <dd>A period in which a holder is away; recorded whole, or begun and ended later (返岗).
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.post;

import org.jspecify.annotations.NullMarked;
