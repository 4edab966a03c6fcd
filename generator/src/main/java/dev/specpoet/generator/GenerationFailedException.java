package dev.specpoet.generator;

import dev.specpoet.generator.model.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The input has errors; nothing was written. Carries every diagnostic found, each with its
 * location.
 */
public final class GenerationFailedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public GenerationFailedException(List<Diagnostic> diagnostics) {
    super(render(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    long errors =
        diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
    return errors
        + (errors == 1 ? " error" : " errors")
        + " in the OpenAPI input:\n"
        + diagnostics.stream().map(d -> "  " + d.format()).collect(Collectors.joining("\n"));
  }
}
