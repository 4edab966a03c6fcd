package dev.specpoet.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.generator.testing.TestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile inputs (src/test/resources/bad-input, and the huge ones written here), run
 * through the CLI in-process: each gives the diagnostic it must (the place: file, line, pointer;
 * what is wrong; what to do), no stack trace, and nothing written outside the output directory. A
 * refused input exits 1 and leaves no output directory; an input the generator can read anyway
 * (with a warning, or hostile names) exits 0 and writes only under the output directory. {@link
 * BadInputIT} has the slowest case (a billion-laughs YAML).
 */
class BadInputTest {
  static final Path BAD = TestSupport.TEST_RESOURCES.resolve("bad-input");

  @TempDir Path tmp;

  /**
   * An input and what the CLI must say: {@code exit} 1 (refused) or 0 (read, with the {@code
   * expected} diagnostics as warnings); every text of {@code expected} appears in the output.
   */
  record Case(String name, String input, int exit, List<String> expected) {
    static Case refused(String file, String... expected) {
      return new Case(file, BAD.resolve(file).toString(), 1, List.of(expected));
    }

    static Case read(String file, String... expected) {
      return new Case(file, BAD.resolve(file).toString(), 0, List.of(expected));
    }
  }

  static List<Case> files() {
    return List.of(
        Case.refused(
            "invalid-yaml.yaml",
            "ERROR invalid-yaml.yaml:8 #: not valid YAML: while parsing a flow sequence",
            "(fix the syntax at this line)"),
        Case.refused(
            "tab-indent.yaml",
            "ERROR tab-indent.yaml:5 #: not valid YAML",
            "Do not use \\t(TAB) for indentation"),
        Case.refused(
            "invalid-json.json",
            "ERROR invalid-json.json:5 #: not valid JSON: Unexpected character ('}' (code 125)):"
                + " expected a value (fix the syntax at this line)"),
        Case.refused(
            "trailing-comma.json",
            "ERROR trailing-comma.json:5 #: not valid JSON",
            "was expecting double-quote to start field name"),
        Case.refused("empty.yaml", "ERROR empty.yaml:1 #: not valid YAML: the document is empty"),
        Case.refused(
            "not-an-object.yaml",
            "ERROR not-an-object.yaml:1 #: the document is a list, not a map (an OpenAPI document"
                + " is a map with openapi, info and paths at its root)"),
        Case.refused(
            "scalar.yaml", "ERROR scalar.yaml:1 #: the document is a single value, not a map"),
        Case.refused(
            "no-openapi-field.yaml",
            "ERROR no-openapi-field.yaml:1 #/openapi: attribute openapi is missing"),
        Case.refused(
            "openapi-4.yaml",
            "ERROR openapi-4.yaml #: not an OpenAPI 3.x document (the root needs an 'openapi:"
                + " 3.0.x' or 'openapi: 3.1.x' field)"),
        Case.refused(
            "swagger-2.yaml",
            "ERROR swagger-2.yaml:1 #/swagger: this is a Swagger 2.0 document; SpecPoet reads"
                + " OpenAPI 3.0 and 3.1 (convert it to OpenAPI 3 first"),
        // a missing file, and the document's other problems reported too
        Case.refused(
            "missing-file-and-more.yaml",
            "ERROR missing-file-and-more.yaml:11"
                + " #/paths/~1a/get/responses/200/content/application~1json/schema/$ref:"
                + " unresolvable $ref: missing.yaml#/Thing (file not found:",
            "(check the path, relative to the file that holds the $ref)",
            "WARNING missing-file-and-more.yaml:25 #/components/schemas/Odd: unsupported type"
                + " 'strange'",
            "WARNING missing-file-and-more.yaml:19 #/paths/~1b/post: duplicate operationId 'b'",
            "WARNING missing-file-and-more.yaml:15 #/paths/~1b/get/parameters/[x]/in:"),
        Case.refused(
            "missing-files.yaml",
            "ERROR missing-files.yaml:9 #/components/schemas/Thing/oneOf/0/$ref: unresolvable"
                + " $ref: missing-b.yaml#/B (file not found:",
            "WARNING missing-files.yaml:8 #/components/schemas/Thing/discriminator/mapping/x:"
                + " discriminator mapping 'x' points at other.yaml#/X, which is not there"),
        Case.refused(
            "ref-outside.yaml",
            "ERROR ref-outside.yaml:12"
                + " #/paths/~1a/get/responses/200/content/application~1json/schema/$ref:"
                + " unresolvable $ref: ../../../../../../etc/passwd (file not found:"),
        Case.refused(
            "remote-ref.yaml",
            "ERROR remote-ref.yaml:8 #/paths/~1a/get/responses/200/$ref: the $ref to"
                + " https://example.invalid/responses.yaml cannot be loaded (download the"
                + " referenced document next to the spec and point the $ref at the copy)"),
        Case.read(
            "ref-cycle.yaml",
            "WARNING ref-cycle.yaml:6 #/components/schemas/A: schema A refers only to itself; it"
                + " is read as free-form JSON"),
        Case.read(
            "ref-self.yaml",
            "WARNING ref-self.yaml:6 #/components/schemas/A: schema A refers only to itself"),
        Case.read(
            "unknown-type.yaml",
            "WARNING unknown-type.yaml:9 #/components/schemas/Thing/properties/size: unsupported"
                + " type 'bigint'; read as free-form JSON"),
        Case.read(
            "paths-not-a-map.yaml",
            "WARNING paths-not-a-map.yaml:3 #/paths: attribute paths is not of type `object`"),
        Case.read(
            "two-documents.yaml",
            "WARNING two-documents.yaml:1 #: expected a single document in the stream"),
        Case.read("byte-order-mark.json", "Generated 2 files", ", 0 warnings"),
        Case.read(
            "hostile-names.yaml",
            "WARNING hostile-names.yaml:3 #: components.schemas.Schema name ../../y doesn't"
                + " adhere to regular expression"));
  }

  @TestFactory
  Stream<DynamicTest> eachBrokenOrHostileFile() {
    return files().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, tmp)));
  }

  @TestFactory
  Stream<DynamicTest> hugeInputs() throws IOException {
    int depth = 10_000;
    Path deepJson = tmp.resolve("deep.json");
    Files.writeString(
        deepJson,
        "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{},"
            + "\"components\":{\"schemas\":{\"Deep\":"
            + "{\"type\":\"object\",\"properties\":{\"a\":".repeat(depth)
            + "{\"type\":\"string\"}"
            + "}}".repeat(depth)
            + "}}}");
    Path deepYaml = tmp.resolve("deep.yaml");
    Files.writeString(
        deepYaml,
        "openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n"
            + "    Deep: "
            + "{type: array, items: ".repeat(depth)
            + "{type: string}"
            + "}".repeat(depth)
            + "\n");
    Path big = tmp.resolve("big.json");
    try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write(
          "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\",\"description\":\"");
      String chunk = "x".repeat(1024);
      for (int i = 0; i < 50 * 1024; i++) {
        w.write(chunk);
      }
      w.write("\"},\"paths\":{}}");
    }
    String nesting = "exceeds the maximum allowed (1000";
    return Stream.of(
            new Case(
                "10,000-deep JSON",
                deepJson.toString(),
                1,
                List.of(
                    "ERROR deep.json #: not valid JSON: Document nesting depth (1001) " + nesting)),
            new Case(
                "10,000-deep YAML",
                deepYaml.toString(),
                1,
                List.of(
                    "ERROR deep.yaml #: not valid YAML: Document nesting depth (1001) " + nesting)),
            new Case(
                "50 MiB document",
                big.toString(),
                1,
                List.of(
                    "ERROR big.json #: the OpenAPI parser failed: String value length",
                    "exceeds the maximum allowed (20000000")))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, tmp)));
  }

  @TestFactory
  Stream<DynamicTest> badArguments() {
    return Stream.of(
            new Case(
                "missing input",
                tmp.resolve("nope.yaml").toString(),
                1,
                List.of("ERROR nope.yaml #: input file not found:", "(check the --input path")),
            new Case(
                "a directory as input",
                BAD.toString(),
                1,
                List.of("ERROR bad-input #: input is not a readable file:")))
        .map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c, tmp)));
  }

  /** Runs one case: the diagnostics, the exit status, no trace, no stray or partial output. */
  static void check(Case c, Path tmp) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "case");
    Path out = dir.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int status =
        Main.run(
            new String[] {"--input", c.input(), "--output", out.toString(), "--package", "a.b"},
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String text = stdout.toString(StandardCharsets.UTF_8) + stderr.toString(StandardCharsets.UTF_8);
    assertEquals(c.exit(), status, text);
    for (String e : c.expected()) {
      assertTrue(text.contains(e), "expected\n" + e + "\nin\n" + text);
    }
    assertFalse(text.contains("\tat ") || text.contains("Exception in thread"), text);
    List<Path> written = new ArrayList<>();
    try (Stream<Path> all = Files.walk(dir)) {
      all.filter(Files::isRegularFile).forEach(written::add);
    }
    if (c.exit() != 0) {
      assertEquals(List.of(), written, "a refused input wrote files");
      assertFalse(Files.exists(out), "a refused input left an output directory");
    } else {
      assertFalse(written.isEmpty(), text);
      for (Path p : written) {
        assertTrue(p.normalize().startsWith(out), p + " is outside the output directory");
      }
    }
  }
}
