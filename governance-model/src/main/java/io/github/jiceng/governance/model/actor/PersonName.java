package io.github.jiceng.governance.model.actor;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Masking;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * A person's name (姓名): personal data.
 *
 * <p>{@link #toString} shows only the first character, the surname for most Chinese names
 * ({@code 张*}, {@code 欧***}); the name itself is reachable only through {@link #rawValue()}.
 * A name is 1 to {@value #MAX_LENGTH} characters (code points), not blank, without control
 * characters.
 */
public final class PersonName {

  /** The longest name accepted, in code points. */
  public static final int MAX_LENGTH = 50;

  private final String value;

  private PersonName(String value) {
    this.value = value;
  }

  /**
   * Returns the name.
   *
   * @param text the name as written, such as {@code "张三"}
   * @return the name; never null
   * @throws DomainValidationException if the name is blank, too long or has control characters;
   *     the message gives the length and the masked, shortened name only
   */
  public static PersonName of(String text) {
    requireNonNull(text, "text");
    int length = text.codePointCount(0, text.length());
    if (text.isBlank() || length > MAX_LENGTH || text.codePoints().anyMatch(Character::isISOControl)) {
      throw new DomainValidationException(new Violation("PersonName[" + Excerpts.masked(text, 1, 0) + "]", "value", "name-form",
          "a name is 1-" + MAX_LENGTH + " characters, not blank, without control characters; was "
              + length + " characters").with("max", MAX_LENGTH).with("length", length));
    }
    return new PersonName(text);
  }

  /**
   * Returns the name itself, unmasked. Call this only where the full name is needed (a
   * certificate, a register); everywhere else use {@link #toString}.
   */
  public String rawValue() {
    return value;
  }

  /** Returns the masked name, the first character kept: {@code 张*}. */
  public String masked() {
    return Masking.name(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PersonName && ((PersonName) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the masked name, as {@link #masked()}; never the full name. */
  @Override
  public String toString() {
    return masked();
  }
}
