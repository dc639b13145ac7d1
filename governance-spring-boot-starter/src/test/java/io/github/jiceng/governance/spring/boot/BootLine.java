package io.github.jiceng.governance.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.SpringBootVersion;

/**
 * The Boot line the tests run on: 3 in the starter's module (Jackson 2 only), 4 in its
 * {@code boot4} module (Jackson 3), as each module's build says.
 */
final class BootLine {

  private BootLine() {}

  /** Returns 3 or 4, after checking that the class path holds that line. */
  static int current() {
    String expected = System.getProperty("governance.test.boot-line");
    assertThat(expected).as("the build names the Boot line under test").isIn("3", "4");
    assertThat(SpringBootVersion.getVersion()).startsWith(expected + ".");
    return Integer.parseInt(expected);
  }

  /** Returns whether a class is on the class path. */
  static boolean present(String className) {
    try {
      Class.forName(className, false, BootLine.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
