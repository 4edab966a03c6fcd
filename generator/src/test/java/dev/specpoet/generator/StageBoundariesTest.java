package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's boundaries, checked on the sources: only the load and model stages know
 * swagger-parser; names, emitters and the writer read our own model (DESIGN.md, "The generator
 * pipeline").
 */
class StageBoundariesTest {
  private static final Path MAIN = Path.of("src", "main", "java", "dev", "specpoet", "generator");
  private static final List<Path> MAY_USE_SWAGGER =
      List.of(MAIN.resolve("load"), MAIN.resolve("modelbuild"));

  @Test
  void onlyTheLoadAndModelStagesUseSwaggerParser() throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(MAIN)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertTrue(sources.size() > 30, "found the generator's sources: " + sources.size());
    List<String> offenders =
        sources.stream()
            .filter(p -> MAY_USE_SWAGGER.stream().noneMatch(p::startsWith))
            .filter(StageBoundariesTest::usesSwagger)
            .map(p -> MAIN.relativize(p).toString().replace('\\', '/'))
            .toList();
    assertEquals(List.of(), offenders, "io.swagger.* outside load/ and modelbuild/");
    assertTrue(
        sources.stream()
            .filter(p -> MAY_USE_SWAGGER.stream().anyMatch(p::startsWith))
            .anyMatch(StageBoundariesTest::usesSwagger),
        "the check can see a use of io.swagger.*");
  }

  /** An import or a qualified name, outside comments. */
  private static boolean usesSwagger(Path source) {
    try {
      String code =
          Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
      return code.contains("io.swagger.");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
