package io.github.jiceng.governance.model.taxonomy;

/**
 * The key of one of the integrations of 一统领四融合 (one lead, four integrations): how resident
 * units, social organizations and paired units join the community under the lead of its party
 * organization.
 *
 * <p>The article does not list the four; the default reading is 共驻 co-residence, 共建
 * co-building, 共融 co-integration and 共享 co-sharing, shipped as constants. A district may
 * define its own keys. A key is 1 to 64 characters of {@code [A-Z0-9_]}, starting with a letter.
 *
 * @param key the integration's key, such as {@code "CO_BUILDING"}
 */
public record Integration(String key) implements Comparable<Integration> {

  /** 共驻: units located in the area take part as residents of it. */
  public static final Integration CO_RESIDENCE = new Integration("CO_RESIDENCE");

  /** 共建: units build the community together with it. */
  public static final Integration CO_BUILDING = new Integration("CO_BUILDING");

  /** 共融: units and residents grow together (共融). */
  public static final Integration CO_INTEGRATION = new Integration("CO_INTEGRATION");

  /** 共享: resources and results are shared. */
  public static final Integration CO_SHARING = new Integration("CO_SHARING");

  /**
   * Validates the key.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the key is not
   *     of the documented form
   */
  public Integration {
    Keys.check("Integration", key);
  }

  /** Returns the integration with the given key; same as the constructor. */
  public static Integration of(String key) {
    return new Integration(key);
  }

  @Override
  public int compareTo(Integration o) {
    return key.compareTo(o.key);
  }

  /** Returns the key itself. */
  @Override
  public String toString() {
    return key;
  }
}
