package io.github.jiceng.governance.sim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional ones in order, and {@code --name value} or {@code --flag}
 * options from a fixed set; anything else is a usage error.
 */
final class Args {

  private final String command;
  private final List<String> positional = new ArrayList<>();
  private final Map<String, String> options = new LinkedHashMap<>();

  private Args(String command) {
    this.command = command;
  }

  /**
   * Parses the arguments after the command.
   *
   * @param command the command, for messages
   * @param args the arguments
   * @param valued options that take a value
   * @param flags options that take none
   * @throws CliException (usage) on an unknown option, a missing value or a repeated option
   */
  static Args parse(String command, List<String> args, Set<String> valued, Set<String> flags) {
    Args a = new Args(command);
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
            throw CliException.usage("'" + command + "' has no option --" + name + " taking a value");
          }
        } else if (valued.contains(name)) {
          if (i + 1 >= args.size()) {
            throw CliException.usage("--" + name + " needs a value");
          }
          value = args.get(++i);
        } else if (flags.contains(name)) {
          value = "";
        } else {
          throw CliException.usage("'" + command + "' has no option --" + name + " (try 'governance help')");
        }
        if (a.options.put(name, value) != null) {
          throw CliException.usage("--" + name + " is given twice");
        }
      } else {
        a.positional.add(s);
      }
    }
    return a;
  }

  /** Checks the number of positional arguments. */
  Args positional(int count, String what) {
    if (positional.size() != count) {
      throw CliException.usage("'" + command + "' takes " + what);
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
      throw CliException.usage("--" + name + " takes a whole number, not '" + v.get() + "'");
    }
    if (n < min || n > max) {
      throw CliException.usage("--" + name + " is " + min + "-" + max + ", not " + n);
    }
    return n;
  }
}
