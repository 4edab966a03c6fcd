package dev.specpoet.generator.corpus;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GenerationResult;
import dev.specpoet.generator.SpecPoetGenerator;
import dev.specpoet.generator.cli.Main;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.testing.TestSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small reproductions of what the real-world corpus ({@link RealWorldSpecsIT}) found, one spec each
 * under {@code src/test/resources/corpus-regressions/}: they run in every build, in milliseconds.
 */
class CorpusRegressionsTest {
  @TempDir Path tmp;

  private Path spec(String name) {
    Path p = TestSupport.resourceFile("/corpus-regressions/" + name, tmp);
    assertNotNull(p, "missing test resource corpus-regressions/" + name);
    return p;
  }

  private static Compilation generateAndCompile(Path spec, String pkg)
      throws GenerationFailedException {
    Map<String, String> files = TestSupport.render(spec, pkg, true);
    Compilation compilation = TestSupport.compile(files);
    assertThat(compilation).succeeded();
    return compilation;
  }

  /**
   * ghec.json: {@code $ref} keys inside example values, defaults and extensions are data; a
   * property named {@code example} or {@code default} is still a schema whose {@code $ref} is
   * followed.
   */
  @Test
  void refKeysInsideLiteralValuesAreData() throws Exception {
    Map<String, String> files =
        TestSupport.render(spec("ref-in-example-value.yaml"), "com.example.refs", true);
    String stats = files.get("com/example/refs/models/Stats.java");
    assertNotNull(stats, files.keySet().toString());
    assertTrue(stats.contains("Optional<Sample> example()"), stats);
    assertTrue(
        stats.contains("Optional<Sample> default_()") || stats.contains("Optional<Sample> default"),
        stats);
    generateAndCompile(spec("ref-in-example-value.yaml"), "com.example.refs");
  }

  /**
   * @readme/oas-examples 2.0: a Swagger 2.0 file is refused at {@code #/swagger}, saying so and
   *     what to do.
   */
  @Test
  void swagger2IsRefusedWithAMessageThatSaysSo() {
    GenerationFailedException e =
        assertThrows(
            GenerationFailedException.class,
            () -> TestSupport.render(spec("swagger-2.yaml"), "com.example.old", true));
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    assertEquals(new SourceLocation("swagger-2.yaml", "#/swagger", 3), d.location());
    assertTrue(d.message().contains("Swagger 2.0") && d.hint().contains("OpenAPI 3"), d.format());
  }

  /**
   * The CLI pointed at an unusable output directory: exit 1 and one ERROR line, not a stack trace.
   */
  @Test
  void cliReportsAnUnusableOutputDirectoryWithoutAStackTrace() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path fsRoot = tmp.getRoot();
    int status =
        Main.run(
            new String[] {
              "--input",
              spec("ref-in-example-value.yaml").toString(),
              "--output",
              fsRoot.toString(),
              "--package",
              "com.example.cli"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, status, text);
    assertTrue(text.startsWith("ERROR ") && text.contains("file-system root"), text);
    assertFalse(text.contains("\tat "), text);
  }

  /**
   * An enum of 3,000 values: the constants, {@code of()} and {@code known()} of one class would
   * exceed the JVM's 64 KB per method ("code too large"). The first 2,000 get constants, with a
   * warning; the others are still accepted and kept, as any unlisted value is.
   */
  @Test
  void aHugeEnumStillCompiles() throws Exception {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      values.append(i == 0 ? "" : ", ").append("\"value_").append(i).append('"');
    }
    Path spec = tmp.resolve("huge-enum.json");
    Files.writeString(
        spec,
        "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"Codes\", \"version\": \"1\"}, \"paths\": {},"
            + " \"components\": {\"schemas\": {\"Code\": {\"type\": \"string\", \"enum\": ["
            + values
            + "]}}}}");
    GenerationResult result =
        new SpecPoetGenerator()
            .generate(TestSupport.options(spec, tmp.resolve("out"), "com.example.codes", false));
    assertTrue(
        result.warnings().stream()
            .anyMatch(
                w ->
                    w.location().pointer().equals("#/components/schemas/Code/enum")
                        && w.message().contains("3000 values")
                        && w.message().contains("2000")),
        result.warnings().toString());
    Map<String, String> files = TestSupport.render(spec, "com.example.codes", false);
    String code = files.get("com/example/codes/models/Code.java");
    assertTrue(
        code.contains("VALUE_1999 ") && !code.contains("VALUE_2000 "), "constants stop at the cap");
    assertThat(TestSupport.compile(files)).succeeded();
  }

  /**
   * ghec.json: a response that is a union is not read as an envelope object, so it draws no "allOf
   * with the union" warning; an allOf of a union and more properties is a union of each alternative
   * with those properties.
   */
  @Test
  void aUnionResponseIsNoAllOfWarning() throws Exception {
    Path spec = spec("union-response.yaml");
    GenerationResult result =
        new SpecPoetGenerator()
            .generate(TestSupport.options(spec, tmp.resolve("out"), "com.example.unions", true));
    assertEquals(List.of(), result.warnings());
    Map<String, String> files = TestSupport.render(spec, "com.example.unions", true);
    String member = files.get("com/example/unions/models/Member.java");
    assertNotNull(member, files.keySet().toString());
    assertTrue(
        member.contains("sealed interface Member permits Member.User, Member.Team, Member.Unknown"),
        member);
    assertEquals(2, member.split("public Optional<String> since\\(\\)", -1).length - 1, member);
    generateAndCompile(spec, "com.example.unions");
  }

  /**
   * A derived operationId (GET / is 'get') gives way to a declared one and to other derived ones.
   */
  @Test
  void derivedOperationIdsDoNotCollideWithDeclaredOnes() throws Exception {
    GenerationResult result =
        new SpecPoetGenerator()
            .generate(
                TestSupport.options(
                    spec("derived-operation-id.yaml"),
                    tmp.resolve("out"),
                    "com.example.derived",
                    true));
    assertEquals(4, result.operations());
    generateAndCompile(spec("derived-operation-id.yaml"), "com.example.derived");
  }

  /**
   * A missing target outside #/components is reported at the $ref that names it, not at the
   * document root.
   */
  @Test
  void aMissingLocalRefIsReportedAtTheRef() throws Exception {
    Path spec = spec("missing-local-ref.yaml");
    SourceLocation ref =
        new SourceLocation(
            "missing-local-ref.yaml", "#/components/schemas/Thing/properties/local/$ref", 15);
    // a repair: the value is free-form JSON, with a warning at the $ref
    GenerationResult r =
        new SpecPoetGenerator()
            .generate(TestSupport.options(spec, tmp.resolve("out"), "com.example.local", true));
    assertEquals(ref, r.warnings().get(0).location(), r.warnings().toString());
    assertEquals(Repair.MISSING_SCHEMA, r.warnings().get(0).repair());
    // strict: the same place, as an error
    GenerationFailedException e =
        assertThrows(
            GenerationFailedException.class,
            () ->
                new SpecPoetGenerator()
                    .render(
                        TestSupport.options(
                            spec, tmp.resolve("out2"), "com.example.local", true, true)));
    Diagnostic d =
        e.diagnostics().stream()
            .filter(x -> x.severity() == Diagnostic.Severity.ERROR)
            .findFirst()
            .orElseThrow();
    assertEquals(ref, d.location(), e.getMessage());
  }

  /**
   * galaxy 3.1: a required writeOnly body property is Optional on the body model (a server never
   * sends it back) but required on the params; the params read it from the body, and take it from a
   * body given whole, without a type mismatch.
   */
  @Test
  void aRequiredWriteOnlyBodyPropertyCompilesInParams() throws Exception {
    Map<String, String> files =
        TestSupport.render(spec("write-only-body-property.yaml"), "com.example.wo", true);
    assertThat(TestSupport.compile(files)).succeeded();
    String credentials = files.get("com/example/wo/models/Credentials.java");
    assertNotNull(credentials, files.keySet().toString());
    assertTrue(credentials.contains("public Optional<String> password()"), credentials);
  }

  /**
   * readme.yaml 3.1 (the contract harness): an {@code allOf} of scalars of one type is that scalar,
   * in a property, a request body property and a component schema; no class is made for it.
   */
  @Test
  void anAllOfOfScalarsIsThatScalar() throws Exception {
    Map<String, String> files =
        TestSupport.render(spec("scalar-all-of.yaml"), "com.example.scalars", true);
    assertThat(TestSupport.compile(files)).succeeded();
    String guide = files.get("com/example/scalars/models/Guide.java");
    assertNotNull(guide, files.keySet().toString());
    assertTrue(guide.contains("public String slug()"), guide);
    assertTrue(guide.contains("public Optional<String> label()"), guide);
    assertTrue(guide.contains("public Optional<Integer> position()"), guide);
    assertFalse(
        files.keySet().stream().anyMatch(f -> f.endsWith("/Label.java")),
        files.keySet().toString());
    assertFalse(
        files.values().stream().anyMatch(f -> f.contains("class Slug")), files.keySet().toString());
    String params = files.get("com/example/scalars/models/CreateGuideParams.java");
    assertNotNull(params, files.keySet().toString());
    assertTrue(params.contains("public String slug()"), params);
  }
}
