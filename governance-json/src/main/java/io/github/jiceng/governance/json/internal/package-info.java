/**
 * The codecs behind the Jackson module and the file formats; not API, and not to be used from
 * outside governance-json (see {@code docs/adr/0010-streaming-codec-tables.md}).
 *
 * <p>Every bound type has one declaration that reads tokens, writes in a fixed order and
 * generates its JSON Schema: an {@link io.github.jiceng.governance.json.internal.ObjectCodec}
 * (a table of fields), a {@link io.github.jiceng.governance.json.internal.TextCodec} (a text
 * form), or a {@link io.github.jiceng.governance.json.internal.UnionCodec} (a sealed hierarchy
 * with a {@code "type"} discriminator), built from
 * {@link io.github.jiceng.governance.json.internal.Codecs}. Features keep their bindings in one
 * class each ({@code GridCodecs}, {@code ValueCodecs}); {@code Formats} lists the files and the
 * codecs the module registers; {@code ScenarioCodecs} binds the scenario's sections.
 *
 * <p>Codecs read a {@code TokenReader} and write a {@code TokenWriter}, never a binding's own
 * parser or generator, so one table serves every binding. A binding adapts its parser and
 * generator to these and gives a {@code Syntax} (readers with the SDK's limits, writers in the
 * SDK's layout and escapes): {@code Jackson2Reader}, {@code Jackson2Writer} and
 * {@code Jackson2Syntax} here, the Jackson 3 adapters in {@code governance-json-jackson3}.
 * {@code Documents} reads and writes whole documents through a syntax and turns every parser's
 * failures into the same format errors; every writer escapes, beyond JSON's own escapes, the
 * characters {@code Escapes} lists (C1 controls, bidirectional formatting characters, line and
 * paragraph separators), so no file shows them raw.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Codec 编解码器
 *   <dd>How one type is read, written and described as JSON Schema.
 *   <dt>Slot 槽
 *   <dd>The typed handle of one field of a table, through which the constructor takes its value.
 *   <dt>Discriminator 类型标识
 *   <dd>The property ({@code "type"}) naming the variant of a sealed hierarchy.
 *   <dt>Binding 绑定
 *   <dd>A JSON library the codecs run on (Jackson 2, Jackson 3), through its adapters.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.json.internal;

import org.jspecify.annotations.NullMarked;
