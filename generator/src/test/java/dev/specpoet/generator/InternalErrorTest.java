package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.load.SpecLoader;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.modelbuild.ModelBuilder;
import dev.specpoet.generator.names.DefaultJavaNames;
import dev.specpoet.generator.testing.TestSupport;
import dev.specpoet.generator.write.SourceWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug in an emitter reaches the user as one ERROR naming the schema or operation it hit, with
 * "internal error, please report", never as a stack trace (the real-world corpus must never see
 * one). Emitters emit one type at a time, so the element is the unit being emitted.
 */
class InternalErrorTest {
  @TempDir Path tmp;

  private EmitContext ctx;

  @BeforeEach
  void model() {
    Path spec = TestSupport.resourceFile("/corpus-regressions/ref-in-example-value.yaml", tmp);
    ApiModel model = ModelBuilder.build(new SpecLoader().load(spec)).model();
    ctx = new EmitContext(model, new DefaultJavaNames(model, "com.example.internal", null));
  }

  /** An emitter over some units that fails on those {@code fails} picks. */
  private static <U> Emitter<U> failing(
      Function<EmitContext, List<U>> units,
      Function<U, SourceLocation> source,
      Predicate<U> fails,
      Runnable failure) {
    return new Emitter<>() {
      @Override
      public List<U> units(EmitContext ctx) {
        return units.apply(ctx);
      }

      @Override
      public SourceLocation source(U unit, EmitContext ctx) {
        return source.apply(unit);
      }

      @Override
      public EmittedType emit(U unit, EmitContext ctx) {
        if (fails.test(unit)) {
          failure.run();
        }
        return new EmittedType(
            unit.toString(), null, "p", TypeSpec.classBuilder("X").build(), source(unit, ctx));
      }
    };
  }

  private Diagnostic failure(Emitter<?> emitter) {
    GenerationFailedException e =
        assertThrows(
            GenerationFailedException.class,
            () -> SpecPoetGenerator.emit(List.of(emitter), ctx, List.of()));
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    assertTrue(d.message().startsWith("internal error, please report"), d.format());
    assertTrue(d.hint().contains("report"), d.format());
    return d;
  }

  private static Emitter<TypeDef> failingOnType(String id, Runnable failure) {
    return failing(c -> c.model().types(), TypeDef::source, t -> t.id().equals(id), failure);
  }

  @Test
  void anEmitterThatFailsOnOneSchemaNamesThatSchema() {
    Diagnostic d =
        failure(
            failingOnType(
                "#/components/schemas/Sample",
                () -> {
                  throw new IllegalArgumentException("unused arguments");
                }));
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
            failing(
                c -> c.model().operations(),
                Operation::source,
                op -> op.operationId().equals("getStats"),
                () -> {
                  throw new IllegalStateException("no response type");
                }));
    Operation op =
        ctx.model().operations().stream()
            .filter(o -> o.operationId().equals("getStats"))
            .findFirst()
            .orElseThrow();
    assertEquals(op.source(), d.location());
    assertTrue(d.location().pointer().startsWith("#/paths/~1stats/get"), d.format());
  }

  @Test
  void aStackOverflowIsReportedToo() {
    Diagnostic d = failure(failingOnType("#/components/schemas/Stats", () -> recurse(0)));
    assertEquals("#/components/schemas/Stats", d.location().pointer(), d.format());
    assertTrue(d.message().contains("StackOverflowError"), d.message());
  }

  @Test
  void aFailureToListTheUnitsNamesTheSpec() {
    Diagnostic d =
        failure(
            failing(
                c -> {
                  throw new IllegalStateException("no units");
                },
                (Object u) -> null,
                u -> false,
                () -> {}));
    assertEquals(SourceLocation.of("ref-in-example-value.yaml", "#"), d.location());
  }

  /** Two types for one file: the writer names the type that could not be written. */
  @Test
  void aTypeTheWriterCannotRenderIsNamed() {
    SourceLocation first = SourceLocation.of("a.yaml", "#/components/schemas/A");
    SourceLocation second = SourceLocation.of("a.yaml", "#/components/schemas/a");
    List<EmittedType> types =
        List.of(
            new EmittedType("a1", null, "p", TypeSpec.classBuilder("A").build(), first),
            new EmittedType("a2", null, "p", TypeSpec.classBuilder("A").build(), second));
    SourceWriter.RenderException e =
        assertThrows(
            SourceWriter.RenderException.class, () -> new SourceWriter().render(types, "a.yaml"));
    assertEquals(second, e.source());
    assertTrue(e.getCause().getMessage().contains("two types would be written to p/A.java"));
  }

  private static void recurse(int depth) {
    if (depth < Integer.MAX_VALUE) {
      recurse(depth + 1);
    }
  }
}
