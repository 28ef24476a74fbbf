package fr.spsplus.examples.cli;

/**
 * The exit codes of {@code spsplus}, documented in its help and in {@code docs/cli-formats.md}.
 * Scripts can rely on them: they do not change between versions.
 */
public enum ExitCode {
  /** 0: the command did its work (rows skipped with {@code --skip-invalid} were reported). */
  OK(0),
  /** 1: an internal error, a defect of spsplus (rerun with {@code --debug} and report it). */
  INTERNAL(1),
  /**
   * 2: the user's input is wrong: an unknown option or a bad option value, an unknown or missing
   * column, a malformed row or value, invalid JSON.
   */
  BAD_INPUT(2),
  /** 3: a file cannot be read or written: missing, a directory, no permission, disk error. */
  IO(3),
  /**
   * 4: a remote service failed: unreachable, timed out, answered with an error, or sent an answer
   * that cannot be decoded.
   */
  REMOTE(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /**
   * Returns the process exit status.
   *
   * @return 0 to 4
   */
  public int code() {
    return code;
  }
}
