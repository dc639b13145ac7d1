package io.github.jiceng.governance.model.checkin;

import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * A place on the earth in WGS-84 degrees (经纬度).
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

  /** The mean radius of the earth in metres (IUGG). */
  public static final double EARTH_RADIUS_METRES = 6_371_008.8;

  /**
   * Validates the point.
   *
   * @throws DomainValidationException if a coordinate is out of range or not a number
   */
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new DomainValidationException("GeoPoint", "latitude/longitude", "coordinate-range",
          "latitude is -90..90 and longitude -180..180, was " + latitude + ", " + longitude);
    }
  }

  /** Returns the point; same as the constructor. */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /** Returns the great-circle distance to the other point in metres (haversine formula). */
  public double metresTo(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h = StrictMath.sin(dPhi / 2) * StrictMath.sin(dPhi / 2)
        + StrictMath.cos(phi1) * StrictMath.cos(phi2) * StrictMath.sin(dLambda / 2) * StrictMath.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_METRES * StrictMath.asin(Math.min(1, Math.sqrt(h)));
  }
}
