package io.github.jiceng.governance.json;

import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Valid files for the tests: the seeds, a small sample, and hierarchies generated from a seed. */
final class SampleFiles {

  /** The repository's seed data, seen from this module's directory. */
  static final Path SEEDS = Path.of("..", "seeds");

  private static final GridCode BAIYUN = GridCode.of(DivisionCode.of("150622003003", 2023));
  private static final String HAN = "白云雪梅里兴隆站北南苑薛家湾镇蓝天街道社区网格楼栋村组户第一二三四五";
  private static final String AWKWARD = "\"\\/\n\t\u00e9\u4e00\ud83d\ude00 ";
  private static final String ID_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_REST = ID_START + "._:-";

  private SampleFiles() {}

  static GridNode node(String id, String level, String parent, String name, GridCode code) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(name).code(Optional.ofNullable(code)).build();
  }

  /** A street of Jungar Banner down to one compound, under the urban scheme. */
  static GridHierarchy sample() {
    return GridHierarchy.of(LevelSchemes.URBAN, List.of(
        node("lantian", "STREET", null, "蓝天街道", GridCode.of(DivisionCode.of("150622003", 2023))),
        node("baiyun", "COMMUNITY", "lantian", "白云社区", BAIYUN),
        node("baiyun-g1", "GRID", "baiyun", "第一网格", BAIYUN.child(1, 2)),
        node("xuemeili", "COMPOUND", "baiyun-g1", "雪梅里", BAIYUN.child(1, 2).child(1, 3))));
  }

  /** Every JSON file under {@code seeds/}. */
  static List<Path> seedFiles() {
    try (Stream<Path> files = Files.walk(SEEDS)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a file is a scenario, by its envelope's format name. */
  static boolean isScenario(byte[] bytes) {
    return GovernanceJson.SCENARIO_FORMAT.equals(Mutations.tree(bytes).path("format").asText());
  }

  /** Reads a seed file in its format and writes it again. */
  static byte[] rewrite(byte[] bytes) throws IOException {
    return isScenario(bytes) ? write(readScenario(bytes)) : write(read(bytes));
  }

  static byte[] write(GridHierarchy h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bindings.files().writeGridHierarchy(h, out);
    return out.toByteArray();
  }

  static GridHierarchy read(byte[] bytes) throws IOException {
    return Bindings.files().readGridHierarchy(new ByteArrayInputStream(bytes));
  }

  static byte[] write(Scenario s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bindings.files().writeScenario(s, out);
    return out.toByteArray();
  }

  static Scenario readScenario(byte[] bytes) throws IOException {
    return Bindings.files().readScenario(new ByteArrayInputStream(bytes));
  }

  /**
   * A random valid hierarchy: on even seeds under the county scheme with real-looking division
   * and sequence codes on both the urban and the rural chain; on odd seeds under a random scheme
   * of uncoded levels. Names mix Chinese with characters JSON must escape.
   */
  static GridHierarchy hierarchy(long seed) {
    Random r = new Random(seed);
    return seed % 2 == 0 ? countyHierarchy(r) : randomSchemeHierarchy(r);
  }

  private static GridHierarchy countyHierarchy(Random r) {
    List<GridNode> nodes = new ArrayList<>();
    Ids ids = new Ids(r);
    GridCode county = GridCode.of(DivisionCode.of("150622", 2016));
    String root = ids.next();
    nodes.add(node(root, "COUNTY", null, name(r), county));
    int townships = 1 + r.nextInt(3);
    for (int t = 1; t <= townships; t++) {
      boolean rural = r.nextBoolean();
      GridCode township = GridCode.of(DivisionCode.of(String.format("150622%03d", rural ? 100 + t : t), 2016));
      String tid = ids.next();
      nodes.add(node(tid, rural ? "TOWN" : "STREET", root, name(r), township));
      int villages = r.nextInt(3);
      for (int v = 1; v <= villages; v++) {
        GridCode village = GridCode.of(DivisionCode.of(township.division().digits().substring(0, 9)
            + String.format("%03d", (rural ? 200 : 0) + v), 2016));
        String vid = ids.next();
        nodes.add(node(vid, rural ? "VILLAGE" : "COMMUNITY", tid, name(r), village));
        int grids = r.nextInt(3);
        for (int g = 1; g <= grids; g++) {
          GridCode grid = village.child(g, 2);
          String gid = ids.next();
          nodes.add(node(gid, rural ? "VILLAGER_GROUP" : "GRID", vid, name(r), r.nextInt(5) == 0 ? null : grid));
          if (nodes.get(nodes.size() - 1).code().isEmpty()) {
            continue;
          }
          int leaves = r.nextInt(3);
          for (int b = 1; b <= leaves; b++) {
            nodes.add(rural
                ? node(ids.next(), "HOUSEHOLD", gid, name(r), grid.child(b, 4))
                : node(ids.next(), "BUILDING", gid, name(r), grid.child(b, 3)));
          }
        }
      }
    }
    return GridHierarchy.of(LevelSchemes.COUNTY, nodes);
  }

  private static GridHierarchy randomSchemeHierarchy(Random r) {
    int levels = 1 + r.nextInt(6);
    LevelScheme.Builder b = LevelScheme.builder("scheme-" + r.nextInt(1000)).version(1 + r.nextInt(5));
    for (int i = 0; i < levels; i++) {
      b.level("L" + i, name(r), LevelCoding.none());
    }
    b.root("L0");
    for (int i = 0; i + 1 < levels; i++) {
      b.allow("L" + i, "L" + (i + 1));
      if (i + 2 < levels && r.nextBoolean()) {
        b.allow("L" + i, "L" + (i + 2));
      }
    }
    LevelScheme scheme = b.build();
    List<GridNode> nodes = new ArrayList<>();
    Ids ids = new Ids(r);
    nodes.add(node(ids.next(), "L0", null, name(r), null));
    int size = 1 + r.nextInt(60);
    while (nodes.size() < size) {
      GridNode parent = nodes.get(r.nextInt(nodes.size()));
      int level = Integer.parseInt(parent.level().substring(1));
      List<String> children = new ArrayList<>(scheme.childLevels(parent.level()));
      if (children.isEmpty()) {
        if (level == 0) {
          break;
        }
        continue;
      }
      nodes.add(node(ids.next(), children.get(r.nextInt(children.size())), parent.id().value(), name(r), null));
    }
    return GridHierarchy.of(scheme, nodes);
  }

  /** A non-blank name of 1 to 20 characters, now and then with characters JSON escapes. */
  static String name(Random r) {
    StringBuilder sb = new StringBuilder();
    sb.append(HAN.charAt(r.nextInt(HAN.length())));
    int more = r.nextInt(8);
    for (int i = 0; i < more; i++) {
      if (r.nextInt(6) == 0) {
        int at = r.nextInt(AWKWARD.length());
        char c = AWKWARD.charAt(at);
        if (Character.isHighSurrogate(c)) {
          sb.append(c).append(AWKWARD.charAt(at + 1));
        } else if (!Character.isLowSurrogate(c)) {
          sb.append(c);
        }
      } else {
        sb.append(HAN.charAt(r.nextInt(HAN.length())));
      }
    }
    return sb.toString();
  }

  /** Unique ids of every allowed character. */
  private static final class Ids {
    private final Random r;
    private int n;

    Ids(Random r) {
      this.r = r;
    }

    String next() {
      StringBuilder sb = new StringBuilder().append(ID_START.charAt(r.nextInt(ID_START.length())));
      int extra = r.nextInt(6);
      for (int i = 0; i < extra; i++) {
        sb.append(ID_REST.charAt(r.nextInt(ID_REST.length())));
      }
      return sb.append('-').append(n++).toString();
    }
  }
}
