/**
 * JSON for the governance model: the Jackson module, the strict file readers and writers (whole
 * files and record streams), the scenario envelope, the format errors that point at the bad node,
 * and the mapping of demands to and from Open311 GeoReport v2 service requests. Each format's
 * JSON Schema (2020-12) is on the class path under {@code io/github/jiceng/governance/json/schema/}.
 *
 * <p>Files are UTF-8; one saved in another encoding (GBK, GB18030) fails under the rule
 * {@code encoding}. Codes in a file are in the half-width form the writer writes: full-width
 * characters (全角字符) that the model would normalise are refused ({@code ascii-characters}).
 * Messages quote input through the model's {@code Excerpts}, and property names or pointer
 * segments that look like an identity number or a mobile are masked like those values.
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
 *   <dt>Section default 分节默认值
 *   <dd>What a scenario without a policy section works with: the policy the model ships.
 *   <dt>Record stream 记录流
 *   <dd>A file whose last property is a long array of records, read and written one record at a
 *       time in bounded memory.
 *   <dt>Service request 服务请求 (Open311)
 *   <dd>A report of a non-emergency issue in the GeoReport v2 standard of civic clients; here the
 *       outside form of a demand (需求).
 * </dl>
 */
@NullMarked
package io.github.jiceng.governance.json;

import org.jspecify.annotations.NullMarked;
