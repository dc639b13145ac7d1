/**
 * What every feature of the model shares: validation errors that list every violation, the
 * masking of personal data, and the project's Immutables style.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Violation 违规项
 *   <dd>One broken rule: the object, the field, the rule and the (masked) value.
 *   <dt>Masking 脱敏
 *   <dd>Hiding most of a personal value (ID number, mobile, name) wherever people or logs see it.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.model.shared;

import org.jspecify.annotations.NullMarked;
