package com.example.consumer;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.code.GridCodeLayout;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.rules.partition.GridPartitioning;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The grid (网格): a hierarchy with its standard codes, a query, a partition and a JSON file; and
 * proof that the SDK runs on the module path exporting only its API. It throws if the SDK does not
 * answer as shown, which fails the build.
 */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) throws IOException {
    GridCode baiyun = GridCode.of(DivisionCode.of("150622003003", 2016)); // 白云社区
    GridHierarchy grids = GridHierarchy.of(LevelSchemes.URBAN, List.of(
        GridNode.builder().id(GridId.of("lantian")).level("STREET").name("蓝天街道")
            .code(GridCode.of(DivisionCode.of("150622003", 2016))).build(),
        GridNode.builder().id(GridId.of("baiyun")).level("COMMUNITY").parent(GridId.of("lantian"))
            .name("白云社区").code(baiyun).build(),
        GridNode.builder().id(GridId.of("baiyun-g1")).level("GRID").parent(GridId.of("baiyun"))
            .name("第一网格").code(baiyun.child(1, 2)).build()));

    boolean inside = grids.isAncestorOf(GridId.of("lantian"), GridId.of("baiyun-g1"));   // true
    String cjt213 = GridCodeLayout.CJT_213.format(baiyun.child(1, 2));                   // "15062200300301"
    Optional<GridId> unit = GridPartitioning.atLevel(grids, "COMMUNITY")
        .partitionOf(GridId.of("baiyun-g1"));                                             // Optional[baiyun]

    ByteArrayOutputStream file = new ByteArrayOutputStream();
    GovernanceJson.files().writeGridHierarchy(grids, file);                                      // a versioned JSON file
    GridHierarchy back = GovernanceJson.files().readGridHierarchy(new java.io.ByteArrayInputStream(file.toByteArray()));

    check(inside, "lantian is an ancestor of baiyun-g1");
    check(cjt213.equals("15062200300301"), "CJ/T 213 code " + cjt213);
    check(unit.equals(Optional.of(GridId.of("baiyun"))), "partition " + unit);
    check(back.nodes().equals(grids.nodes()), "file round trip");
    checkModules();
    System.out.println("QuickStart OK: " + grids + ", CJ/T 213 grid code " + cjt213 + ", "
        + file.toString(StandardCharsets.UTF_8).length() + " characters of JSON");
  }

  /**
   * Run on the module path (as the build does), the SDK's modules are named and export their API
   * packages only; on the class path this check has nothing to say and passes.
   */
  private static void checkModules() {
    Module self = QuickStart.class.getModule();
    if (!self.isNamed()) {
      return;
    }
    Module model = GridHierarchy.class.getModule();
    check(model.getName().equals("io.github.jiceng.governance.model"), "model module " + model);
    check(model.isExported("io.github.jiceng.governance.model.grid"), "model exports its grid API");
    check(!model.isExported("io.github.jiceng.governance.model.internal"), "model hides its internals");
    Module json = GovernanceJson.class.getModule();
    check(!json.isExported("io.github.jiceng.governance.json.internal"), "json hides its internals");
    check(GridPartitioning.class.getModule().getName().equals("io.github.jiceng.governance.rules"),
        "rules module");
    check(com.fasterxml.jackson.databind.ObjectMapper.findModules().stream()
            .anyMatch(module -> module.getClass().getModule() == json),
        "Jackson's ServiceLoader finds the SDK's module");
    check(ClassLoader.getSystemClassLoader()
            .getResource("io/github/jiceng/governance/json/schema/scenario.schema.json") != null,
        "the scenario's JSON Schema is readable");
    System.out.println("QuickStart ran on the module path as " + self.getName());
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("QuickStart FAILED: " + what);
    }
  }
}
