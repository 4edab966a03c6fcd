package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.load.SourceMap;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the model stage's problems, each once and with the line of its place, in the order they
 * are found: the run reports all of them together (Dagger's {@code ValidationReport}, Wire's {@code
 * ErrorCollector}).
 */
final class Diagnostics {
  private final SourceMap sources;
  private final List<Diagnostic> found = new ArrayList<>();

  Diagnostics(SourceMap sources) {
    this.sources = sources;
  }

  void error(SourceLocation at, String message, String hint) {
    add(Diagnostic.error(sources.withLine(at), message, hint));
  }

  void warn(SourceLocation at, String message, String hint) {
    add(Diagnostic.warning(sources.withLine(at), message, hint));
  }

  /** A defect repaired: what was found and done, and how to fix the spec. */
  void repair(Repair repair, SourceLocation at, String message, String hint) {
    add(Diagnostic.repaired(repair, sources.withLine(at), message, hint));
  }

  /** Each problem once, even when a schema is reached along several paths. */
  private void add(Diagnostic d) {
    if (!found.contains(d)) {
      found.add(d);
    }
  }

  List<Diagnostic> all() {
    return List.copyOf(found);
  }
}
