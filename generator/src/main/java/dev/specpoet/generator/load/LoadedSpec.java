package dev.specpoet.generator.load;

import dev.specpoet.generator.model.Diagnostic;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.List;

/**
 * What the load stage read.
 *
 * @param openApi the parsed document ($refs kept, external ones pulled into components), null when
 *     it could not be read
 * @param displayName the root file's name as shown in diagnostics and headers ({@code
 *     ai-gateway.yaml})
 * @param files the root file and every file reached through {@code $ref}, root first
 * @param diagnostics what the parser reported, as diagnostics
 * @param sources where each part of the resolved document is written (file, pointer in it, line)
 */
public record LoadedSpec(
    OpenAPI openApi,
    Path root,
    String displayName,
    List<Path> files,
    List<Diagnostic> diagnostics,
    SourceMap sources) {
  public LoadedSpec {
    files = List.copyOf(files);
    diagnostics = List.copyOf(diagnostics);
  }
}
