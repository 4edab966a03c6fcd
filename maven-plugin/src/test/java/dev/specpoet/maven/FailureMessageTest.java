package dev.specpoet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureMessageTest {
  @Test
  void listsEveryDiagnosticOnceWithItsFileAndPointerErrorsFirst() {
    Diagnostic missing =
        Diagnostic.error(
            SourceLocation.of("api.yaml", "#/components/schemas/Pet/properties/owner"),
            "unresolved $ref",
            "define it");
    Diagnostic warning =
        Diagnostic.warning(
            SourceLocation.of("api.yaml", "#/components/schemas/X"), "degraded", null);
    Diagnostic other =
        Diagnostic.error(SourceLocation.of("parts.yaml", "#/Y").withLine(12), "bad type", null);

    String message =
        GenerationStep.failureMessage(
            Path.of("/p/api.yaml"), List.of(warning, missing, other, missing));

    List<String> lines = message.lines().toList();
    assertEquals(
        "specpoet: 2 errors in /p/api.yaml (nothing was generated; the previous output is unchanged):",
        lines.get(0));
    assertEquals(
        List.of("  " + missing.format(), "  " + other.format(), "  " + warning.format()),
        lines.subList(1, 4));
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).contains("api.yaml #/components/schemas/Pet/properties/owner"));
    assertTrue(lines.get(2).contains("parts.yaml:12 #/Y"));
  }
}
