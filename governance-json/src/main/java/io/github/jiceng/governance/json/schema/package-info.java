/**
 * The JSON Schemas (2020-12) of the SDK's file formats, one resource per format
 * ({@code <format>.schema.json}, e.g. {@code scenario.schema.json}), generated from the same
 * tables that read and write the files. The package holds no types: it is opened to every
 * module, so that on the module path as on the class path
 * {@code ClassLoader.getResource("io/github/jiceng/governance/json/schema/scenario.schema.json")}
 * finds a schema.
 */
@NullMarked
package io.github.jiceng.governance.json.schema;

import org.jspecify.annotations.NullMarked;
