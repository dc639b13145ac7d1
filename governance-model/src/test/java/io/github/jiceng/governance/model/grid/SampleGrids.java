package io.github.jiceng.governance.model.grid;

import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small piece of 准格尔旗 under {@link LevelSchemes#COUNTY}, with real division codes. */
final class SampleGrids {

  static final GridCode BANNER = GridCode.of(DivisionCode.of("150622", 2023));
  static final GridCode LANTIAN = GridCode.of(DivisionCode.of("150622003", 2023));
  static final GridCode BAIYUN = GridCode.of(DivisionCode.of("150622003003", 2023));
  static final GridCode XINGLONG = GridCode.of(DivisionCode.of("150622001", 2023));
  static final GridCode ZHANBEI = GridCode.of(DivisionCode.of("150622001003", 2023));
  static final GridCode XUEJIAWAN = GridCode.of(DivisionCode.of("150622100", 2023));
  static final GridCode HEIDAIGOU = GridCode.of(DivisionCode.of("150622100204", 2023));

  private SampleGrids() {}

  static GridNode node(String id, String level, String parent, String name, GridCode code) {
    return GridNode.builder()
        .id(GridId.of(id))
        .level(level)
        .parent(Optional.ofNullable(parent).map(GridId::of))
        .name(name)
        .code(Optional.ofNullable(code))
        .build();
  }

  static List<GridNode> banner() {
    List<GridNode> nodes = new ArrayList<>();
    nodes.add(node("zhungeer", "COUNTY", null, "准格尔旗", BANNER));
    nodes.add(node("lantian", "STREET", "zhungeer", "蓝天街道", LANTIAN));
    nodes.add(node("baiyun", "COMMUNITY", "lantian", "白云社区", BAIYUN));
    nodes.add(node("baiyun-g1", "GRID", "baiyun", "白云第一网格", BAIYUN.child(1, 2)));
    nodes.add(node("xuemeili", "COMPOUND", "baiyun-g1", "雪梅里", BAIYUN.child(1, 2).child(1, 3)));
    nodes.add(node("xuemeili-b1", "BUILDING", "xuemeili", "雪梅里1号楼", BAIYUN.child(1, 2).child(1, 3).child(1, 3)));
    nodes.add(node("xuemeili-b2", "BUILDING", "xuemeili", "雪梅里2号楼", BAIYUN.child(1, 2).child(1, 3).child(2, 3)));
    nodes.add(node("baiyun-g2", "GRID", "baiyun", "白云第二网格", BAIYUN.child(2, 2)));
    nodes.add(node("baiyun-g2-b1", "BUILDING", "baiyun-g2", "白云2网格1号楼", BAIYUN.child(2, 2).child(1, 3)));
    nodes.add(node("xinglong", "STREET", "zhungeer", "兴隆街道", XINGLONG));
    nodes.add(node("zhanbei", "COMMUNITY", "xinglong", "站北社区", ZHANBEI));
    nodes.add(node("xuejiawan", "TOWN", "zhungeer", "薛家湾镇", XUEJIAWAN));
    nodes.add(node("heidaigou", "VILLAGE", "xuejiawan", "黑岱沟村", HEIDAIGOU));
    nodes.add(node("heidaigou-s1", "VILLAGER_GROUP", "heidaigou", "黑岱沟一社", HEIDAIGOU.child(1, 2)));
    nodes.add(node("heidaigou-s1-h1", "HOUSEHOLD", "heidaigou-s1", "一社1户", HEIDAIGOU.child(1, 2).child(1, 4)));
    return nodes;
  }
}
