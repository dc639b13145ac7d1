/**
 * The Jackson 3 adapters of the codecs' token reader and writer, the streaming layer with the
 * SDK's limits, layout and escapes, and the serializers the module registers; not API (see
 * {@code docs/adr/0024-json-on-jackson-3.md}).
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Adapter 适配器
 *   <dd>The code that lets a codec read one binding's parser or write its generator.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.json.jackson3.internal;

import org.jspecify.annotations.NullMarked;
