/**
 * JSON for the governance model: the Jackson module, the strict file readers and writers (whole
 * files and record streams), the scenario envelope, and the format errors that point at the bad
 * node. Each format's JSON Schema (2020-12) is on the class path under
 * {@code io/github/jiceng/governance/json/schema/}.
 *
 * <h2>Glossary 术语</h2>
 *
 * <dl>
 *   <dt>Envelope 文件头
 *   <dd>The {@code format} name and {@code formatVersion} every file starts with.
 *   <dt>JSON Pointer
 *   <dd>The path of a node inside a file (RFC 6901), such as {@code /nodes/3/parent}.
 *   <dt>Scenario 情景
 *   <dd>A file holding what a simulation or test harness plays: the grid hierarchy and, section
 *       by section, the other features' data.
 *   <dt>Record stream 记录流
 *   <dd>A file whose last property is a long array of records, read and written one record at a
 *       time in bounded memory.
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.json;

import org.jspecify.annotations.NullMarked;
