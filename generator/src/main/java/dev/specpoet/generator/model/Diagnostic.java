package dev.specpoet.generator.model;

/** A problem found in the input, with where it is and, when we know, what to do about it. */
public record Diagnostic(Severity severity, String message, SourceLocation location, String hint) {
  public enum Severity {
    ERROR,
    WARNING
  }

  public static Diagnostic error(SourceLocation location, String message, String hint) {
    return new Diagnostic(Severity.ERROR, message, location, hint);
  }

  public static Diagnostic warning(SourceLocation location, String message, String hint) {
    return new Diagnostic(Severity.WARNING, message, location, hint);
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
