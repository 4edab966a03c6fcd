package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.specpoet.generator.testing.TestSupport;
import dev.specpoet.runtime.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files: one small spec per construct under {@code
 * src/test/resources/golden/<case>/spec.yaml}, the expected sources under {@code
 * golden/<case>/expected/} (types only, unless the case's {@code options.properties} says {@code
 * generateServices=true}: then services, params, pages and the client too, from the spec's own
 * groups, envelopes, pagination and parameter styles; {@code shareNestedShapes=true} sets that
 * option). Each case is also compiled against the runtime, and the JSON samples of {@code
 * golden/<case>/roundtrip.json} are read into the generated classes, written back and read again:
 * the JSON must come back unchanged (unknown fields, enum values and union variants included) and
 * the two objects must be equal.
 *
 * <p>To regenerate the expected files after an intended change, run {@code mvn -o -pl generator
 * verify -Dspecpoet.updateGoldens=true} and review the diff.
 */
class GoldenTest {
  static final Path GOLDEN = TestSupport.TEST_RESOURCES.resolve("golden");
  static final boolean UPDATE = Boolean.getBoolean("specpoet.updateGoldens");

  static String packageOf(String caseName) {
    return "com.example." + caseName.replace('-', '_');
  }

  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @TestFactory
  List<DynamicTest> goldenSources() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String c : cases()) {
      tests.add(DynamicTest.dynamicTest(c, () -> checkGolden(c)));
    }
    return tests;
  }

  @TestFactory
  List<DynamicTest> compilesAndRoundTrips() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String c : cases()) {
      tests.add(DynamicTest.dynamicTest(c, () -> compileAndRoundTrip(c)));
    }
    return tests;
  }

  static Map<String, String> render(String c) throws GenerationFailedException, IOException {
    java.util.Properties p = caseOptions(c);
    GeneratorOptions options =
        GeneratorOptions.builder()
            .input(GOLDEN.resolve(c).resolve("spec.yaml"))
            .outputDirectory(Path.of("unused-output"))
            .basePackage(packageOf(c))
            .generateServices(Boolean.parseBoolean(p.getProperty("generateServices", "false")))
            .shareNestedShapes(Boolean.parseBoolean(p.getProperty("shareNestedShapes", "false")))
            .build();
    return new SpecPoetGenerator().render(options);
  }

  /**
   * A case's {@code options.properties}: {@code generateServices=true} generates params, services,
   * pages and the client too (the others are types only); {@code shareNestedShapes=true} turns that
   * option on.
   */
  static java.util.Properties caseOptions(String c) throws IOException {
    Path options = GOLDEN.resolve(c).resolve("options.properties");
    java.util.Properties p = new java.util.Properties();
    if (Files.exists(options)) {
      try (var in = Files.newBufferedReader(options, StandardCharsets.UTF_8)) {
        p.load(in);
      }
    }
    return p;
  }

  private static void checkGolden(String c) throws Exception {
    Map<String, String> actual = render(c);
    Path expectedDir = GOLDEN.resolve(c).resolve("expected");
    if (UPDATE) {
      if (Files.exists(expectedDir)) {
        try (Stream<Path> walk = Files.walk(expectedDir)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Path target = expectedDir.resolve(e.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
      }
      return;
    }
    Map<String, String> expected = new TreeMap<>();
    if (!Files.exists(expectedDir)) {
      fail("no golden files for " + c + "; run with -Dspecpoet.updateGoldens=true");
    }
    try (Stream<Path> walk = Files.walk(expectedDir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        expected.put(expectedDir.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    assertEquals(expected.keySet(), actual.keySet(), c + ": the set of generated files changed");
    for (String path : expected.keySet()) {
      assertEquals(
          expected.get(path), actual.get(path), c + ": " + path + " differs from its golden file");
    }
  }

  private static void compileAndRoundTrip(String c) throws Exception {
    Map<String, String> sources = render(c);
    Compilation compilation = TestSupport.compile(sources);
    String errors =
        compilation.diagnostics().stream()
            .filter(
                d ->
                    d.getKind() == Diagnostic.Kind.ERROR
                        || (d.getKind() == Diagnostic.Kind.WARNING
                                || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                            && !String.valueOf(d.getMessage(null)).contains("deprecat"))
            .map(
                d ->
                    d.getKind()
                        + " "
                        + d.getSource()
                        + ":"
                        + d.getLineNumber()
                        + " "
                        + d.getMessage(null))
            .collect(Collectors.joining("\n"));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), errors);
    assertEquals("", errors, c + ": javac warnings");

    Path samples = GOLDEN.resolve(c).resolve("roundtrip.json");
    if (!Files.exists(samples)) {
      return;
    }
    ClassLoader loader = TestSupport.load(compilation);
    ObjectMapper mapper = Json.mapper();
    JsonNode list = new ObjectMapper().readTree(samples.toFile());
    assertTrue(list.size() > 0);
    for (JsonNode sample : list) {
      Class<?> type =
          Class.forName(packageOf(c) + ".models." + sample.get("type").asText(), true, loader);
      roundTrip(mapper, type, sample.get("json"));
    }
  }

  /** parse, write, parse: the JSON is unchanged and both objects are equal. */
  static Object roundTrip(ObjectMapper mapper, Class<?> type, JsonNode json) throws IOException {
    Object first = mapper.treeToValue(json, type);
    String written = mapper.writeValueAsString(first);
    JsonNode back = mapper.readTree(written);
    assertEquals(
        normalise(json), normalise(back), type.getSimpleName() + ": JSON changed in a round trip");
    Object second = mapper.readValue(written, type);
    assertEquals(first, second, type.getSimpleName() + ": not equal after a round trip");
    assertEquals(first.hashCode(), second.hashCode());
    return first;
  }

  /** Numbers compared by value (1.0 == 1), and date-times compared as the same instant text. */
  static JsonNode normalise(JsonNode n) {
    if (n.isNumber()) {
      return Json.mapper().getNodeFactory().numberNode(n.decimalValue().stripTrailingZeros());
    }
    if (n.isObject()) {
      var o = Json.mapper().createObjectNode();
      n.properties().forEach(e -> o.set(e.getKey(), normalise(e.getValue())));
      return o;
    }
    if (n.isArray()) {
      var a = Json.mapper().createArrayNode();
      n.forEach(e -> a.add(normalise(e)));
      return a;
    }
    return n;
  }
}
