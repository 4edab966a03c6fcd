package dev.specpoet.generator.changes;

import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.SpecPoetGenerator;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.names.JavaNames;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One version of an API as the generator sees it: its model and the Java names of everything in it.
 * Two snapshots taken with the same package and client name compare as users of the generated code
 * would see the difference.
 *
 * @param label how the report names this version, e.g. {@code ai-gateway.yaml (API version 1.2)}
 */
public record ApiSnapshot(String label, ApiModel model, JavaNames names) {
  public ApiSnapshot {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(names, "names");
  }

  /**
   * Reads {@code spec} with the Java names {@code options} give (its input and output are ignored).
   *
   * @param label how the report names this version; null for the file name and the spec's {@code
   *     info.version}
   * @throws GenerationFailedException when the spec has errors
   */
  public static ApiSnapshot read(Path spec, GeneratorOptions options, String label)
      throws GenerationFailedException {
    GeneratorOptions forSpec =
        GeneratorOptions.builder()
            .input(spec)
            .outputDirectory(options.outputDirectory())
            .basePackage(options.basePackage())
            .clientName(options.clientName().orElse(null))
            .generateServices(options.generateServices())
            .build();
    SpecPoetGenerator.Analysis a = new SpecPoetGenerator().analyze(forSpec);
    return new ApiSnapshot(
        label == null ? defaultLabel(spec, a.model()) : label, a.model(), a.names());
  }

  private static String defaultLabel(Path spec, ApiModel model) {
    String file = String.valueOf(spec.getFileName());
    return model.version() == null || model.version().isBlank()
        ? file
        : file + " (API version " + model.version() + ")";
  }
}
