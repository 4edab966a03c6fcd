package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.specpoet.generator.testing.TestSupport;
import dev.specpoet.runtime.json.Json;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What users may set through a builder: a constant is preset and not settable (yet Jackson still
 * reads it), and an optional member also takes an {@code Optional}.
 */
class BuilderSettersTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void aConstantCannotBeSetFromUserCode() throws Exception {
    Map<String, String> sources = new TreeMap<>(GoldenTest.render("union-implicit"));
    sources.put(
        "com/example/other/ConstSetter.java",
        TestSupport.read(
            TestSupport.TEST_RESOURCES.resolve(
                "drivers/union-implicit/com/example/other/ConstSetter.java")));
    Compilation compilation = TestSupport.compile(sources);
    assertEquals(Compilation.Status.FAILURE, compilation.status());
    String errors = compilation.errors().toString();
    assertTrue(errors.contains("type(java.lang.String) has private access"), errors);
    assertEquals(1, compilation.errors().size(), errors);
  }

  /**
   * The private setter is Jackson's way in: a value the server sends is read through it (not kept
   * as an unknown property), the preset one is used when the JSON lacks it, and both round-trip.
   */
  @Test
  void jacksonStillReadsAConstantThroughItsPrivateSetter() throws Exception {
    Compilation compilation = TestSupport.compile(GoldenTest.render("union-implicit"));
    assertEquals(Compilation.Status.SUCCESS, compilation.status());
    ClassLoader loader = TestSupport.load(compilation);
    Class<?> circle =
        Class.forName(
            GoldenTest.packageOf("union-implicit") + ".models.Shape$Circle", true, loader);
    Class<?> builder = Class.forName(circle.getName() + "$Builder", true, loader);
    Method setter = builder.getDeclaredMethod("type", String.class);
    assertTrue(Modifier.isPrivate(setter.getModifiers()), setter.toString());
    assertTrue(
        Arrays.stream(builder.getMethods()).noneMatch(m -> m.getName().equals("type")),
        "no public setter of the constant");

    Object sent = MAPPER.readValue("{\"type\":\"CIRCLE\",\"radius\":2}", circle);
    assertEquals("CIRCLE", circle.getMethod("type").invoke(sent));
    assertEquals(Map.of(), circle.getMethod("_additionalProperties").invoke(sent));
    assertEquals(
        MAPPER.readTree("{\"type\":\"CIRCLE\",\"radius\":2.0}"),
        MAPPER.readTree(MAPPER.writeValueAsString(sent)));
    GoldenTest.roundTrip(MAPPER, circle, MAPPER.readTree("{\"type\":\"circle\",\"radius\":2}"));

    Object preset = MAPPER.readValue("{\"radius\":2}", circle);
    assertEquals("circle", circle.getMethod("type").invoke(preset));
    Object built = circle.getMethod("builder").invoke(null);
    builder.getMethod("radius", double.class).invoke(built, 2.0);
    Object fromBuilder = builder.getMethod("build").invoke(built);
    assertEquals(preset, fromBuilder);
    Object copy = builder.getMethod("build").invoke(circle.getMethod("toBuilder").invoke(sent));
    assertEquals(sent, copy, "toBuilder keeps the value read");
    assertEquals(sent.hashCode(), copy.hashCode());
  }

  @Test
  void modelBuildersTakeOptionalsForOptionalProperties() throws Exception {
    Supplier<?> scenario =
        TestSupport.driver(
            GoldenTest.render("objects"),
            "objects/com/example/objects/OptionalScenario.java",
            Supplier.class);
    assertEquals(
        "{\"id\":\"g\",\"cache_ttl\":null,\"created_at\":\"2025-01-01T00:00:00Z\","
            + "\"collect_logs\":false,\"rate_limit\":null,\"score\":1.5}",
        scenario.get());
  }

  /** Required members get no Optional overload: {@code cacheTtl(null)} must stay unambiguous. */
  @Test
  void requiredMembersAndConstantsTakeNoOptional() throws Exception {
    Compilation compilation = TestSupport.compile(GoldenTest.render("operations"));
    ClassLoader loader = TestSupport.load(compilation);
    String models = GoldenTest.packageOf("operations") + ".models.";
    Class<?> params = Class.forName(models + "DatasetCreateParams$Builder", true, loader);
    assertEquals(
        java.util.List.of(),
        Arrays.stream(params.getMethods())
            .filter(m -> m.getName().equals("name") || m.getName().equals("accountId"))
            .filter(m -> m.getParameterTypes()[0] == Optional.class)
            .toList());
    assertTrue(
        Arrays.stream(params.getDeclaredMethods())
            .noneMatch(m -> m.getName().equals("schemaVersion")),
        "the params builder has no setter for a constant body property");
  }

  @Test
  void paramsBuildersTakeOptionalsAndSendTheConstant() throws Exception {
    Supplier<?> scenario =
        TestSupport.driver(
            GoldenTest.render("operations"),
            "operations/com/example/operations/OptionalScenario.java",
            Supplier.class);
    assertEquals(
        "Optional[3] Optional.empty 2 {\"name\":\"n\",\"schema_version\":2,\"filter\":{\"key\":\"k\"}}",
        scenario.get());
  }
}
