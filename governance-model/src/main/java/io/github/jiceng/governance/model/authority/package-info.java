/**
 * Scoped authority as data: the actions (raise, advise, dispatch, approve) and which posts,
 * roles and organization kinds grant them. The rule that applies it is in {@code rules.authority}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Action 行为
 *   <dd>提出 raise, 建议 advise, 下单 dispatch, 审批 approve.
 *   <dt>Grant 授权
 *   <dd>The actions a post, role or organization kind may take within its scope.
 *   <dt>Scope 管辖范围
 *   <dd>The grid subtree a post or role covers; an actor acts in its own subtree only.
 * </dl>
 */
@NullMarked
@DomainStyle
package io.github.jiceng.governance.model.authority;

import io.github.jiceng.governance.model.shared.DomainStyle;
import org.jspecify.annotations.NullMarked;
