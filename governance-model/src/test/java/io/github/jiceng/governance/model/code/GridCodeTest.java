package io.github.jiceng.governance.model.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import org.junit.jupiter.api.Test;

final class GridCodeTest {

  private static final DivisionCode BAIYUN = DivisionCode.of("150622003003", 2023);

  @Test
  void derivesChildCodesSegmentBySegment() {
    GridCode community = GridCode.of(BAIYUN);
    GridCode grid = community.child(1, 2);
    GridCode building = grid.child(7, 3);
    assertThat(grid).hasToString("150622003003.01@2023");
    assertThat(building.digits()).isEqualTo("15062200300301007");
    assertThat(building.segments()).containsExactly(1, 7);
    assertThat(building.segmentWidths()).containsExactly(2, 3);
    assertThat(building.parent()).contains(grid);
    assertThat(grid.parent()).contains(community);
    assertThat(community.parent()).contains(GridCode.of(BAIYUN.parent().orElseThrow()));
    assertThat(community.isParentOf(grid)).isTrue();
    assertThat(community.isParentOf(building)).isFalse();
    assertThat(community.isAncestorOf(building)).isTrue();
    assertThat(GridCode.of(DivisionCode.of("150622", 2023)).isAncestorOf(building)).isTrue();
    assertThat(building.isAncestorOf(grid)).isFalse();
    assertThat(grid.isAncestorOf(community.child(2, 2).child(7, 3))).isFalse();
  }

  @Test
  void segmentsFollowOnlyAVillageLevelCode() {
    GridCode street = GridCode.of(DivisionCode.of("150622003", 2023));
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> street.child(1, 2))
        .withMessageContaining("segments-below-village");
  }

  @Test
  void rejectsSequencesThatDoNotFitTheirWidth() {
    GridCode community = GridCode.of(BAIYUN);
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> community.child(100, 2))
        .withMessageContaining("segment-range");
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> community.child(0, 2))
        .withMessageContaining("segment-range");
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> community.child(1, 7))
        .withMessageContaining("segment-width");
  }

  @Test
  void parsesItsOwnTextFormWithAndWithoutObjectClass() {
    GridCode plain = GridCode.of(BAIYUN).child(12, 2).child(5, 3);
    GridCode classed = plain.withObjectClass("110000");
    assertThat(GridCode.parse(plain.toString())).isEqualTo(plain);
    assertThat(GridCode.parse(classed.toString())).isEqualTo(classed);
    assertThat(classed).hasToString("110000:150622003003.12.005@2023");
    assertThat(classed.objectClass()).contains("110000");
    assertThat(classed).isNotEqualTo(plain);
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> GridCode.parse("150622003003.1a@2023"))
        .withMessageContaining("segment-digits");
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> GridCode.parse("150622003003.01"))
        .withMessageContaining("code-text-form");
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> plain.withObjectClass("11"))
        .withMessageContaining("object-class-six-digits");
  }

  @Test
  void layoutsParseAndFormatTheStandardsVectors() {
    GridCode grid = GridCodeLayout.CJT_213.parse("15062200300101", 2023);
    assertThat(grid).isEqualTo(GridCode.of(DivisionCode.of("150622003001", 2023)).child(1, 2));
    assertThat(GridCodeLayout.CJT_213.format(grid)).isEqualTo("15062200300101");

    GridCode beijing = GridCodeLayout.DB11T_2157.parse("150622003001001", 2023);
    assertThat(beijing.segments()).containsExactly(1);
    assertThat(beijing.segmentWidths()).containsExactly(3);
    assertThat(GridCodeLayout.DB11T_2157.length()).isEqualTo(15);

    GridCode professional = GridCodeLayout.CJT_349.parse("11000015062200300301", 2023);
    assertThat(professional.objectClass()).contains("110000");
    assertThat(GridCodeLayout.CJT_349.format(professional)).isEqualTo("11000015062200300301");
    assertThat(GridCodeLayout.CJT_349.length()).isEqualTo(20);
  }

  @Test
  void anAllZeroLastSegmentStandsForTheCommunityItself() {
    GridCode community = GridCodeLayout.CJT_213.parse("15062200300300", 2023);
    assertThat(community).isEqualTo(GridCode.of(BAIYUN));
    assertThat(GridCodeLayout.CJT_213.format(community)).isEqualTo("15062200300300");
  }

  @Test
  void layoutsRejectCodesOfAnotherShape() {
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> GridCodeLayout.CJT_213.parse("150622003001001", 2023))
        .withMessageContaining("layout-length");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GridCodeLayout.CJT_213.format(GridCode.of(BAIYUN).child(1, 3)))
        .withMessageContaining("does not fit");
    assertThatIllegalArgumentException().isThrownBy(() -> new GridCodeLayout("bad", 3, java.util.List.of(2)));
  }
}
