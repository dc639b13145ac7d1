/**
 * Scoped authority (属地权限): whether an actor may raise, advise, dispatch or approve at a grid at
 * an instant, and why not. Demands, the fund and proposals call it with the grid of the thing
 * acted on.
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
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.rules.authority;

import org.jspecify.annotations.NullMarked;
