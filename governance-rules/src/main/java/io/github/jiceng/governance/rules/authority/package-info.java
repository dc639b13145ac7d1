/**
 * Scoped authority (属地权限): whether an actor may raise, advise, dispatch, approve or read at a
 * grid at an instant, and why not. Demands, the fund and proposals call it with the grid of the
 * thing acted on; {@link io.github.jiceng.governance.rules.authority.PlatformViews} asks it, for
 * each of the platform's six sections ({@link
 * io.github.jiceng.governance.rules.authority.PlatformSection}), whether a reader sees a record
 * and with how much personal data.
 *
 * <p>A denial is a {@link io.github.jiceng.governance.rules.decider.Refusal} like every refusal of
 * the SDK: its code is a {@link io.github.jiceng.governance.rules.authority.DenialReason} with a
 * stable key ({@code authority.outside-scope}), its arguments name the actor, the action, the grid
 * and what came closest, and {@code refusals_en.properties} and {@code refusals_zh.properties}
 * beside this package give a template per key. Authority keeps no state, so it is not a decider:
 * it answers {@link io.github.jiceng.governance.rules.authority.AuthorityDecision}, allowed with
 * its basis or denied with the refusal.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Scope 管辖范围
 *   <dd>The grid subtree a post, role or organization covers; an actor acts only inside its own.
 *   <dt>Acting holder 在岗履职人
 *   <dd>Of an A/B post, the one holder who may use the post at an instant.
 *   <dt>Basis 依据
 *   <dd>What an allowed action rests on: a post, a role or an organization's kind.
 *   <dt>Section 版块
 *   <dd>One of the platform's six views (镇党委、村党支部、党小组、社长、党员、村民), reading through its
 *       own posts or role and disclosing personal data as it says.
 *   <dt>Disclosure 信息披露
 *   <dd>How much of a person's name, mobile and identity number a section shows: all of it for
 *       one's own record, the name only, or everything masked.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.authority;

import org.jspecify.annotations.NullMarked;
