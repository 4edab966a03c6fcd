package dev.specpoet.generator.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.specpoet.generator.SpecPoetGenerator;
import dev.specpoet.generator.testing.TestSupport;
import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The change report's Java verdicts checked against japicmp, a real API-compatibility checker: for
 * each kind of spec change, the client is generated and compiled for both versions, japicmp
 * compares the two sets of classes, and the report must agree with it on whether the change is
 * binary-breaking and whether it is source-breaking.
 */
class ChangeReportVsJapicmpTest {
  @TempDir static Path shared;
  @TempDir Path dir;

  private static File baseJar;

  static Stream<Arguments> edits() {
    return Stream.of(
        edit("optional property added", SpecEdits.OPTIONAL_RESPONSE_PROPERTY_ADDED),
        edit("required request property added", SpecEdits.REQUIRED_REQUEST_PROPERTY_ADDED),
        edit("operation renamed", SpecEdits.OPERATION_RENAMED),
        edit("operationId alone changed", SpecEdits.OPERATION_ID_ONLY_CHANGED),
        edit("operation removed", SpecEdits.OPERATION_REMOVED),
        edit("operation added", SpecEdits.OPERATION_ADDED),
        edit("property type Long -> Double", SpecEdits.PROPERTY_TYPE_CHANGED),
        edit("enum value added", SpecEdits.ENUM_VALUE_ADDED),
        edit("enum value removed", SpecEdits.ENUM_VALUE_REMOVED),
        edit("union variant added", SpecEdits.UNION_VARIANT_ADDED),
        edit("union variant removed", SpecEdits.UNION_VARIANT_REMOVED),
        edit("schema renamed", SpecEdits.SCHEMA_RENAMED),
        edit("required query parameter added", SpecEdits.REQUIRED_QUERY_PARAMETER_ADDED),
        edit("optional query parameter added", SpecEdits.OPTIONAL_QUERY_PARAMETER_ADDED),
        edit("response property made optional", SpecEdits.RESPONSE_PROPERTY_MADE_OPTIONAL),
        edit("route moved", SpecEdits.ROUTE_MOVED),
        edit("path parameter renamed", SpecEdits.PATH_PARAMETER_RENAMED),
        edit("required property made a constant", SpecEdits.REQUIRED_PROPERTY_MADE_CONSTANT));
  }

  private static Arguments edit(String name, UnaryOperator<String> edit) {
    return Arguments.of(Named.of(name, edit));
  }

  @BeforeAll
  static void compileBase() throws Exception {
    Path spec = shared.resolve("base.yaml");
    Files.writeString(spec, SpecEdits.base());
    baseJar = compileToJar(spec, shared.resolve("base.jar"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void theReportAgreesWithJapicmp(UnaryOperator<String> edit) throws Exception {
    ChangeReport report = SpecEdits.report(dir, edit);
    File newJar = compileToJar(dir.resolve("new.yaml"), dir.resolve("new.jar"));
    List<JApiClass> classes = japicmp(baseJar, newJar);

    List<String> binary = incompatibilities(classes, true);
    List<String> source = incompatibilities(classes, false);
    String context =
        ReportFormats.markdown(report)
            + "\njapicmp binary: "
            + binary
            + "\njapicmp source: "
            + source;
    assertEquals(
        !binary.isEmpty(),
        report.changes().stream().anyMatch(c -> c.java().binaryBreaking()),
        () -> "binary-breaking verdicts differ\n" + context);
    assertEquals(
        !source.isEmpty(),
        report.changes().stream().anyMatch(c -> c.java().sourceBreaking()),
        () -> "source-breaking verdicts differ\n" + context);
    if (binary.isEmpty() && source.isEmpty()) {
      // japicmp saw a compatible change: the report may still call it breaking at run time or on
      // the wire, never in the class files
      assertTrue(
          report.changes().stream()
              .noneMatch(c -> c.java().sourceBreaking() || c.java().binaryBreaking()),
          context);
    }
  }

  private static File compileToJar(Path spec, Path jar) throws Exception {
    Map<String, String> sources =
        new SpecPoetGenerator()
            .render(SpecEdits.options(spec, spec.resolveSibling("unused-output")));
    Compilation compilation = TestSupport.compile(sources);
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), compilation::toString);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : TestSupport.classFiles(compilation).entrySet()) {
        jarOut.putNextEntry(new JarEntry(e.getKey()));
        jarOut.write(e.getValue());
        jarOut.closeEntry();
      }
    }
    return jar.toFile();
  }

  private static List<JApiClass> japicmp(File before, File after) {
    JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
    options.setClassPathMode(JarArchiveComparatorOptions.ClassPathMode.ONE_COMMON_CLASSPATH);
    for (File f : TestSupport.runtimeClasspath()) {
      options.getClassPathEntries().add(f.getAbsolutePath());
    }
    return new JarArchiveComparator(options)
        .compare(new JApiCmpArchive(before, "1"), new JApiCmpArchive(after, "2"));
  }

  /** Every incompatible change japicmp found, as {@code class: CHANGE_TYPE} lines. */
  private static List<String> incompatibilities(List<JApiClass> classes, boolean binary) {
    List<String> out = new ArrayList<>();
    for (JApiClass c : classes) {
      if (binary ? c.isBinaryCompatible() : c.isSourceCompatible()) {
        continue;
      }
      List<JApiCompatibility> parts = new ArrayList<>();
      parts.add(c);
      parts.addAll(c.getMethods());
      parts.addAll(c.getConstructors());
      parts.addAll(c.getFields());
      parts.addAll(c.getInterfaces());
      for (JApiCompatibility part : parts) {
        for (JApiCompatibilityChange change : part.getCompatibilityChanges()) {
          if (binary ? !change.isBinaryCompatible() : !change.isSourceCompatible()) {
            out.add(c.getFullyQualifiedName() + ": " + change.getType());
          }
        }
      }
      if (out.isEmpty()) {
        out.add(c.getFullyQualifiedName() + ": (nested change)");
      }
    }
    return out;
  }
}
