package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.specpoet.generator.testing.TestSupport;
import dev.specpoet.runtime.json.Json;
import dev.specpoet.runtime.json.JsonField;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the generated classes do at run time: tri-state fields, required checks, unknown values,
 * variant choice.
 */
class BehaviourTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static ClassLoader compiled(String c) throws Exception {
    Compilation compilation = TestSupport.compile(GoldenTest.render(c));
    assertEquals(
        Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
    return TestSupport.load(compilation);
  }

  private static Class<?> type(ClassLoader loader, String c, String name)
      throws ClassNotFoundException {
    return Class.forName(GoldenTest.packageOf(c) + ".models." + name, true, loader);
  }

  private static Object call(Object target, String method, Object... args) throws Exception {
    for (Method m : (target instanceof Class<?> k ? k : target.getClass()).getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        if (args.length == 1 && args[0] != null && !m.getParameterTypes()[0].isInstance(args[0])) {
          continue;
        }
        if (args.length == 1 && args[0] == null && m.getParameterTypes()[0].isPrimitive()) {
          continue; // null goes to the boxed setter, not its primitive overload
        }
        try {
          return m.invoke(target instanceof Class<?> ? null : target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof Exception ex ? ex : e;
        }
      }
    }
    throw new NoSuchMethodException(method);
  }

  @Test
  void optionalNullableFieldsTellNullFromAbsent() throws Exception {
    ClassLoader loader = compiled("objects");
    Class<?> gateway = type(loader, "objects", "Gateway");
    Object absent =
        MAPPER.readValue(
            "{\"id\":\"g\",\"cache_ttl\":null,\"created_at\":\"2025-01-01T00:00:00Z\"}", gateway);
    Object isNull =
        MAPPER.readValue(
            "{\"id\":\"g\",\"cache_ttl\":null,\"created_at\":\"2025-01-01T00:00:00Z\",\"rate_limit\":null}",
            gateway);
    assertTrue(((JsonField<?>) call(absent, "_rateLimit")).isMissing());
    assertTrue(((JsonField<?>) call(isNull, "_rateLimit")).isNull());
    assertEquals(Optional.empty(), call(isNull, "rateLimit"));
    assertFalse(MAPPER.readTree(MAPPER.writeValueAsString(absent)).has("rate_limit"));
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(isNull));
    assertTrue(written.has("rate_limit") && written.get("rate_limit").isNull());
    // required nullable: written as null, never left out
    assertTrue(written.get("cache_ttl").isNull());
    assertFalse(absent.equals(isNull));
  }

  @Test
  void buildNamesEveryMissingRequiredProperty() throws Exception {
    ClassLoader loader = compiled("objects");
    Object builder = call(type(loader, "objects", "Gateway"), "builder");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> call(builder, "build"));
    assertEquals(
        "Gateway is missing required properties: id, cache_ttl, created_at", e.getMessage());
    call(builder, "id", "g");
    call(builder, "cacheTtl", (Object) null);
    e = assertThrows(IllegalStateException.class, () -> call(builder, "build"));
    assertEquals("Gateway is missing required properties: created_at", e.getMessage());
  }

  @Test
  void secretsAreMaskedAndUnknownPropertiesKept() throws Exception {
    ClassLoader loader = compiled("objects");
    Object g =
        MAPPER.readValue(
            "{\"id\":\"g\",\"cache_ttl\":1,\"created_at\":\"2025-01-01T00:00:00Z\","
                + "\"api_key\":\"s3cr3t\",\"card_number\":\"4242424242424242\",\"cvc\":\"123\","
                + "\"owner\":{\"password\":\"pw1\"},\"future\":{\"x\":1}}",
            type(loader, "objects", "Gateway"));
    String text = g.toString();
    assertTrue(text.contains("api_key=***"), text);
    assertTrue(text.contains("card_number=***, cvc=***"), text);
    assertFalse(
        text.contains("s3cr3t")
            || text.contains("pw1")
            || text.contains("4242")
            || text.contains("123"),
        text);
    assertEquals(
        MAPPER.readTree("{\"x\":1}"),
        ((java.util.Map<?, ?>) call(g, "_additionalProperties")).get("future"));
    Object copy = call(call(g, "toBuilder"), "build");
    assertEquals(g, copy);
  }

  @Test
  @SuppressWarnings("unchecked")
  void builderTakesPrimitivesAndAddsToListsAndMaps() throws Exception {
    java.util.function.Supplier<String> scenario =
        TestSupport.driver(
            GoldenTest.render("objects"),
            "objects/com/example/objects/BuilderScenario.java",
            java.util.function.Supplier.class);
    assertEquals(
        "{\"id\":\"g\",\"cache_ttl\":20,\"created_at\":\"2025-01-01T00:00:00Z\","
            + "\"collect_logs\":false,\"rate_limit\":5,\"score\":1.5,\"tags\":[\"a\",\"b\"],"
            + "\"labels\":{\"k\":\"v3\",\"k2\":\"v2\"}} [a]",
        scenario.get());
  }

  /**
   * A built object owns its values: changing a JsonNode, list or unknown property value after
   * passing it in changes neither the object's JSON nor its hashCode (build() copies; a value node
   * is its own copy).
   */
  @Test
  void builtObjectsCannotBeChangedThroughWhatWasPassedIn() throws Exception {
    ClassLoader loader = compiled("objects");
    Class<?> gateway = type(loader, "objects", "Gateway");
    Object base =
        MAPPER.readValue(
            "{\"id\":\"g\",\"cache_ttl\":1,\"created_at\":\"2025-01-01T00:00:00Z\"}", gateway);
    com.fasterxml.jackson.databind.node.ObjectNode settings = MAPPER.createObjectNode().put("a", 1);
    com.fasterxml.jackson.databind.node.ArrayNode anything = MAPPER.createArrayNode().add(1);
    com.fasterxml.jackson.databind.node.ObjectNode future = MAPPER.createObjectNode().put("x", 1);
    java.util.List<String> tags = new java.util.ArrayList<>(java.util.List.of("t1"));
    Object b = call(base, "toBuilder");
    call(b, "settings", settings);
    call(b, "anything", anything);
    call(b, "tags", tags);
    call(b, "putAdditionalProperty", "future", future);
    com.fasterxml.jackson.databind.node.ObjectNode sample = MAPPER.createObjectNode().put("s", 1);
    call(b, "samples", new java.util.ArrayList<>(java.util.List.of(sample)));
    call(b, "grid", java.util.List.of(new java.util.ArrayList<>(java.util.List.of(sample))));
    java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> extras =
        new java.util.LinkedHashMap<>();
    extras.put("e", sample);
    extras.put("n", null);
    call(b, "extras", extras);
    Object g = call(b, "build");
    String json = MAPPER.writeValueAsString(g);
    int hash = g.hashCode();
    settings.put("a", 2);
    anything.add(2);
    future.put("x", 2);
    tags.add("t2");
    sample.put("s", 2);
    extras.put("e2", sample);
    assertEquals(json, MAPPER.writeValueAsString(g));
    assertEquals(hash, g.hashCode());
    assertEquals(json, MAPPER.writeValueAsString(call(call(g, "toBuilder"), "build")));

    ClassLoader unions = compiled("union-structural");
    Class<?> dlp = type(unions, "union-structural", "Dlp");
    com.fasterxml.jackson.databind.node.ObjectNode raw =
        MAPPER.createObjectNode().put("unexpected", true);
    Object unknown = call(dlp, "ofUnknown", raw);
    raw.put("unexpected", false);
    assertEquals("{\"unexpected\":true}", MAPPER.writeValueAsString(unknown));
  }

  @Test
  void enumsKeepValuesTheSpecDoesNotList() throws Exception {
    ClassLoader loader = compiled("enums");
    Class<?> status = type(loader, "enums", "Status");
    Object active = MAPPER.readValue("\"active\"", status);
    Object archived = MAPPER.readValue("\"archived\"", status);
    assertTrue(active == status.getField("ACTIVE").get(null), "a listed value is its constant");
    assertTrue((Boolean) call(active, "isKnown"));
    assertEquals(Optional.empty(), call(archived, "known"));
    assertEquals("archived", call(archived, "value"));
    assertEquals("\"archived\"", MAPPER.writeValueAsString(archived));
    Object priority = MAPPER.readValue("9", type(loader, "enums", "Priority"));
    assertEquals(9L, call(priority, "value"));
    assertEquals("9", MAPPER.writeValueAsString(priority));
    Object toggle = MAPPER.readValue("\"true\"", type(loader, "enums", "Toggle"));
    assertEquals("true", call(toggle, "value"), "boolean-looking strings stay strings");
    assertEquals("\"true\"", MAPPER.writeValueAsString(toggle));
  }

  @Test
  void discriminatedUnionPicksByMappingAndKeepsUnknownVariants() throws Exception {
    ClassLoader loader = compiled("union-discriminated");
    Object route =
        MAPPER.readValue(
            "{\"elements\":[{\"id\":\"1\",\"type\":\"start\"},{\"id\":\"2\",\"type\":\"llm\",\"model\":\"m\"},"
                + "{\"id\":\"3\",\"type\":\"end\"},{\"id\":\"4\",\"type\":\"warp\"}]}",
            type(loader, "union-discriminated", "Route"));
    List<?> elements = (List<?>) call(route, "elements");
    assertEquals(
        List.of("Start", "Model", "End", "Unknown"),
        elements.stream().map(e -> e.getClass().getSimpleName()).toList());
    Object modelElement = call(elements.get(1), "value");
    assertEquals("m", call(modelElement, "model"));
    assertEquals(
        MAPPER.readTree("{\"id\":\"4\",\"type\":\"warp\"}"), call(elements.get(3), "json"));
  }

  @Test
  void implicitDiscriminatorsUseConstantsOrSchemaNames() throws Exception {
    ClassLoader loader = compiled("union-implicit");
    Class<?> shape = type(loader, "union-implicit", "Shape");
    assertEquals(
        "Circle",
        MAPPER.readValue("{\"type\":\"circle\",\"radius\":1}", shape).getClass().getSimpleName());
    assertEquals(
        "Square",
        MAPPER.readValue("{\"type\":\"square\",\"side\":1}", shape).getClass().getSimpleName());
    Class<?> pet = type(loader, "union-implicit", "Pet");
    assertEquals("Dog", MAPPER.readValue("{\"pet_type\":\"Dog\"}", pet).getClass().getSimpleName());
  }

  @Test
  void structuralUnionsChooseByKindAndRequiredProperties() throws Exception {
    ClassLoader loader = compiled("union-structural");
    Class<?> source = type(loader, "union-structural", "PaymentSource");
    String card =
        MAPPER
            .readValue("{\"exp_month\":12,\"last4\":\"4242\"}", source)
            .getClass()
            .getSimpleName();
    assertFalse(card.equals("Unknown"), "a card read back without its writeOnly number: " + card);
    assertEquals(
        card,
        MAPPER
            .readValue("{\"number\":\"4242424242424242\",\"exp_month\":12}", source)
            .getClass()
            .getSimpleName());
    Class<?> filter = type(loader, "union-structural", "Filter");
    Object f =
        MAPPER.readValue(
            "{\"key\":\"k\",\"value\":[\"s\",1.5,true],\"ids\":[\"a\"],"
                + "\"dlp\":{\"enabled\":true,\"action\":\"BLOCK\",\"profiles\":[]}}",
            filter);
    List<?> values = (List<?>) call(f, "value");
    assertEquals(
        List.of("StringValue", "NumberValue", "BooleanValue"),
        values.stream().map(v -> v.getClass().getSimpleName()).toList());
    assertEquals(1.5, call(values.get(1), "value"));
    Object integral = MAPPER.readValue("{\"key\":\"k\",\"value\":[3]}", filter);
    assertEquals(
        "{\"key\":\"k\",\"value\":[3]}", MAPPER.writeValueAsString(integral), "3 stays 3, not 3.0");
    Class<?> filterValue = type(loader, "union-structural", "FilterValue");
    assertEquals("\"gpt-4\"", MAPPER.writeValueAsString(call(filterValue, "of", "gpt-4")));
    assertEquals("5", MAPPER.writeValueAsString(call(filterValue, "of", 5)));
    assertEquals("true", MAPPER.writeValueAsString(call(filterValue, "of", true)));
    Object dlp = ((Optional<?>) call(f, "dlp")).orElseThrow();
    assertEquals(
        "WithAction", dlp.getClass().getSimpleName(), "more required properties are tried first");
    Object other =
        MAPPER.readValue("{\"key\":\"k\",\"value\":[],\"dlp\":{\"enabled\":false}}", filter);
    assertEquals(
        "WithPolicies",
        ((Optional<?>) call(other, "dlp")).orElseThrow().getClass().getSimpleName());
    Object ids =
        ((Optional<?>)
                call(MAPPER.readValue("{\"key\":\"k\",\"value\":[],\"ids\":7}", filter), "ids"))
            .orElseThrow();
    assertEquals("LongValue", ids.getClass().getSimpleName());
  }
}
