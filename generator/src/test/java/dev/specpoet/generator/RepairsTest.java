package dev.specpoet.generator;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.testing.TestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects the generator repairs instead of refusing the spec (src/test/resources/repairs): each
 * is a warning of its {@link Repair} kind at the place, the output compiles and has what the repair
 * says; under the {@code strict} option the same diagnostics are errors and nothing is written.
 */
class RepairsTest {
  static final Path REPAIRS = TestSupport.TEST_RESOURCES.resolve("repairs");

  @TempDir Path tmp;

  /** A repaired run: its warnings as {@code KIND pointer}, its sources (compiled). */
  private record Run(List<String> repairs, List<Diagnostic> warnings, Map<String, String> sources) {
    String source(String suffix) {
      return sources.entrySet().stream()
          .filter(e -> e.getKey().endsWith(suffix))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElseThrow(() -> new AssertionError("no " + suffix + " in " + sources.keySet()));
    }
  }

  private Run repaired(String file) throws Exception {
    Path out = tmp.resolve("out");
    GenerationResult r =
        new SpecPoetGenerator()
            .generate(TestSupport.options(REPAIRS.resolve(file), out, "a.b", true));
    Map<String, String> sources = compiledSources(out);
    List<String> repairs =
        r.warnings().stream()
            .filter(d -> d.repair() != null)
            .map(d -> d.repair() + " " + d.location().pointer())
            .toList();
    // strict: the same diagnostics, as errors, and no output
    Path strictOut = tmp.resolve("strict");
    GenerationFailedException e =
        assertThrows(
            GenerationFailedException.class,
            () ->
                new SpecPoetGenerator()
                    .generate(
                        TestSupport.options(REPAIRS.resolve(file), strictOut, "a.b", true, true)));
    List<String> errors =
        e.diagnostics().stream()
            .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
            .map(d -> d.repair() + " " + d.location().pointer())
            .toList();
    assertEquals(repairs, errors, e.getMessage());
    assertTrue(
        e.diagnostics().stream()
            .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
            .allMatch(
                d -> d.message().endsWith("[strict: repairs are errors]") && d.hint() != null),
        e.getMessage());
    assertFalse(Files.exists(strictOut), "strict run wrote output");
    return new Run(repairs, r.warnings(), sources);
  }

  /** The Java files under {@code out} (path -> text), checked to compile without warnings. */
  private static Map<String, String> compiledSources(Path out) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      files
          .filter(p -> p.toString().endsWith(".java"))
          .forEach(p -> sources.put(out.relativize(p).toString().replace('\\', '/'), read(p)));
    }
    assertThat(TestSupport.compile(sources)).succeededWithoutWarnings();
    return sources;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aPathVariableWithoutParameterGetsOneAndAStrayPathParameterIsLeftOut() throws Exception {
    Run run = repaired("path-parameters.yaml");
    assertEquals(
        List.of(
            "PATH_PARAMETER_DROPPED #/paths/~1things~1{id}/get/parameters/0",
            "PATH_PARAMETER_ADDED #/paths/~1things~1{id}/get"),
        run.repairs());
    String params = run.source("GetThingParams.java");
    assertTrue(params.contains("String id"), params);
    assertFalse(params.contains("Integer other"), params);
    assertTrue(run.warnings().get(0).location().line() > 0, run.warnings().toString());
  }

  @Test
  void aDuplicateOperationIdIsRenamedFromMethodAndPath() throws Exception {
    Run run = repaired("duplicate-operation-ids.yaml");
    assertEquals(List.of("DUPLICATE_OPERATION_ID #/paths/~1b~1items/get"), run.repairs());
    assertTrue(
        run.warnings().get(0).message().contains("this operation is named 'getBItems'"),
        run.warnings().get(0).message());
  }

  @Test
  void aQueryStringInAPathKeyBecomesQueryParameters() throws Exception {
    Run run = repaired("query-in-path.yaml");
    assertEquals(
        List.of(
            "QUERY_IN_PATH #/paths/~1search?q={query}&page={page}&fixed=1/get",
            "QUERY_IN_PATH #/paths/~1lists~1{list_id}~1export?filename={filename}/get"),
        run.repairs());
    String search = run.source("SearchParams.java");
    assertTrue(search.contains("String q") && search.contains("String page"), search);
    String service = run.source("QueryService.java");
    assertTrue(service.contains("\"GET\", \"/search\")"), service);
    assertTrue(service.contains("\"GET\", \"/lists/{list_id}/export\")"), service);
  }

  @Test
  void unusableParametersAreLeftOut() throws Exception {
    Run run = repaired("bad-parameters.yaml");
    // the parameter without a name is a repair; swagger-parser itself drops the one with in: body,
    // with its own warning
    assertEquals(List.of("PARAMETER_DROPPED #/paths/~1a/get/parameters/0"), run.repairs());
    assertTrue(
        run.warnings().stream().anyMatch(w -> w.message().contains("[session].in")),
        run.warnings().toString());
    String params = run.source("GetAParams.java");
    assertTrue(params.contains("String ok"), params);
    assertFalse(params.contains("session"), params);
  }

  @Test
  void refsToNothingAreFreeFormOrLeftOut() throws Exception {
    Run run = repaired("missing-targets.yaml");
    assertEquals(
        List.of(
            "MISSING_REF #/paths/~1a/post/parameters/0",
            "MISSING_REF #/paths/~1a/post/requestBody",
            "MISSING_REF #/paths/~1a/post/responses/200",
            "MISSING_SCHEMA #/components/schemas/Thing/properties/owner"),
        run.repairs().stream().sorted().toList());
    String thing = run.source("Thing.java");
    assertTrue(thing.contains("JsonNode owner"), thing);
  }

  @Test
  void refsOfAnotherKindAreUsedWhenTheirShapeFits() throws Exception {
    Run run = repaired("refs-of-another-kind.yaml");
    assertEquals(
        List.of(
            "REF_OF_ANOTHER_KIND #/paths/~1a/post/requestBody",
            "REF_OF_ANOTHER_KIND #/paths/~1a/post/responses/200",
            "REF_OF_ANOTHER_KIND #/paths/~1b/get/responses/200"),
        run.repairs().stream().sorted().toList());
    String services = String.join("\n", run.sources().values());
    assertTrue(services.contains("Thing getB("), services);
    assertTrue(services.contains("Thing createA("), services);
  }

  @Test
  void aDiscriminatorMappingToNothingIsIgnored() throws Exception {
    Run run = repaired("discriminator-mapping.yaml");
    assertEquals(
        List.of(
            "MISSING_MAPPING #/components/schemas/Pet/discriminator/mapping/dog",
            "MISSING_MAPPING #/components/schemas/Pet/discriminator/mapping/bird"),
        run.repairs());
    String pet = run.source("Pet.java");
    assertTrue(pet.contains("Cat") && pet.contains("Dog"), pet);
  }

  /** Legal {@code $ref}s to any place of the document resolve without a warning. */
  @Test
  void refsAnywhereInTheDocumentResolveSilently() throws Exception {
    Path out = tmp.resolve("anywhere");
    GenerationResult r =
        new SpecPoetGenerator()
            .generate(
                TestSupport.options(REPAIRS.resolve("refs-anywhere.yaml"), out, "a.b", true, true));
    assertEquals(List.of(), r.warnings());
    Map<String, String> sources = compiledSources(out);
    String all = String.join("\n", sources.values());
    assertTrue(
        sources.get("a/b/models/PutAccountParams.java").contains("String accountId"),
        "the parameter of another operation");
    assertTrue(
        sources.get("a/b/models/Page.java").contains("Integer limit"), "the schema of a parameter");
    assertTrue(
        sources.get("a/b/models/Other.java").contains("Page.Status status"),
        "the enum inside another schema");
    assertTrue(
        sources.get("a/b/models/PutAccountParams.java").contains("GetAccountResponse.Owner owner"),
        "a schema under another operation's response");
  }
}
