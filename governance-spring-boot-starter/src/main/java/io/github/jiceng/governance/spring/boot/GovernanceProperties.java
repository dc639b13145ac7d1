package io.github.jiceng.governance.spring.boot;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's settings under {@code governance.*} in {@code application.yml}.
 *
 * <p>The policies ({@code governance.points.policy}, {@code governance.points.services}, {@code
 * governance.fund}, {@code governance.proposals.handling-policy} and {@code
 * governance.matching.channel-policy}) are not fields here: each is a document in the SDK's own
 * JSON shape, written in YAML, and read by the SDK's strict codecs (see {@link PolicyDocuments}).
 */
@ConfigurationProperties(prefix = "governance")
public class GovernanceProperties {

  /**
   * The language of refusals and validation errors shown to people (problem details, logs):
   * {@code zh-CN} (the default) or {@code en}.
   */
  private Locale locale = Locale.SIMPLIFIED_CHINESE;

  private final Store store = new Store();

  private final Web web = new Web();

  /** Returns the language of texts shown to people. */
  public Locale getLocale() {
    return locale;
  }

  /**
   * Sets the language of texts shown to people.
   *
   * @param locale {@code zh-CN} or {@code en}
   */
  public void setLocale(Locale locale) {
    this.locale = locale;
  }

  /** Returns the store's settings. */
  public Store getStore() {
    return store;
  }

  /** Returns the web settings. */
  public Web getWeb() {
    return web;
  }

  /** The JDBC event store's settings ({@code governance.store.*}). */
  public static class Store {

    /** Whether the store is configured when the application has a DataSource. */
    private boolean enabled = true;

    /** Whether the store creates or upgrades its tables at start-up. */
    private boolean migrate = true;

    /** How many times a command is decided at most when concurrent writers race on one stream. */
    private int maxAttempts = 100;

    /** Returns whether the store is configured when a DataSource is present. */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the store is configured when a DataSource is present.
     *
     * @param enabled false to leave the store out
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Returns whether the store migrates its tables at start-up. */
    public boolean isMigrate() {
      return migrate;
    }

    /**
     * Sets whether the store migrates its tables at start-up.
     *
     * @param migrate false when the host's Flyway applies the scripts
     */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    /** Returns the most attempts per command. */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the most attempts per command.
     *
     * @param maxAttempts at least 1
     */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }
  }

  /** The web settings ({@code governance.web.*}). */
  public static class Web {

    /** Whether refusals and validation errors are answered as RFC 9457 problem details. */
    private boolean problemDetails = true;

    /** Returns whether problem details are on. */
    public boolean isProblemDetails() {
      return problemDetails;
    }

    /**
     * Sets whether problem details are on.
     *
     * @param problemDetails false to leave the errors to the application's own handlers
     */
    public void setProblemDetails(boolean problemDetails) {
      this.problemDetails = problemDetails;
    }
  }
}
