package io.github.jiceng.governance.sim.cli;

/** A command-line failure with its exit code and its one-line message. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int code;

  CliException(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  static CliException usage(String message) {
    return new CliException(GovernanceCli.USAGE, message);
  }

  static CliException invalid(String message) {
    return new CliException(GovernanceCli.INVALID, message);
  }

  int code() {
    return code;
  }
}
