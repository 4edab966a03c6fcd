package dev.specpoet.generator.model;

/**
 * A problem found in the input, with where it is and, when we know, what to do about it.
 *
 * @param repair the repair the generator made, for a defect it repaired (a warning, or an error
 *     under the {@code strict} option); null for any other problem
 */
public record Diagnostic(
    Severity severity, String message, SourceLocation location, String hint, Repair repair) {
  public enum Severity {
    ERROR,
    WARNING
  }

  public Diagnostic(Severity severity, String message, SourceLocation location, String hint) {
    this(severity, message, location, hint, null);
  }

  public static Diagnostic error(SourceLocation location, String message, String hint) {
    return new Diagnostic(Severity.ERROR, message, location, hint);
  }

  public static Diagnostic warning(SourceLocation location, String message, String hint) {
    return new Diagnostic(Severity.WARNING, message, location, hint);
  }

  /**
   * A defect repaired: {@code message} says what was found and what was done, {@code hint} how to
   * fix the spec.
   */
  public static Diagnostic repaired(
      Repair repair, SourceLocation location, String message, String hint) {
    return new Diagnostic(Severity.WARNING, message, location, hint, repair);
  }

  /**
   * This diagnostic under the {@code strict} option: a repair becomes an error (the same text and
   * hint); anything else stays as it is.
   */
  public Diagnostic strict() {
    return repair == null || severity == Severity.ERROR
        ? this
        : new Diagnostic(
            Severity.ERROR, message + " [strict: repairs are errors]", location, hint, repair);
  }

  /** One line: {@code ERROR ai-gateway.yaml:12 #/paths/... : message (hint)}. */
  public String format() {
    return severity
        + " "
        + location
        + ": "
        + message
        + (hint == null || hint.isBlank() ? "" : " (" + hint + ")");
  }
}
