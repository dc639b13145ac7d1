package io.github.jiceng.governance.sim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.ValidationMessages;
import io.github.jiceng.governance.rules.audit.DualHierarchyAudit;
import io.github.jiceng.governance.rules.matching.Matcher;
import io.github.jiceng.governance.sim.compare.ComparisonReport;
import io.github.jiceng.governance.sim.compare.PolicyComparison;
import io.github.jiceng.governance.sim.compare.PolicyVariants;
import io.github.jiceng.governance.sim.engine.InvariantBrokenException;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.report.GridReport;
import io.github.jiceng.governance.sim.report.HtmlReport;
import io.github.jiceng.governance.sim.report.JsonReport;
import io.github.jiceng.governance.sim.report.ReportTexts;
import io.github.jiceng.governance.sim.report.SafeText;
import io.github.jiceng.governance.sim.report.SimulationReport;
import io.github.jiceng.governance.sim.report.TextReport;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command-line runner of the SDK ({@code governance}); see {@link #HELP_TEXT} for the
 * commands. The main job: {@code governance simulate SCENARIO} plays a scenario through every
 * rule and prints the report.
 *
 * <p>Errors are one line on standard error, never a stack trace, with a documented exit code:
 * {@value #OK} success, {@value #INVALID} a file breaks its format or its rules, {@value #USAGE}
 * the command line is wrong, {@value #IO} a file cannot be read or written, {@value #INVARIANT}
 * a simulation broke an invariant (a defect of the SDK, to be reported), {@value #FAILURE} any
 * other failure. Long runs print their progress on standard error.
 *
 * <p>What it says to a person (reports, progress, errors) is in Chinese; {@code --lang en}, given
 * to any command, makes it English. Files it writes (JSON reports, event logs) are the same in
 * either language.
 *
 * <p>Nothing a file or an argument carries reaches the terminal raw: every report is printed
 * through {@link SafeText#block} and every error line through {@link SafeText#line}, so a control,
 * bidirectional or unpaired surrogate character shows as its {@code \}{@code uXXXX}. In an error
 * line a line break becomes a space, keeping the error on one line.
 */
public final class GovernanceCli {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: a file breaks its format or its rules. */
  public static final int INVALID = 1;
  /** Exit code: the command line is wrong. */
  public static final int USAGE = 2;
  /** Exit code: a file cannot be read or written. */
  public static final int IO = 3;
  /** Exit code: a simulation broke an invariant: a defect of the SDK, please report it with the seed. */
  public static final int INVARIANT = 4;
  /** Exit code: any other failure. */
  public static final int FAILURE = 5;

  /** The help the {@code help} command prints with {@code --lang en}; by default it prints the Chinese help. */
  public static final String HELP_TEXT = ReportTexts.of(Language.EN).text("cli.help");

  private static final int PROGRESS_EVERY = 30;

  private final PrintStream out;
  private final PrintStream err;
  /** The file in hand (read or written), or the command before any: what an error is about. */
  private String inHand = "";
  /** The language of what this run says to a person. */
  private ReportTexts lang = ReportTexts.of(Language.ZH);

  /**
   * Creates a runner writing to the given streams.
   *
   * @param out where results go
   * @param err where errors and progress go
   */
  public GovernanceCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = new GovernanceCli(out, err).run(args);
    out.flush();
    System.exit(code);
  }

  /**
   * Runs one command.
   *
   * @param args the command and its arguments
   * @return the exit code
   */
  public int run(String... args) {
    if (args.length == 0) {
      out.print(ReportTexts.of(Language.ZH).text("cli.help"));
      return USAGE;
    }
    String command = args[0];
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    inHand = command;
    try {
      lang = language(rest);
      switch (command) {
        case "help", "--help", "-h" -> out.print(lang.text("cli.help"));
        case "grid" -> grid(parse(command, rest, Set.of(), Set.of()).positional(1, "usage.oneFile"));
        case "validate" -> validate(parse(command, rest, Set.of(), Set.of()).positional(1, "usage.oneFile"));
        case "simulate" -> simulate(parse(command, rest, Set.of("seed", "days", "matching", "json", "html", "events"),
            Set.of("no-invariants")).positional(1, "usage.oneScenario"));
        case "compare" -> compare(parse(command, rest, Set.of("seed", "days", "vary", "channels", "points", "matching"),
            Set.of("no-invariants")).positional(1, "usage.oneScenario"));
        case "match" -> match(parse(command, rest, Set.of(), Set.of("greedy")).positional(1, "usage.oneProblem"));
        case "report" -> report(parse(command, rest, Set.of(), Set.of()).positional(2, "usage.reportArgs"));
        default -> throw CliException.usage(lang.text("usage.unknownCommand", command));
      }
      return OK;
    } catch (CliException e) {
      return fail(e.code(), e.getMessage());
    } catch (GovernanceFormatException e) {
      return fail(INVALID, lang.text("cli.invalid", inHand, rendered(e)));
    } catch (JsonProcessingException e) {
      return fail(INVALID, lang.text("cli.invalid", inHand, e.getOriginalMessage()));
    } catch (DomainValidationException e) {
      return fail(INVALID, lang.text("cli.invalid", inHand, rendered(e)));
    } catch (NoSuchFileException e) {
      return fail(IO, lang.text("cli.noSuchFile", e.getFile()));
    } catch (IOException e) {
      return fail(IO, lang.text("cli.io", inHand, message(e)));
    } catch (UncheckedIOException e) {
      return fail(IO, lang.text("cli.io", inHand, message(e.getCause())));
    } catch (InvariantBrokenException e) {
      return fail(INVARIANT, lang.text("cli.invariant", e.getMessage()));
    } catch (RuntimeException e) {
      return fail(FAILURE, lang.text("cli.failure", e.getClass().getSimpleName(), message(e)));
    } catch (OutOfMemoryError e) {
      return fail(FAILURE, lang.text("cli.outOfMemory"));
    } catch (StackOverflowError e) {
      return fail(FAILURE, lang.text("cli.stackOverflow", inHand));
    }
  }

  /**
   * The language the arguments ask for with {@code --lang zh|en} (or {@code --lang=...}),
   * Chinese when they do not; found before the command's own parsing so that its errors speak it.
   */
  private static ReportTexts language(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String tag = a.startsWith("--lang=") ? a.substring("--lang=".length())
          : a.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
      if (tag != null) {
        try {
          return ReportTexts.of(Language.parse(tag));
        } catch (IllegalArgumentException e) {
          throw CliException.usage(ReportTexts.of(Language.ZH).text("usage.language", tag));
        }
      }
    }
    return ReportTexts.of(Language.ZH);
  }

  /** Parses a command's arguments, every command taking {@code --lang} besides its own. */
  private Args parse(String command, List<String> args, Set<String> valued, Set<String> flags) {
    Set<String> withLang = new java.util.TreeSet<>(valued);
    withLang.add("lang");
    return Args.parse(command, args, withLang, flags, lang);
  }

  private int fail(int code, String message) {
    err.println("governance: " + SafeText.line(message.replace("\r\n", " ").replace('\n', ' ')));
    return code;
  }

  /**
   * A format error as a person reads it in the command's language: the pointer and the text of its
   * rule (or the model's violations), then the rule's key for whoever supports the user.
   */
  private String rendered(GovernanceFormatException e) {
    return e.message(messageLanguage()) + " [" + e.rule() + "]";
  }

  /**
   * A validation error as a person reads it in the command's language, from the texts of the model,
   * the rules, the JSON module and the simulator, then the rules' keys.
   */
  private String rendered(DomainValidationException e) {
    ValidationMessages messages = ValidationMessages.of(messageLanguage()).including(DualHierarchyAudit.class)
        .including(GovernanceFormatException.class).including(GovernanceCli.class);
    Set<String> rules = new LinkedHashSet<>();
    e.violations().forEach(v -> rules.add(v.rule()));
    return messages.render(e) + " [" + String.join(", ", rules) + "]";
  }

  private Language messageLanguage() {
    return lang.language();
  }

  private static String message(Throwable e) {
    String m = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  // ------------------------------------------------------------------------------------- grid

  private void grid(Args a) throws IOException {
    Path file = input(a.get(0));
    GridHierarchy h;
    try (InputStream in = Files.newInputStream(file)) {
      h = GovernanceJson.files().readGridHierarchy(in);
    }
    out.print(SafeText.block(GridReport.render(h, lang.language())));
  }

  // --------------------------------------------------------------------------------- validate

  private void validate(Args a) throws IOException {
    Path file = input(a.get(0));
    out.println(lang.text("cli.ok", SafeText.line(file.toString()), SafeText.line(FileChecks.check(file, lang))));
  }

  // --------------------------------------------------------------------------------- simulate

  /** A scenario and what the run calls it. */
  private record Named(String name, Scenario scenario) {}

  /**
   * The scenario a command plays, checked before anything is written: a file, named after its
   * path, or a synthetic scenario, named {@code small}, {@code random-<seed>} or
   * {@code district-<residents>}.
   */
  private Named scenario(String source) throws IOException {
    Named named = unchecked(source);
    Simulator.check(named.scenario());
    return named;
  }

  private Named unchecked(String source) throws IOException {
    if (source.startsWith("synthetic:")) {
      String[] parts = source.split(":");
      try {
        if (parts.length == 2 && parts[1].equals("small")) {
          return new Named("small", SyntheticScenarios.small());
        }
        if (parts.length == 3 && parts[1].equals("random")) {
          long seed = Long.parseLong(parts[2]);
          return new Named("random-" + seed, SyntheticScenarios.random(seed));
        }
        if (parts.length == 3 && parts[1].equals("district")) {
          int residents = Integer.parseInt(parts[2]);
          if (residents < 100 || residents > 5_000_000) {
            throw CliException.usage(lang.text("usage.district", residents));
          }
          return new Named("district-" + residents, SyntheticScenarios.district(residents, 7L));
        }
      } catch (NumberFormatException e) {
        throw CliException.usage(lang.text("usage.syntheticNumber", source));
      }
      throw CliException.usage(lang.text("usage.synthetic", source));
    }
    Path file = input(source);
    return new Named(ScenarioFiles.nameOf(file), ScenarioFiles.read(file));
  }

  private SimulationOptions options(Args a) {
    String mode = a.option("matching").orElse("optimal").toLowerCase(Locale.ROOT);
    if (!mode.equals("optimal") && !mode.equals("greedy")) {
      throw CliException.usage(lang.text("usage.matching", mode));
    }
    return SimulationOptions.defaults().withMatching(mode.equals("greedy") ? MatchingMode.GREEDY : MatchingMode.OPTIMAL)
        .withInvariants(!a.flag("no-invariants"));
  }

  private void simulate(Args a) throws IOException {
    long seed = a.longOption("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    int days = (int) a.longOption("days", 365, 1, 3660);
    Named named = scenario(a.get(0));
    Scenario scenario = named.scenario();
    SimulationOptions options = withProgress(options(a), days).withScenarioName(named.name());
    SimulationResult result;
    if (a.option("events").isPresent()) {
      Path events = output(a.option("events").get());
      try (EventFiles.Writer w = EventFiles.writer(events, EventFiles.run(named.name(), scenario, seed, days,
        options.matching()))) {
        // while it runs, an error is the scenario's, unless writing the log failed
        inHand = a.get(0);
        try {
          result = Simulator.run(scenario, seed, days, options.withRetainedEvents(false).withSink(w));
        } catch (UncheckedIOException e) {
          inHand = events.toString();
          throw e;
        }
        inHand = events.toString();
      }
    } else {
      result = Simulator.run(scenario, seed, days, options);
    }
    SimulationReport report = SimulationReport.of(result);
    if (a.option("json").isPresent()) {
      try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(output(a.option("json").get())))) {
        JsonReport.write(report, o);
      }
    }
    if (a.option("html").isPresent()) {
      Files.writeString(output(a.option("html").get()), HtmlReport.render(report, lang.language()), StandardCharsets.UTF_8);
    }
    out.print(SafeText.block(TextReport.render(report, lang.language())));
  }

  /**
   * Shows progress on stderr every {@value #PROGRESS_EVERY} days of a long run; with labels, the
   * runs made with these options are named in turn (variant A, then B).
   */
  private SimulationOptions withProgress(SimulationOptions options, int days, String... runs) {
    if (days < 2 * PROGRESS_EVERY) {
      return options;
    }
    int[] run = {-1};
    return options.withProgress((day, all, events) -> {
      if (day == 0) {
        run[0]++;
      }
      if ((day + 1) % PROGRESS_EVERY == 0 || day + 1 == all) {
        err.println("governance: " + (run[0] >= 0 && run[0] < runs.length
            ? lang.text("cli.progress.run", runs[run[0]], day + 1, all, events)
            : lang.text("cli.progress", day + 1, all, events)));
      }
    });
  }

  /** The path of a file to read, which an error from now on is said to be about. */
  private Path input(String name) {
    inHand = name;
    return Path.of(name);
  }

  /** The path of a file to write, its missing parent directories created; errors name it. */
  private Path output(String name) throws IOException {
    inHand = name;
    Path file = Path.of(name);
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return file;
  }

  // ---------------------------------------------------------------------------------- compare

  private void compare(Args a) throws IOException {
    long seed = a.longOption("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
    int days = (int) a.longOption("days", 365, 1, 3660);
    String vary = a.option("vary").orElseThrow(() -> CliException.usage(lang.text("usage.vary")));
    Named named = scenario(a.get(0));
    Scenario scenario = named.scenario();
    SimulationOptions options = withProgress(options(a).withRetainedEvents(false), days, "A", "B")
        .withScenarioName(named.name());
    PolicyComparison c;
    switch (vary) {
      case "matching" -> c = PolicyComparison.matching(scenario, seed, days, options);
      case "points" -> c = PolicyComparison.points(scenario, a.option("points").isPresent()
          ? pointsPolicyOf(input(a.option("points").get()))
          : PolicyVariants.withoutMemberCaps(
              scenario.sectionOrDefault(io.github.jiceng.governance.json.ScenarioSection.POINTS_POLICY).orElseThrow()), seed, days, options);
      case "channels" -> {
        try {
          c = PolicyComparison.channels(scenario, a.option("channels").map(PolicyVariants::parseChannels)
              .orElse(PolicyVariants.undertakeFirst()), seed, days, options);
        } catch (IllegalArgumentException e) {
          throw CliException.usage(lang.text("usage.channels",
              e instanceof DomainValidationException d ? rendered(d) : e.getMessage()));
        }
      }
      default -> throw CliException.usage(lang.text("usage.varyValue", vary));
    }
    out.print(SafeText.block(ComparisonReport.render(c, lang.language())));
  }

  private static io.github.jiceng.governance.model.points.PointsPolicy pointsPolicyOf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return GovernanceJson.files().readScenario(in).section(io.github.jiceng.governance.json.ScenarioSection.POINTS_POLICY)
          .orElseThrow(() -> CliException.invalid(file + ": the scenario has no pointsPolicy section to compare with"));
    }
  }

  // ------------------------------------------------------------------------------------ match

  private void match(Args a) throws IOException {
    Path file = input(a.get(0));
    MatchingProblem problem;
    try (InputStream in = Files.newInputStream(file)) {
      problem = GovernanceJson.files().readMatchingProblem(in);
    }
    MatchingResult result = Matcher.match(problem, a.flag("greedy") ? MatchingMode.GREEDY : MatchingMode.OPTIMAL);
    GovernanceJson.files().writeMatchingResult(result, out);
    out.flush();
  }

  // ----------------------------------------------------------------------------------- report

  private void report(Args a) throws IOException {
    String what = a.get(0);
    if (!what.equals("five-lists") && !what.equals("fund")) {
      throw CliException.usage(lang.text("usage.report", what));
    }
    out.print(SafeText.block(EventFiles.report(input(a.get(1)), what.equals("fund"), lang)));
  }
}
