package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.load.SpecLoader;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.modelbuild.ModelBuilder;
import dev.specpoet.generator.names.DefaultJavaNames;
import dev.specpoet.generator.testing.TestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug in an emitter reaches the user as one ERROR naming the schema or operation it hit, with
 * "internal error, please report", never as a stack trace (the real-world corpus must never see
 * one).
 */
class InternalErrorTest {
  @TempDir Path tmp;

  private ApiModel model;
  private DefaultJavaNames names;
  private final SourceLocation root = SourceLocation.of("ref-in-example-value.yaml", "#");

  @BeforeEach
  void model() {
    Path spec = TestSupport.resourceFile("/corpus-regressions/ref-in-example-value.yaml", tmp);
    model = ModelBuilder.build(new SpecLoader().load(spec)).model();
    names = new DefaultJavaNames(model, "com.example.internal", null);
  }

  private Diagnostic failure(Emitter emitter) {
    GenerationFailedException e =
        assertThrows(
            GenerationFailedException.class,
            () -> SpecPoetGenerator.emit(List.of(emitter), model, names, List.of(), root));
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    assertTrue(d.message().startsWith("internal error, please report"), d.format());
    assertTrue(d.hint().contains("report"), d.format());
    return d;
  }

  private static boolean hasType(ApiModel m, String id) {
    return m.types().stream().anyMatch(t -> t.id().equals(id));
  }

  private static List<Operation> operations(Resource r) {
    List<Operation> out = new ArrayList<>(r.operations());
    r.children().forEach(c -> out.addAll(operations(c)));
    return out;
  }

  @Test
  void anEmitterThatFailsOnOneSchemaNamesThatSchema() {
    Diagnostic d =
        failure(
            (m, n) -> {
              if (hasType(m, "#/components/schemas/Sample")) {
                throw new IllegalArgumentException("unused arguments");
              }
              return List.<EmittedType>of();
            });
    assertEquals("#/components/schemas/Sample", d.location().pointer(), d.format());
    assertEquals("ref-in-example-value.yaml", d.location().file());
    assertTrue(d.message().contains("IllegalArgumentException: unused arguments"), d.message());
    assertTrue(
        d.message().contains("InternalErrorTest"),
        "names the first SpecPoet frame: " + d.message());
  }

  @Test
  void anEmitterThatFailsOnOneOperationNamesThatOperation() {
    Diagnostic d =
        failure(
            (m, n) -> {
              if (operations(m.root()).stream().anyMatch(o -> o.operationId().equals("getStats"))) {
                throw new IllegalStateException("no response type");
              }
              return List.<EmittedType>of();
            });
    Operation op = operations(model.root()).get(0);
    assertEquals(op.source(), d.location());
    assertTrue(d.location().pointer().startsWith("#/paths/~1stats/get"), d.format());
  }

  @Test
  void aStackOverflowIsReportedToo() {
    Diagnostic d =
        failure(
            (m, n) -> {
              for (TypeDef t : m.types()) {
                if (t.id().equals("#/components/schemas/Stats")) {
                  return recurse(0);
                }
              }
              return List.<EmittedType>of();
            });
    assertEquals("#/components/schemas/Stats", d.location().pointer(), d.format());
    assertTrue(d.message().contains("StackOverflowError"), d.message());
  }

  @Test
  void aFailureNoSingleElementReproducesNamesTheSpec() {
    Diagnostic d =
        failure(
            (m, n) -> {
              if (m.types().size() > 1) {
                throw new IllegalStateException("two types would be written to X.java");
              }
              return List.<EmittedType>of();
            });
    assertEquals(root, d.location());
  }

  private static List<EmittedType> recurse(int depth) {
    return depth < Integer.MAX_VALUE ? recurse(depth + 1) : List.of();
  }
}
