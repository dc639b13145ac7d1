package io.github.jiceng.governance.sim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the rule keys of validation errors from the Java sources of the SDK's modules.
 *
 * <p>A throw site is a call of one of the known forms ({@code new Violation(}, {@code new
 * DomainValidationException(}, {@code DomainChecks.check(}, {@code super(} in a subclass of the
 * exception, and the JSON module's format-error forms) found outside comments. The argument in the
 * rule's position is read as a string literal, a concatenation of literals and constants, or a
 * parameter of the enclosing method or constructor: then the method is a forwarder, and the calls of
 * that method (unqualified in its file, qualified by its class, or on any receiver for an instance
 * method; by the same number of arguments) are read the same way, recursively. A rule computed any
 * other way must be declared in {@link #computed} with the keys it can give; any other site is an
 * error, so a new throw site cannot be missed silently. Arguments chained on a {@code new
 * Violation(...)} with {@code .with("name", ...)} are recorded per site.
 */
final class RuleKeyScanner {

  /** One key found: the module and file of the literal, and the arguments of the site's violations. */
  record Use(String module, String file, int line, Set<String> arguments) {}

  /**
   * A call form whose argument at {@code index} is the rule, when the call has {@code arity}
   * arguments (0: any), in files whose text contains {@code within}.
   */
  record Form(Pattern call, int index, int arity, String within) {}

  private record Forwarder(String file, String className, String name, int arity, int index, String prefix,
      String suffix, boolean constructor, boolean isStatic, boolean isPrivate, Set<String> arguments) {}

  private record Source(String module, Path path, String text, String code) {
    String file() {
      return path.getFileName().toString();
    }

    String className() {
      return file().substring(0, file().length() - ".java".length());
    }

    int line(int offset) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }
  }

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern QUALIFIED = Pattern.compile("([A-Z][A-Za-z0-9_]*)\\.([A-Z][A-Z0-9_]*)");
  private static final Pattern WITH = Pattern.compile("\\s*\\.with\\(\\s*\"([a-z][A-Za-z0-9]*)\"");
  private static final Pattern DECLARATION = Pattern.compile(
      "((?:(?:public|protected|private|static|final|synchronized|abstract)\\s+)*)(?:<[^>]*>\\s*)?"
          + "(?:([\\w.<>\\[\\]?][\\w.<>\\[\\]?, ]*?)\\s+)?(\\w+)\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)\\s*(?:throws [\\w., ]+)?\\{");
  private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized",
      "return", "new", "else", "try", "do", "throw", "case");

  private final List<Source> sources = new ArrayList<>();
  private final Map<String, List<Use>> keys = new TreeMap<>();
  private final List<String> errors = new ArrayList<>();
  private final Map<String, Function<RuleKeyScanner, Set<String>>> computed;
  private final Set<String> computedUsed = new TreeSet<>();
  private final Set<Forwarder> forwarders = new LinkedHashSet<>();

  /**
   * Creates a scanner.
   *
   * @param computed rules computed other than from literals, constants and parameters: by {@code
   *     File.java: expression}, the keys the expression can give
   */
  RuleKeyScanner(Map<String, Function<RuleKeyScanner, Set<String>>> computed) {
    this.computed = computed;
  }

  /** Adds every {@code .java} file under a module's {@code src/main/java}. */
  RuleKeyScanner module(String module, Path root) {
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("no sources at " + root);
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        sources.add(new Source(module, p, text, withoutComments(text)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Scans the forms in the given modules' sources. */
  RuleKeyScanner scan(List<Form> forms, Set<String> modules) {
    for (Source s : sources) {
      if (!modules.contains(s.module())) {
        continue;
      }
      for (Form form : forms) {
        if (!s.text().contains(form.within())) {
          continue;
        }
        Matcher m = form.call().matcher(s.code());
        while (m.find()) {
          site(s, m.end(), form.index(), form.arity(), Set.of(), "", "");
        }
      }
    }
    return this;
  }

  /** Returns the keys found, each with its uses. */
  Map<String, List<Use>> keys() {
    return Collections.unmodifiableMap(keys);
  }

  /** Returns every site whose rule could not be read, and every computed entry that matched no site. */
  List<String> errors() {
    List<String> all = new ArrayList<>(errors);
    for (String c : computed.keySet()) {
      if (!computedUsed.contains(c)) {
        all.add("the computed rule " + c + " matches no site");
      }
    }
    return all;
  }

  /** Returns the text of a source file by its simple name, for computed entries. */
  String source(String file) {
    return sources.stream().filter(s -> s.file().equals(file)).map(Source::text).findFirst()
        .orElseThrow(() -> new IllegalStateException("no source " + file));
  }

  /** Returns the literal arguments at {@code index} of every call matching {@code call}, failing on others. */
  Set<String> literalArguments(Pattern call, int index) {
    Set<String> out = new TreeSet<>();
    for (Source s : sources) {
      Matcher m = call.matcher(s.code());
      while (m.find()) {
        List<String> args = arguments(s.code(), m.end());
        String a = args.size() > index ? args.get(index) : "";
        Matcher lit = LITERAL.matcher(a);
        if (lit.matches()) {
          out.add(lit.group(1));
        } else {
          errors.add(s.file() + ":" + s.line(m.start()) + ": cannot read the rule of " + m.group() + " from '" + a + "'");
        }
      }
    }
    return out;
  }

  private void site(Source s, int open, int index, int arity, Set<String> inherited, String prefix, String suffix) {
    List<String> args = arguments(s.code(), open);
    if (arity > 0 && args.size() != arity) {
      return;
    }
    if (args.size() <= index) {
      errors.add(s.file() + ":" + s.line(open) + ": a call with " + args.size() + " arguments has no rule at " + index);
      return;
    }
    Set<String> arguments = new TreeSet<>(inherited);
    arguments.addAll(chained(s.code(), closing(s.code(), open)));
    String expression = args.get(index).strip();
    String where = s.file() + ": " + expression;
    if (computed.containsKey(where)) {
      computedUsed.add(where);
      for (String key : computed.get(where).apply(this)) {
        record(prefix + key + suffix, new Use(s.module(), s.file(), s.line(open), arguments));
      }
      return;
    }
    StringBuilder head = new StringBuilder();
    StringBuilder tail = new StringBuilder();
    String parameter = null;
    for (String part : concatenation(expression)) {
      String value = constant(s, part);
      if (value != null) {
        (parameter == null ? head : tail).append(value);
      } else if (parameter == null && IDENTIFIER.matcher(part).matches()) {
        parameter = part;
      } else {
        errors.add(s.file() + ":" + s.line(open) + ": cannot read the rule '" + expression + "'");
        return;
      }
    }
    if (parameter == null) {
      record(prefix + head + tail + suffix, new Use(s.module(), s.file(), s.line(open), arguments));
      return;
    }
    forward(s, open, parameter, prefix + head, tail + suffix, arguments, expression);
  }

  private void record(String key, Use use) {
    List<Use> uses = keys.computeIfAbsent(key, k -> new ArrayList<>());
    if (!uses.contains(use)) {
      uses.add(use);
    }
  }

  private void forward(Source s, int at, String parameter, String prefix, String suffix, Set<String> arguments,
      String expression) {
    Matcher d = DECLARATION.matcher(s.code());
    MatchResult found = null;
    while (d.find()) {
      if (d.start() > at) {
        break;
      }
      if (NOT_METHODS.contains(d.group(3)) || (d.group(2) != null && d.group(2).strip().endsWith("new"))) {
        continue;
      }
      if (closing(s.code(), d.end()) > at) {
        found = d.toMatchResult();
      }
    }
    if (found == null) {
      errors.add(s.file() + ":" + s.line(at) + ": the rule '" + expression + "' is neither constant nor a parameter");
      return;
    }
    List<String> params = splitTop(found.group(4));
    int index = -1;
    for (int i = 0; i < params.size(); i++) {
      String[] words = params.get(i).strip().split("\\s+");
      if (words[words.length - 1].equals(parameter)) {
        index = i;
      }
    }
    if (index < 0) {
      errors.add(s.file() + ":" + s.line(at) + ": the rule '" + expression + "' is not a parameter of "
          + found.group(3));
      return;
    }
    String modifiers = found.group(1);
    boolean constructor = found.group(2) == null || found.group(2).isBlank();
    Forwarder f = new Forwarder(s.file(), s.className(), found.group(3), params.size(), index, prefix, suffix,
        constructor, modifiers.contains("static"), modifiers.contains("private"), arguments);
    if (!forwarders.add(f)) {
      return;
    }
    for (Source other : sources) {
      boolean same = other == s;
      if (!same && f.isPrivate()) {
        continue;
      }
      List<Pattern> calls = new ArrayList<>();
      if (f.constructor()) {
        calls.add(Pattern.compile("new\\s+" + f.name() + "\\s*\\("));
        if (same) {
          calls.add(Pattern.compile("(?<![.\\w])this\\s*\\("));
        }
      } else {
        if (same) {
          calls.add(Pattern.compile("(?<![.\\w])" + f.name() + "\\s*\\("));
        }
        calls.add(Pattern.compile(f.isStatic() ? "(?<![.\\w])" + f.className() + "\\." + f.name() + "\\s*\\("
            : "\\.\\s*" + f.name() + "\\s*\\("));
      }
      for (Pattern call : calls) {
        Matcher m = call.matcher(other.code());
        while (m.find()) {
          if (same && m.start() == found.start() + found.group().indexOf(f.name() + "(")) {
            continue;
          }
          if (isDeclaration(other.code(), m.start())) {
            continue;
          }
          site(other, m.end(), f.index(), f.arity(), f.arguments(), f.prefix(), f.suffix());
        }
      }
    }
  }

  private static boolean isDeclaration(String code, int start) {
    if (code.charAt(start) == '.') {
      return false;
    }
    int lineStart = code.lastIndexOf('\n', start) + 1;
    String before = code.substring(lineStart, start).strip();
    if (before.isEmpty() || !before.matches("[\\w.<>\\[\\], ]+")) {
      return false;
    }
    String first = before.split("\\s+")[0];
    return !Set.of("throw", "return", "else", "case", "new", "yield").contains(first);
  }

  private String constant(Source s, String part) {
    Matcher lit = LITERAL.matcher(part);
    if (lit.matches()) {
      return lit.group(1);
    }
    Matcher q = QUALIFIED.matcher(part);
    if (q.matches()) {
      for (Source other : sources) {
        if (other.className().equals(q.group(1))) {
          return declared(other, q.group(2));
        }
      }
      return null;
    }
    if (part.matches("[A-Z][A-Z0-9_]*")) {
      return declared(s, part);
    }
    return null;
  }

  private static String declared(Source s, String name) {
    Matcher m = Pattern.compile("static\\s+final\\s+(?:String|int|long)\\s+" + name + "\\s*=\\s*(\"[^\"]*\"|-?\\d+)\\s*;")
        .matcher(s.code());
    if (!m.find()) {
      return null;
    }
    String v = m.group(1);
    return v.startsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }

  private static Set<String> chained(String code, int close) {
    Set<String> names = new TreeSet<>();
    int at = close + 1;
    while (true) {
      Matcher w = WITH.matcher(code).region(at, code.length());
      if (!w.lookingAt()) {
        return names;
      }
      names.add(w.group(1));
      at = closing(code, code.indexOf('(', w.start()) + 1) + 1;
    }
  }

  private static List<String> concatenation(String expression) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '"') {
        i = endOfLiteral(expression, i);
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == '+' && depth == 0) {
        parts.add(expression.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(expression.substring(start).strip());
    return parts;
  }

  private static List<String> splitTop(String list) {
    List<String> parts = new ArrayList<>();
    if (list.isBlank()) {
      return parts;
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '<' || c == '(') {
        depth++;
      } else if (c == '>' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(list.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(list.substring(start));
    return parts;
  }

  /** Returns the arguments of the call whose opening parenthesis is just before {@code open}. */
  static List<String> arguments(String code, int open) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = open;
    for (int i = open; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          String last = code.substring(start, i).strip();
          if (!last.isEmpty() || !out.isEmpty()) {
            out.add(last);
          }
          return out;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(code.substring(start, i).strip());
        start = i + 1;
      }
    }
    throw new IllegalStateException("unbalanced call at " + open);
  }

  /** Returns the offset of the bracket closing the one just before {@code afterOpen}. */
  private static int closing(String code, int afterOpen) {
    int depth = 0;
    for (int i = afterOpen; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return code.length();
  }

  private static int endOfLiteral(String code, int i) {
    char quote = code.charAt(i);
    if (quote == '"' && code.startsWith("\"\"\"", i)) {
      return code.indexOf("\"\"\"", i + 3) + 2;
    }
    for (int j = i + 1; j < code.length(); j++) {
      char c = code.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == quote) {
        return j;
      }
    }
    return code.length();
  }

  /** Returns the text with every comment replaced by spaces, keeping offsets and string literals. */
  static String withoutComments(String text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(text, i);
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        blank(out, i, end);
        i = end;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2) + 2;
        blank(out, i, end);
        i = end - 1;
      }
    }
    return out.toString();
  }

  private static void blank(StringBuilder out, int from, int to) {
    for (int i = from; i < to; i++) {
      if (out.charAt(i) != '\n') {
        out.setCharAt(i, ' ');
      }
    }
  }

  /** Returns the keys by module, for messages. */
  Map<String, Set<String>> byModule() {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    keys.forEach((k, uses) -> uses.forEach(u -> out.computeIfAbsent(u.module(), m -> new TreeSet<>()).add(k)));
    return out;
  }
}
