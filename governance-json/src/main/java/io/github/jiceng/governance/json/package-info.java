/**
 * JSON for the governance model: the Jackson module, the strict file reader and writer, and the
 * format errors that point at the bad node.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Envelope 文件头
 *   <dd>The {@code format} name and {@code formatVersion} every file starts with.
 *   <dt>JSON Pointer
 *   <dd>The path of a node inside a file (RFC 6901), such as {@code /nodes/3/parent}.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.json;

import org.jspecify.annotations.NullMarked;
