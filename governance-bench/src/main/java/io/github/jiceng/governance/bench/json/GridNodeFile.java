package io.github.jiceng.governance.bench.json;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.RecordWriter;
import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A grid hierarchy file of a county with streets, communities, grids and buildings, generated
 * from a fixed seed and written node by node (the generator holds no node it has written), so
 * that a file of a million nodes is made in bounded memory.
 */
public final class GridNodeFile {

  private static final String DIGITS = "一二三四五六七八九十";

  private GridNodeFile() {}

  /** What a reader must find in the file. */
  public record Expected(long nodes, long checksum, long bytes) {}

  /** Returns the checksum the benchmark folds over every node read: ids, names and codes. */
  public static long fold(long checksum, GridNode node) {
    long h = node.id().value().hashCode() * 31L + node.name().hashCode();
    h = h * 31 + node.level().hashCode();
    h = h * 31 + node.parent().map(p -> p.value().hashCode()).orElse(7);
    h = h * 31 + node.code().map(c -> c.segmentCount() + c.division().digits().hashCode()).orElse(11);
    return checksum * 1_000_003L + h;
  }

  /**
   * Writes a file of exactly {@code nodes} nodes (at least 221) to {@code file}.
   *
   * @return the node count, the checksum of every node and the file size
   */
  public static Expected write(Path file, int nodes, long seed) throws IOException {
    if (nodes < 221) {
      throw new IllegalArgumentException("a file has at least the county, 20 streets and 200 communities");
    }
    SplittableRandom random = new SplittableRandom(seed);
    long checksum = 0;
    long written;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        RecordWriter<GridNode> w = GovernanceJson.files().writeGridNodes(LevelSchemes.COUNTY, out)) {
      GridCode county = GridCode.of(DivisionCode.of("150622", 2023));
      GridNode root = node("zhungeer", "COUNTY", null, "准格尔旗", county);
      w.write(root);
      checksum = fold(checksum, root);
      int buildingsLeft = nodes - 1 - 20 - 200;
      int gridsPerCommunity = Math.max(1, Math.min(99, buildingsLeft / 200 / 200));
      int grids = 200 * gridsPerCommunity;
      buildingsLeft -= grids;
      if (buildingsLeft < 0) {
        gridsPerCommunity = 0;
        buildingsLeft = nodes - 221;
        grids = 0;
      }
      int gridIndex = 0;
      for (int s = 1; s <= 20; s++) {
        GridCode street = GridCode.of(DivisionCode.of(String.format(Locale.ROOT, "150622%03d", s), 2023));
        String sid = "s" + s;
        checksum = fold(checksum, emit(w, node(sid, "STREET", "zhungeer", "第" + s + "街道", street)));
        for (int c = 1; c <= 10; c++) {
          GridCode community = GridCode.of(DivisionCode.of(street.division().digits().substring(0, 9)
              + String.format(Locale.ROOT, "%03d", c), 2023));
          String cid = sid + "c" + c;
          checksum = fold(checksum, emit(w, node(cid, "COMMUNITY", sid, name(random, "社区"), community)));
          for (int g = 1; g <= gridsPerCommunity; g++) {
            GridCode grid = community.child(g, 2);
            String gid = cid + "g" + g;
            checksum = fold(checksum, emit(w, node(gid, "GRID", cid, name(random, "网格"), grid)));
            int share = (int) ((long) buildingsLeft * (gridIndex + 1) / grids - (long) buildingsLeft * gridIndex / grids);
            gridIndex++;
            for (int b = 1; b <= share; b++) {
              GridNode building = node(gid + "b" + b, "BUILDING", gid, name(random, "号楼"),
                  b <= 999 ? grid.child(b, 3) : null);
              checksum = fold(checksum, emit(w, building));
            }
          }
          if (gridsPerCommunity == 0 && s == 20 && c == 10) {
            for (int b = 1; b <= buildingsLeft; b++) {
              checksum = fold(checksum, emit(w, node(cid + "b" + b, "COMPOUND", cid, name(random, "小区"),
                  b <= 999 ? community.child(b, 3) : null)));
            }
          }
        }
      }
      written = w.count();
    }
    if (written != nodes) {
      throw new IllegalStateException("wrote " + written + " nodes, meant " + nodes);
    }
    return new Expected(written, checksum, Files.size(file));
  }

  private static GridNode emit(RecordWriter<GridNode> w, GridNode n) throws IOException {
    w.write(n);
    return n;
  }

  private static String name(SplittableRandom random, String suffix) {
    StringBuilder sb = new StringBuilder("白云");
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      sb.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
    }
    return sb.append(suffix).toString();
  }

  private static GridNode node(String id, String level, String parent, String name, GridCode code) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(name).code(Optional.ofNullable(code)).build();
  }
}
