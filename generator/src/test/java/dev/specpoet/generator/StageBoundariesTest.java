package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's boundaries, checked on the sources (ARCHITECTURE.md, "The generator pipeline"):
 * each stage uses only the stages before it, through what it may know of them, and only the load
 * and model stages know swagger-parser.
 *
 * <ul>
 *   <li>{@code model}: nothing of the generator (the intermediate model is plain values);
 *   <li>{@code load}: the model's diagnostics and locations;
 *   <li>{@code modelbuild}: the model, the load stage's output, and {@code names.Words} (name hints
 *       are spelled as the names stage spells names);
 *   <li>{@code names}: the model;
 *   <li>{@code emit}: the model and the names;
 *   <li>{@code write}: the emitted types and the model's locations;
 *   <li>{@code changes} (the change report, beside the pipeline): the model and the names of two
 *       specs, which it gets through the pipeline's entry point ({@code
 *       SpecPoetGenerator.analyze}).
 * </ul>
 */
class StageBoundariesTest {
  private static final Path MAIN = Path.of("src", "main", "java", "dev", "specpoet", "generator");
  private static final String GENERATOR = "dev.specpoet.generator.";

  /** Per stage, the generator packages and classes it may use (prefixes after GENERATOR). */
  private static final Map<String, List<String>> MAY_USE =
      Map.of(
          "model", List.of("model."),
          "load", List.of("load.", "model."),
          "modelbuild", List.of("modelbuild.", "model.", "load.", "names.Words"),
          "names", List.of("names.", "model."),
          "emit", List.of("emit.", "model.", "names."),
          "write", List.of("write.", "emit.EmittedType", "model.SourceLocation"),
          "changes", List.of("changes.", "model.", "names."));

  private static final List<String> MAY_USE_SWAGGER = List.of("load", "modelbuild");
  private static final Pattern REFERENCE =
      Pattern.compile(Pattern.quote(GENERATOR) + "([a-z]+\\.[A-Za-z0-9_.]*)");

  private static List<Path> sources() throws IOException {
    try (Stream<Path> walk = Files.walk(MAIN)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String stage(Path source) {
    Path rel = MAIN.relativize(source);
    return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
  }

  /** The source without comments, where references count. */
  private static String code(Path source) {
    try {
      return Files.readString(source).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void eachStageUsesOnlyWhatComesBeforeIt() throws IOException {
    List<String> offenders = new ArrayList<>();
    int checked = 0;
    for (Path source : sources()) {
      List<String> allowed = MAY_USE.get(stage(source));
      if (allowed == null) {
        continue; // the pipeline itself and the command line use every stage
      }
      Matcher m = REFERENCE.matcher(code(source));
      while (m.find()) {
        checked++;
        String used = m.group(1);
        if (allowed.stream().noneMatch(used::startsWith)) {
          offenders.add(MAIN.relativize(source).toString().replace('\\', '/') + " uses " + used);
        }
      }
    }
    assertTrue(checked > 100, "the check sees the stages' references: " + checked);
    assertEquals(List.of(), offenders, "a stage uses a later stage");
  }

  @Test
  void theStagesAreTheOnesChecked() throws IOException {
    List<String> stages =
        sources().stream()
            .map(StageBoundariesTest::stage)
            .filter(s -> !s.isEmpty())
            .distinct()
            .toList();
    List<String> unchecked =
        stages.stream().filter(s -> !MAY_USE.containsKey(s) && !s.equals("cli")).toList();
    assertEquals(List.of(), unchecked, "a new package needs its rule here");
  }

  @Test
  void onlyTheLoadAndModelStagesUseSwaggerParser() throws IOException {
    List<Path> sources = sources();
    assertTrue(sources.size() > 30, "found the generator's sources: " + sources.size());
    List<String> offenders =
        sources.stream()
            .filter(p -> !MAY_USE_SWAGGER.contains(stage(p)))
            .filter(p -> code(p).contains("io.swagger."))
            .map(p -> MAIN.relativize(p).toString().replace('\\', '/'))
            .toList();
    assertEquals(List.of(), offenders, "io.swagger.* outside load/ and modelbuild/");
    assertTrue(
        sources.stream()
            .filter(p -> MAY_USE_SWAGGER.contains(stage(p)))
            .anyMatch(p -> code(p).contains("io.swagger.")),
        "the check can see a use of io.swagger.*");
  }
}
