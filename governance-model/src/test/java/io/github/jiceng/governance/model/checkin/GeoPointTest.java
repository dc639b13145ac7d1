package io.github.jiceng.governance.model.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import org.junit.jupiter.api.Test;

final class GeoPointTest {

  @Test
  void aDegreeOfLatitudeIsAbout111Kilometres() {
    assertThat(GeoPoint.of(39.0, 111.0).metresTo(GeoPoint.of(40.0, 111.0))).isCloseTo(111_195, within(1.0));
  }

  @Test
  void distanceIsSymmetricAndZeroToItself() {
    GeoPoint a = GeoPoint.of(39.8650, 111.2400);
    GeoPoint b = GeoPoint.of(39.6080, 109.7810);
    assertThat(a.metresTo(a)).isZero();
    assertThat(a.metresTo(b)).isCloseTo(b.metresTo(a), within(1e-6)).isBetween(126_000.0, 128_000.0);
  }

  @Test
  void rejectsCoordinatesOutOfRange() {
    assertThatThrownBy(() -> GeoPoint.of(91, 0)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("coordinate-range");
    assertThatThrownBy(() -> GeoPoint.of(0, Double.NaN)).isInstanceOf(DomainValidationException.class);
  }
}
