package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.testing.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken inputs: every problem reported once, with file, JSON pointer and line; the old output
 * kept. The defects the generator repairs are run with the {@code strict} option, which makes them
 * errors (the same text and place); {@link RepairsTest} covers what they generate without it.
 */
class DiagnosticsTest {
  static final Path BROKEN = TestSupport.TEST_RESOURCES.resolve("broken");

  @TempDir Path tmp;

  private List<Diagnostic> errorsOf(String file) {
    GenerationFailedException e =
        assertThrows(
            GenerationFailedException.class,
            () ->
                new SpecPoetGenerator()
                    .generate(
                        TestSupport.options(
                            BROKEN.resolve(file), tmp.resolve("out"), "a.b", false, true)));
    return e.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
  }

  private static void assertHas(List<Diagnostic> errors, String pointer, int line, String text) {
    assertTrue(
        errors.stream()
            .anyMatch(
                d ->
                    d.location().pointer().equals(pointer)
                        && d.location().line() == line
                        && d.message().contains(text)),
        "expected an error at "
            + pointer
            + ":"
            + line
            + " containing '"
            + text
            + "' in\n"
            + errors.stream().map(Diagnostic::format).reduce("", (a, b) -> a + b + "\n"));
  }

  @Test
  void unresolvableRef() {
    List<Diagnostic> errors = errorsOf("unresolvable-ref.yaml");
    assertEquals(1, errors.size(), errors.toString());
    assertHas(
        errors,
        "#/components/schemas/Gateway/properties/owner",
        10,
        "$ref #/components/schemas/Owner points at no schema");
    assertEquals("unresolvable-ref.yaml", errors.get(0).location().file());
  }

  @Test
  void missingReferencedFileNamesTheRef() {
    List<Diagnostic> errors = errorsOf("missing-file-ref.yaml");
    assertEquals(1, errors.size(), errors.toString());
    assertHas(
        errors,
        "#/components/schemas/Gateway/properties/owner/$ref",
        10,
        "unresolvable $ref: schemas/not-there.yaml#/Owner (file not found:");
  }

  /** Every problem must name its file exactly. */
  private static void assertAt(
      List<Diagnostic> found,
      Diagnostic.Severity severity,
      String file,
      String pointer,
      int line,
      String text) {
    assertTrue(
        found.stream()
            .anyMatch(
                d ->
                    d.severity() == severity
                        && file.equals(d.location().file())
                        && d.location().pointer().equals(pointer)
                        && d.location().line() == line
                        && d.message().contains(text)),
        "expected a "
            + severity
            + " at "
            + file
            + ":"
            + line
            + " "
            + pointer
            + " containing '"
            + text
            + "' in\n"
            + found.stream().map(Diagnostic::format).reduce("", (a, b) -> a + b + "\n"));
  }

  @Test
  void problemsInsideReferencedFilesAreReportedWhereTheyAreWritten() {
    GenerationFailedException e =
        assertThrows(
            GenerationFailedException.class,
            () ->
                new SpecPoetGenerator()
                    .generate(
                        TestSupport.options(
                            BROKEN.resolve("multi-problems/root.yaml"),
                            tmp.resolve("out"),
                            "a.b",
                            true,
                            true)));
    List<Diagnostic> all = e.diagnostics();
    assertEquals(3, all.size(), e.getMessage());
    // a path item written in paths/gateway.yaml (#/paths/~1gateways~1{id} in the resolved document)
    assertAt(
        all,
        Diagnostic.Severity.ERROR,
        "paths/gateway.yaml",
        "#/get/parameters/0",
        4,
        "path parameter 'gateway_id' does not appear in the path template /gateways/{id}");
    assertAt(
        all,
        Diagnostic.Severity.ERROR,
        "paths/gateway.yaml",
        "#/get",
        1,
        "path template variable {id}");
    // a schema written in schemas/gateway.yaml (#/components/schemas/Gateway in the resolved
    // document)
    assertAt(
        all,
        Diagnostic.Severity.WARNING,
        "schemas/gateway.yaml",
        "#/Gateway/properties/ratio",
        6,
        "number enums are not supported");
    assertTrue(
        e.getMessage().contains("ERROR paths/gateway.yaml:4 #/get/parameters/0: "), e.getMessage());
  }

  @Test
  void aMissingTargetInsideAReferencedFileIsReportedAtItsRef() {
    List<Diagnostic> errors = errorsOf("multi-missing-target/root.yaml");
    assertEquals(1, errors.size(), errors.toString());
    assertAt(
        errors,
        Diagnostic.Severity.ERROR,
        "schemas/gateway.yaml",
        "#/Gateway/properties/owner/$ref",
        5,
        "Could not find Nope in contents of ./schemas/owner.yaml");
  }

  @Test
  void badYamlNamesTheLine() {
    List<Diagnostic> errors = errorsOf("bad-yaml.yaml");
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).message().startsWith("not valid YAML"), errors.get(0).message());
    assertTrue(errors.get(0).location().line() >= 7, errors.get(0).format());
  }

  @Test
  void duplicateOperationIdNamesBothPlaces() {
    List<Diagnostic> errors = errorsOf("duplicate-operation-id.yaml");
    assertEquals(1, errors.size(), errors.toString());
    assertHas(
        errors,
        "#/paths/~1b/get",
        9,
        "duplicate operationId 'list' (first used at duplicate-operation-id.yaml:5 #/paths/~1a/get)");
  }

  @Test
  void pathParametersMustMatchTheTemplate() {
    List<Diagnostic> errors = errorsOf("missing-path-param.yaml");
    assertEquals(2, errors.size(), errors.toString());
    assertHas(
        errors,
        "#/paths/~1accounts~1{account_id}~1gateways/get/parameters/0",
        8,
        "path parameter 'gateway_id' does not appear in the path template");
    assertHas(
        errors,
        "#/paths/~1accounts~1{account_id}~1gateways/get",
        5,
        "path template variable {account_id} of /accounts/{account_id}/gateways has no path parameter");
  }

  @Test
  void aPathLevelParameterIsReportedOnceWhereItIsWritten() {
    List<Diagnostic> errors = errorsOf("path-level-param.yaml");
    assertEquals(1, errors.size(), errors.toString());
    assertHas(
        errors,
        "#/paths/~1accounts~1{account_id}/parameters/1",
        9,
        "path parameter 'gateway_id' does not appear in the path template");
  }

  @Test
  void everyProblemIsReportedInOneRun() {
    GenerationFailedException e =
        assertThrows(
            GenerationFailedException.class,
            () ->
                new SpecPoetGenerator()
                    .generate(
                        TestSupport.options(
                            BROKEN.resolve("several.yaml"),
                            tmp.resolve("out"),
                            "a.b",
                            false,
                            true)));
    List<Diagnostic> errors =
        e.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
    assertEquals(4, errors.size(), e.getMessage());
    assertHas(errors, "#/components/schemas/Thing/properties/other", 22, "AlsoMissing");
    assertHas(errors, "#/paths/~1a~1{id}/get", 5, "{id}");
    assertHas(
        errors,
        "#/paths/~1a~1{id}/get/responses/200/content/application~1json/schema",
        12,
        "Missing");
    assertHas(errors, "#/paths/~1b/get", 14, "duplicate operationId 'get-a'");
    assertTrue(
        e.diagnostics().stream()
            .anyMatch(
                d ->
                    d.severity() == Diagnostic.Severity.WARNING
                        && d.message().contains("oneOf/anyOf inside allOf")),
        "the degraded construct is a warning");
    assertTrue(e.getMessage().startsWith("4 errors in the OpenAPI input:"), e.getMessage());
  }

  @Test
  void inheritanceByDiscriminatorIsAWarning() throws Exception {
    GenerationResult r =
        new SpecPoetGenerator()
            .generate(
                TestSupport.options(
                    GoldenTest.GOLDEN.resolve("allof/spec.yaml"),
                    tmp.resolve("out"),
                    "a.b",
                    false));
    assertEquals(1, r.warnings().size(), r.warnings().toString());
    Diagnostic w = r.warnings().get(0);
    assertEquals("#/components/schemas/Pet/discriminator", w.location().pointer());
    assertTrue(w.location().line() > 0);
    assertTrue(w.message().contains("Pet is a plain class"), w.message());
  }

  /**
   * Each keyword the model cannot express is a located warning, not a silent JsonNode or a dropped
   * constraint.
   */
  @Test
  void unsupportedJsonSchemaKeywordsAreLocatedWarnings() throws Exception {
    Path spec = TestSupport.TEST_RESOURCES.resolve("degraded/unsupported-31.yaml");
    GenerationResult r =
        new SpecPoetGenerator()
            .generate(TestSupport.options(spec, tmp.resolve("out"), "a.b", false));
    List<Diagnostic> w = r.warnings();
    String file = "unsupported-31.yaml";
    String thing = "#/components/schemas/Thing/properties/";
    assertAt(
        w,
        Diagnostic.Severity.WARNING,
        file,
        thing + "notString/not",
        12,
        "'not' is not supported");
    assertAt(
        w,
        Diagnostic.Severity.WARNING,
        file,
        thing + "pair/prefixItems",
        15,
        "'prefixItems' (a tuple) is not supported: the elements are read as free-form JSON");
    assertAt(
        w,
        Diagnostic.Severity.WARNING,
        file,
        thing + "cond/if",
        18,
        "'if'/'then'/'else' is not supported");
    assertAt(
        w,
        Diagnostic.Severity.WARNING,
        file,
        thing + "labels/patternProperties",
        22,
        "'patternProperties'");
    assertAt(
        w,
        Diagnostic.Severity.WARNING,
        file,
        thing + "strict/unevaluatedProperties",
        27,
        "'unevaluatedProperties'");
    assertAt(
        w,
        Diagnostic.Severity.WARNING,
        file,
        thing + "deps/dependentSchemas",
        30,
        "'dependentSchemas'");
    assertAt(
        w,
        Diagnostic.Severity.WARNING,
        file,
        thing + "needs/dependentRequired",
        34,
        "'dependentRequired'");
    assertAt(w, Diagnostic.Severity.WARNING, file, thing + "some/contains", 39, "'contains'");
    assertAt(
        w, Diagnostic.Severity.WARNING, file, thing + "keys/propertyNames", 42, "'propertyNames'");
    assertAt(
        w,
        Diagnostic.Severity.WARNING,
        file,
        "#/components/schemas/Mixed/allOf/1/not",
        47,
        "'not'");
    assertEquals(10, w.size(), w.toString());
    String thingJava = TestSupport.render(spec, "a.b", false).get("a/b/models/Thing.java");
    assertTrue(
        thingJava.contains("private final List<JsonNode> pair;"),
        "a tuple is a list of free-form JSON");
  }

  @Test
  void missingInputIsADiagnosticNotAStackTrace() {
    List<Diagnostic> errors = errorsOf("does-not-exist.yaml");
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).message().startsWith("input file not found"), errors.get(0).message());
  }

  @Test
  void badPackageNameIsReported() {
    GenerationFailedException e =
        assertThrows(
            GenerationFailedException.class,
            () ->
                new SpecPoetGenerator()
                    .generate(
                        TestSupport.options(
                            GoldenTest.GOLDEN.resolve("enums/spec.yaml"),
                            tmp.resolve("out"),
                            "com.class.x",
                            false)));
    assertTrue(
        e.getMessage().contains("'com.class.x' is not a valid Java package name"), e.getMessage());
  }

  @Test
  void aFailedRunLeavesThePreviousOutputIntact() throws Exception {
    Path out = tmp.resolve("out");
    new SpecPoetGenerator()
        .generate(
            TestSupport.options(GoldenTest.GOLDEN.resolve("enums/spec.yaml"), out, "a.b", false));
    Map<String, String> before = snapshot(out);
    assertTrue(before.size() > 1);
    assertThrows(
        GenerationFailedException.class,
        () ->
            new SpecPoetGenerator()
                .generate(
                    TestSupport.options(BROKEN.resolve("several.yaml"), out, "a.b", false, true)));
    assertEquals(before, snapshot(out));
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(
          List.of("out"),
          siblings.map(p -> p.getFileName().toString()).toList(),
          "no temporary directories left");
    }
  }

  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}
