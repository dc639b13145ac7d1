package io.github.jiceng.governance.rules.decider;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Why a rule refused a command (驳回): a stable {@link RefusalCode}, the values involved as named
 * arguments, and a one-sentence English detail for logs. Personal data never appears in any of
 * them: the rule puts ids, amounts and instants in, and masks anything personal before it does.
 *
 * <p>The arguments are structured, not prose: a host that renders the refusal in its own words or
 * language takes {@code arguments().get("balance")} instead of parsing the detail. Each value is
 * quoted as {@link Excerpts#of} does, so an argument never grows with hostile input.
 *
 * @param code the stable code
 * @param arguments the values behind the refusal, by name, in the order the rule gave them
 * @param detail what exactly was refused, in one sentence
 */
public record Refusal(RefusalCode code, Map<String, String> arguments, String detail) {

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,31}");

  /** Checks the parts, copies the arguments and bounds their values. */
  public Refusal {
    requireNonNull(code, "code");
    requireNonNull(arguments, "arguments");
    requireNonNull(detail, "detail");
    ImmutableMap.Builder<String, String> copy = ImmutableMap.builderWithExpectedSize(arguments.size());
    arguments.forEach((name, value) -> {
      requireNonNull(name, "argument name");
      requireNonNull(value, "argument value");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("Refusal argument name " + Excerpts.of(name) + " does not match " + NAME);
      }
      copy.put(name, Excerpts.of(value));
    });
    arguments = copy.buildOrThrow();
  }

  /**
   * Returns a refusal without arguments.
   *
   * @param code the code
   * @param detail the detail
   * @return the refusal
   */
  public static Refusal of(RefusalCode code, String detail) {
    return new Refusal(code, ImmutableMap.of(), detail);
  }

  /**
   * Returns this refusal with one more argument, its value written with {@code String.valueOf}.
   *
   * @param name the argument's name, such as {@code balance}: a letter, then letters and digits
   * @param value the value; ids, amounts, counts and instants, never personal data
   * @return the new refusal
   * @throws IllegalArgumentException if the name is malformed or already present
   */
  public Refusal with(String name, Object value) {
    requireNonNull(value, "value");
    return new Refusal(
        code,
        ImmutableMap.<String, String>builder().putAll(arguments).put(name, String.valueOf(value)).buildOrThrow(),
        detail);
  }

  /** Returns {@code key: detail}, such as {@code fund.over-case-cap: request r-1 asks 600.00 ...}. */
  @Override
  public String toString() {
    return code.key() + ": " + detail;
  }
}
