package io.github.jiceng.governance.sim.cli;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.sim.report.GridReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The command-line runner of the SDK ({@code governance}).
 *
 * <pre>
 * governance grid FILE       print a grid hierarchy file as a tree with codes, counts and partitions
 * governance validate FILE   check a file: prints OK, or its error
 * governance help            print this help
 * </pre>
 *
 * <p>Errors are one line on standard error, never a stack trace. Exit codes:
 * {@value #OK} success, {@value #INVALID} the file breaks its format or its rules,
 * {@value #USAGE} the command line is wrong, {@value #IO} a file cannot be read.
 */
public final class GovernanceCli {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the file breaks its format or its rules. */
  public static final int INVALID = 1;
  /** Exit code: the command line is wrong. */
  public static final int USAGE = 2;
  /** Exit code: a file cannot be read. */
  public static final int IO = 3;

  private static final String HELP = String.join("\n",
      "usage: governance <command> [arguments]",
      "",
      "commands:",
      "  grid FILE       print a grid hierarchy file as a tree with codes, counts and partitions",
      "  validate FILE   check a grid hierarchy file: prints OK, or its error",
      "  help            print this help",
      "",
      "exit codes: 0 ok, 1 invalid file, 2 wrong command line, 3 file cannot be read",
      "");

  private final PrintStream out;
  private final PrintStream err;

  /**
   * Creates a runner writing to the given streams.
   *
   * @param out where results go
   * @param err where errors go
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
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new GovernanceCli(out, err).run(args));
  }

  /**
   * Runs one command.
   *
   * @param args the command and its arguments
   * @return the exit code
   */
  public int run(String... args) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
      out.print(HELP);
      return args.length == 0 ? USAGE : OK;
    }
    String command = args[0];
    if (!command.equals("grid") && !command.equals("validate")) {
      err.println("governance: unknown command '" + command + "' (try 'governance help')");
      return USAGE;
    }
    if (args.length != 2) {
      err.println("governance: '" + command + "' takes exactly one FILE argument");
      return USAGE;
    }
    Path file = Path.of(args[1]);
    GridHierarchy hierarchy;
    try (InputStream in = Files.newInputStream(file)) {
      hierarchy = GovernanceJson.readGridHierarchy(in);
    } catch (GovernanceFormatException e) {
      err.println("governance: " + file + ": " + e.getOriginalMessage().replace('\n', ' '));
      return INVALID;
    } catch (NoSuchFileException e) {
      err.println("governance: " + file + ": no such file");
      return IO;
    } catch (IOException e) {
      err.println("governance: " + file + ": " + oneLine(e));
      return e instanceof com.fasterxml.jackson.core.JsonProcessingException ? INVALID : IO;
    }
    if (command.equals("validate")) {
      out.println("OK " + file + ": grid hierarchy of " + hierarchy.size() + " nodes");
    } else {
      out.print(GridReport.render(hierarchy));
    }
    return OK;
  }

  private static String oneLine(IOException e) {
    String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException
        ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage()
        : e.getMessage();
    return (message == null ? e.getClass().getSimpleName() : message).replace('\n', ' ');
  }
}
