/**
 * What every feature of the model shares: validation errors that list every violation, rendered
 * for people in Chinese or English from texts keyed by their rule ({@link
 * io.github.jiceng.governance.model.shared.ValidationMessages}), the one {@link
 * io.github.jiceng.governance.model.shared.Language} every text for people of the SDK is rendered
 * in and the {@link io.github.jiceng.governance.model.shared.TextTemplates} it is read and filled
 * with, the masking of personal data, the
 * one rule by which messages quote input ({@link
 * io.github.jiceng.governance.model.shared.Excerpts}), and the project's Immutables style.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Violation 违规项
 *   <dd>One broken rule: the object, the field, the rule and the (masked) value.
 *   <dt>Validation message 校验提示
 *   <dd>A violation rendered for a person from the template of its rule, in the caller's language.
 *   <dt>Language 语言
 *   <dd>Simplified Chinese (zh-CN, the default for people) or English, always the caller's choice.
 *   <dt>Masking 脱敏
 *   <dd>Hiding most of a personal value (ID number, mobile, name) wherever people or logs see it.
 *   <dt>Excerpt 引文截断
 *   <dd>The start of an input and its length, as a message quotes input of any length.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.model.shared;

import org.jspecify.annotations.NullMarked;
