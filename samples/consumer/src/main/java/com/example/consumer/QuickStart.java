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
 * The README's code sample, compiled and run against the SDK's published artifacts. It throws
 * if the SDK does not answer as the README says, which fails the build.
 */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) throws IOException {
    // sample:begin
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
    GovernanceJson.writeGridHierarchy(grids, file);                                      // a versioned JSON file
    GridHierarchy back = GovernanceJson.readGridHierarchy(new java.io.ByteArrayInputStream(file.toByteArray()));
    // sample:end

    check(inside, "lantian is an ancestor of baiyun-g1");
    check(cjt213.equals("15062200300301"), "CJ/T 213 code " + cjt213);
    check(unit.equals(Optional.of(GridId.of("baiyun"))), "partition " + unit);
    check(back.nodes().equals(grids.nodes()), "file round trip");
    System.out.println("QuickStart OK: " + grids + ", CJ/T 213 grid code " + cjt213 + ", "
        + file.toString(StandardCharsets.UTF_8).length() + " characters of JSON");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("QuickStart FAILED: " + what);
    }
  }
}
