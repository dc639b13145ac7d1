/**
 * JSON for the governance model on Jackson 3 ({@code tools.jackson}): the Jackson 3 module
 * ({@link io.github.jiceng.governance.json.jackson3.GovernanceJackson3Module}), a strict mapper and
 * the SDK's files ({@link io.github.jiceng.governance.json.jackson3.GovernanceJackson3}), and the
 * unchecked form of a format error
 * ({@link io.github.jiceng.governance.json.jackson3.GovernanceDatabindException}).
 *
 * <p>The formats, their codecs and JSON Schemas are {@code governance-json}'s: the same tables
 * read and write through either Jackson, so a file written through one is the same bytes as
 * through the other, and a bad file fails with the same pointer, rule and message.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Binding 绑定
 *   <dd>A JSON library the SDK's codecs run on: Jackson 2 ({@code governance-json}) or Jackson 3
 *       (this module).
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.json.jackson3;

import org.jspecify.annotations.NullMarked;
