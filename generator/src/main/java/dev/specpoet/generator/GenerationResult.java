package dev.specpoet.generator;

import dev.specpoet.generator.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a successful run did.
 *
 * @param inputFiles every file the spec was read from (the root and every file reached by {@code
 *     $ref}), so a build tool can hash them for its up-to-date check
 * @param pagedOperations how many of the operations return a page (a pagination scheme was
 *     recognised or declared with {@code x-specpoet-pagination})
 * @param warnings problems that did not stop generation (constructs degraded to free-form JSON ...)
 */
public record GenerationResult(
    Path outputDirectory,
    int filesWritten,
    int typesGenerated,
    int operations,
    int pagedOperations,
    List<Path> inputFiles,
    List<Diagnostic> warnings) {
  public GenerationResult {
    inputFiles = List.copyOf(inputFiles);
    warnings = List.copyOf(warnings);
  }

  /**
   * One line for logs: {@code Generated 123 files (80 types, 46 operations) into DIR, 0 warnings}.
   */
  public String summary() {
    return "Generated "
        + filesWritten
        + " files ("
        + typesGenerated
        + " types, "
        + operations
        + " operations) into "
        + outputDirectory
        + ", "
        + warnings.size()
        + (warnings.size() == 1 ? " warning" : " warnings");
  }
}
