package io.github.jiceng.governance.spring.boot;

import static java.util.Objects.requireNonNull;

/**
 * A setting under {@code governance.*} that the SDK refuses (配置无效), such as a policy: it stops the
 * application at start-up with a message naming the property, where it was written, and the rule
 * it breaks. The starter's failure analyzer turns it into Boot's start-up failure report.
 *
 * <p>The message quotes no configured value: a value may be personal data, and the SDK's own error
 * (its rule and masked detail) says what is wrong.
 */
public final class GovernanceConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String property;
  private final String origin;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param property the property at fault, such as {@code governance.points.policy.grades[0].from}
   * @param origin where it was written, such as {@code class path resource [application.yml] - 12:9},
   *     or empty when unknown
   * @param rule the rule it breaks, such as {@code json.expected-number}
   * @param detail what is wrong, in the configured language
   * @param cause the SDK's error
   */
  public GovernanceConfigurationException(String property, String origin, String rule, String detail, Throwable cause) {
    super(requireNonNull(property, "property") + (origin.isEmpty() ? "" : " (" + origin + ")") + ": "
        + requireNonNull(detail, "detail") + " [" + requireNonNull(rule, "rule") + "]", cause);
    this.property = property;
    this.origin = origin;
    this.rule = rule;
  }

  /** Returns the property at fault. */
  public String property() {
    return property;
  }

  /** Returns where the property was written, or an empty string when unknown. */
  public String origin() {
    return origin;
  }

  /** Returns the rule the value breaks. */
  public String rule() {
    return rule;
  }
}
