package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.specpoet.generator.testing.TestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every small spec of the generator's golden suite ({@code
 * src/test/resources/golden/<case>/spec.yaml}: unions, allOf, recursion, naming clashes, OpenAPI
 * 3.1 ...) generated WITH params, services and clients compiles without lint warnings, and so do
 * the service edge cases under {@code src/test/resources/specs}: the service emitters hold up on
 * shapes other than the AI Gateway's.
 */
class ServicesOverSpecsTest {

  @TestFactory
  Stream<DynamicTest> everyGoldenSpecCompilesWithServices() throws IOException {
    Path root = Path.of("src", "test", "resources", "golden");
    List<Path> specs;
    try (Stream<Path> dirs = Files.list(root)) {
      specs =
          new ArrayList<>(
              dirs.map(d -> d.resolve("spec.yaml")).filter(Files::isRegularFile).sorted().toList());
    }
    assertTrue(specs.size() >= 5, "the golden specs are where this test looks: " + specs);
    try (Stream<Path> own = Files.list(TestSupport.TEST_RESOURCES.resolve("specs"))) {
      specs.addAll(own.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
    }
    return specs.stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    name(spec),
                    () -> {
                      GeneratorOptions options =
                          GeneratorOptions.builder()
                              .input(spec)
                              .outputDirectory(Path.of("unused-output"))
                              .basePackage("com.example.services." + name(spec).replace('-', '_'))
                              .generateServices(true)
                              .build();
                      Map<String, String> files = new SpecPoetGenerator().render(options);
                      Compilation compilation = TestSupport.compile(files);
                      String problems =
                          compilation.diagnostics().stream()
                              .map(Object::toString)
                              .limit(20)
                              .collect(Collectors.joining("\n"));
                      assertEquals(Compilation.Status.SUCCESS, compilation.status(), problems);
                      assertEquals(0, compilation.warnings().size(), problems);
                    }));
  }

  private static String name(Path spec) {
    String file = spec.getFileName().toString();
    return file.equals("spec.yaml")
        ? spec.getParent().getFileName().toString()
        : file.replace(".yaml", "");
  }
}
