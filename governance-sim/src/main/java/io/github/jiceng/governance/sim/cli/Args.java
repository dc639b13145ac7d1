package io.github.jiceng.governance.sim.cli;

import io.github.jiceng.governance.sim.report.ReportTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional ones in order, and {@code --name value} or {@code --flag}
 * options from a fixed set; anything else is a usage error, told in the command line's language.
 */
final class Args {

  private final String command;
  private final ReportTexts lang;
  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> options = new LinkedHashMap<>();

  private Args(String command, ReportTexts lang) {
    this.command = command;
    this.lang = lang;
  }

  /**
   * Parses the arguments after the command.
   *
   * @param command the command, for messages
   * @param args the arguments
   * @param valued options that take a value
   * @param flags options that take none
   * @param lang the language of the messages
   * @throws CliException (usage) on an unknown option, a missing value or a repeated option
   */
  static Args parse(String command, List<String> args, Set<String> valued, Set<String> flags, ReportTexts lang) {
    Args a = new Args(command, lang);
    for (int i = 0; i < args.size(); i++) {
      String s = args.get(i);
      if (s.startsWith("--")) {
        String name = s.substring(2);
        String value;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
          if (!valued.contains(name)) {
            throw CliException.usage(lang.text("usage.noValuedOption", command, name));
          }
        } else if (valued.contains(name)) {
          if (i + 1 >= args.size()) {
            throw CliException.usage(lang.text("usage.needsValue", name));
          }
          value = args.get(++i);
        } else if (flags.contains(name)) {
          value = "";
        } else {
          throw CliException.usage(lang.text("usage.unknownOption", command, name));
        }
        if (a.options.put(name, value) != null) {
          throw CliException.usage(lang.text("usage.twice", name));
        }
      } else {
        a.positional.add(s);
      }
    }
    return a;
  }

  /** Checks the number of positional arguments; {@code what} is the key of their description. */
  Args positional(int count, String what) {
    if (positional.size() != count) {
      throw CliException.usage(lang.text("usage.takes", command, lang.text(what)));
    }
    return this;
  }

  String get(int i) {
    return positional.get(i);
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  long longOption(String name, long fallback, long min, long max) {
    Optional<String> v = option(name);
    if (v.isEmpty()) {
      return fallback;
    }
    long n;
    try {
      n = Long.parseLong(v.get());
    } catch (NumberFormatException e) {
      throw CliException.usage(lang.text("usage.wholeNumber", name, v.get()));
    }
    if (n < min || n > max) {
      throw CliException.usage(lang.text("usage.range", name, min, max, n));
    }
    return n;
  }
}
