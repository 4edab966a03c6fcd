package dev.specpoet.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@code ai-gateway.yaml} (read from the classpath, where the module packages it)
 * describes every operation of the AI Gateway reference docs, as listed in {@code
 * seed-inventory.json} (written by {@code spec/scripts/derive-inventory.py}), and that every
 * example in it validates against its schema.
 */
class SpecCompletenessTest {

  private static final String SPEC = "/ai-gateway.yaml";
  private static final String INVENTORY = "/seed-inventory.json";
  private static final String SCHEMAS = "#/components/schemas/";

  private static OpenAPI openApi;
  private static List<String> parseMessages;
  private static JsonNode rawSpec;
  private static JsonNode inventory;

  @BeforeAll
  static void load() throws Exception {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(specPath().toString(), null, options);
    openApi = result.getOpenAPI();
    parseMessages = result.getMessages() == null ? List.of() : result.getMessages();
    try (InputStream in = SpecCompletenessTest.class.getResourceAsStream(SPEC)) {
      rawSpec = Yaml.mapper().readTree(in);
    }
    try (InputStream in = SpecCompletenessTest.class.getResourceAsStream(INVENTORY)) {
      inventory = new ObjectMapper().readTree(in);
    }
  }

  private static Path specPath() throws URISyntaxException {
    URL url = SpecCompletenessTest.class.getResource(SPEC);
    assertNotNull(url, "ai-gateway.yaml is not packaged at the root of the classpath");
    return Path.of(url.toURI());
  }

  // ------------------------------------------------------------------ parsing and operations

  @Test
  void parsesWithoutAnyMessage() {
    assertEquals(List.of(), parseMessages, "swagger-parser messages");
    assertNotNull(openApi);
    assertEquals("3.0.3", openApi.getOpenapi());
    assertEquals("https://api.cloudflare.com/client/v4", openApi.getServers().get(0).getUrl());
  }

  @Test
  void hasExactlyTheSeedOperations() {
    Set<String> expected = new TreeSet<>();
    for (JsonNode op : inventory.get("operations")) {
      expected.add(op.get("http_method").asText().toUpperCase() + " " + op.get("path").asText());
    }
    assertEquals(46, expected.size(), "the seed names 46 operations");
    assertEquals(46, inventory.get("operation_count").asInt());
    Set<String> actual = new TreeSet<>(operations().keySet());
    assertEquals(expected, actual);
  }

  @Test
  void fernNamesSummariesAndDescriptionsMatchTheSeed() {
    Map<String, Operation> ops = operations();
    for (JsonNode seed : inventory.get("operations")) {
      String method = seed.get("method").asText();
      Operation op = ops.get(key(seed));
      String[] parts = method.split("\\.");
      String group =
          String.join(".", List.of(parts).subList(0, parts.length - 1)).replace('_', '-');
      String name = parts[parts.length - 1];
      assertEquals(group, extension(op, "x-fern-sdk-group-name"), method + " group");
      assertEquals(name, extension(op, "x-fern-sdk-method-name"), method + " method");
      assertEquals(seed.get("fern_group").asText(), group, method);
      assertEquals(seed.get("fern_method").asText(), name, method);
      assertEquals(seed.get("summary").asText(), op.getSummary(), method + " summary");
      assertEquals(seed.get("description").asText(), op.getDescription(), method + " description");
    }
  }

  @Test
  void everyOperationIsDocumentedAndAnswersErrors() {
    Set<String> ids = new LinkedHashSet<>();
    for (Map.Entry<String, Operation> e : operations().entrySet()) {
      Operation op = e.getValue();
      String where = e.getKey();
      assertNotNull(op.getOperationId(), where);
      assertTrue(ids.add(op.getOperationId()), "duplicate operationId " + op.getOperationId());
      assertFalse(isBlank(op.getSummary()), where + " summary");
      assertFalse(isBlank(op.getDescription()), where + " description");
      assertFalse(op.getTags() == null || op.getTags().isEmpty(), where + " tags");
      assertNotNull(op.getResponses().get("200"), where + " 200");
      ApiResponse error = op.getResponses().get("4XX");
      assertNotNull(error, where + " 4XX");
      assertEquals("#/components/responses/ClientError", error.get$ref(), where + " 4XX");
    }
  }

  @Test
  void everySeedNameAppearsInItsOperation() {
    Map<String, Operation> ops = operations();
    List<String> missing = new ArrayList<>();
    for (JsonNode seed : inventory.get("operations")) {
      Operation op = ops.get(key(seed));
      for (String list : List.of("parameters", "response_fields")) {
        // parameters are looked for in the parameters and the request body, fields in the responses
        Set<String> names = list.equals("parameters") ? requestNamesOf(op) : responseNamesOf(op);
        for (JsonNode n : seed.get(list)) {
          if (!names.contains(n.asText())) {
            missing.add(seed.get("method").asText() + " " + list + ": " + n.asText());
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void requiredRequestParametersFollowTheSeedExamples() {
    Operation create = operations().get("POST /accounts/{account_id}/ai-gateway/gateways");
    Schema<?> body =
        schema(create.getRequestBody().getContent().get("application/json").getSchema());
    assertEquals(
        Set.of(
            "id",
            "cache_invalidate_on_update",
            "cache_ttl",
            "collect_logs",
            "rate_limiting_interval",
            "rate_limiting_limit"),
        Set.copyOf(body.getRequired()));
    assertEquals(
        Boolean.TRUE, schema((Schema<?>) body.getProperties().get("cache_ttl")).getNullable());
    assertNull(schema((Schema<?>) body.getProperties().get("collect_logs")).getNullable());
  }

  // ------------------------------------------------------------------ deterministic shape facts

  @Test
  void routeElementIsADiscriminatedUnionOfSix() {
    Schema<?> element = component("RouteElement");
    assertEquals(6, element.getOneOf().size());
    assertNotNull(element.getDiscriminator());
    assertEquals("type", element.getDiscriminator().getPropertyName());
    Map<String, String> mapping = element.getDiscriminator().getMapping();
    assertEquals(
        Set.of("start", "conditional", "percentage", "rate", "model", "end"), mapping.keySet());
    for (Map.Entry<String, String> e : mapping.entrySet()) {
      Schema<?> variant = schema(new Schema<>().$ref(e.getValue()));
      assertTrue(variant.getRequired().contains("type"), e.getKey());
      Schema<?> type = (Schema<?>) variant.getProperties().get("type");
      assertEquals(List.of(e.getKey()), type.getEnum(), e.getKey());
    }
  }

  @Test
  void dlpIsAStructuralUnionOfTwo() {
    Schema<?> dlp = component("Dlp");
    assertEquals(2, dlp.getOneOf().size());
    assertNull(dlp.getDiscriminator());
  }

  @Test
  void logFiltersAreSentAsIndexedBrackets() {
    for (String key :
        List.of(
            "GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs",
            "DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs")) {
      Parameter filters =
          parameters(operations().get(key)).stream()
              .filter(p -> p.getName().equals("filters"))
              .findFirst()
              .orElseThrow();
      assertEquals("query", filters.getIn(), key);
      assertEquals(Parameter.StyleEnum.DEEPOBJECT, filters.getStyle(), key);
      assertEquals(Boolean.TRUE, filters.getExplode(), key);
      assertEquals("indexed-brackets", filters.getExtensions().get("x-specpoet-query-style"), key);
      Schema<?> items = schema(filters.getSchema().getItems());
      assertEquals(Set.of("key", "operator", "value"), items.getProperties().keySet());
    }
  }

  @Test
  void securityAllowsATokenOrEmailPlusKey() {
    assertEquals(
        Set.of("api_token", "api_email", "api_key"),
        openApi.getComponents().getSecuritySchemes().keySet());
    assertEquals(2, openApi.getSecurity().size());
    assertEquals(Set.of("api_token"), openApi.getSecurity().get(0).keySet());
    assertEquals(Set.of("api_email", "api_key"), openApi.getSecurity().get(1).keySet());
  }

  // ------------------------------------------------------------------ examples

  @Test
  void everyResponseHasAnExampleThatValidatesAgainstItsSchema() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    Iterator<Map.Entry<String, JsonNode>> paths = rawSpec.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        Iterator<Map.Entry<String, JsonNode>> responses =
            method.getValue().get("responses").fields();
        while (responses.hasNext()) {
          Map.Entry<String, JsonNode> response = responses.next();
          String where =
              method.getKey().toUpperCase() + " " + path.getKey() + " " + response.getKey();
          JsonNode resolved = resolve(response.getValue());
          JsonNode content = resolved.get("content");
          if (content == null || content.isEmpty()) {
            problems.add(where + ": no content");
            continue;
          }
          Iterator<Map.Entry<String, JsonNode>> media = content.fields();
          while (media.hasNext()) {
            Map.Entry<String, JsonNode> mt = media.next();
            JsonNode example = mt.getValue().get("example");
            if (example == null) {
              problems.add(where + " " + mt.getKey() + ": no example");
              continue;
            }
            for (String m : validate(mt.getValue().get("schema"), example)) {
              problems.add(where + ": " + m);
            }
            checked++;
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked >= 46 * 3, "examples checked: " + checked);
  }

  @Test
  void everyRequestBodyHasTheSeedCallAsAnExampleThatValidates() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    Iterator<Map.Entry<String, JsonNode>> paths = rawSpec.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> method = methods.next();
        JsonNode body = method.getValue().get("requestBody");
        if (body == null) {
          continue;
        }
        String where = method.getKey().toUpperCase() + " " + path.getKey() + " request";
        JsonNode mt = body.path("content").path("application/json");
        if (mt.path("example").isMissingNode()) {
          problems.add(where + ": no application/json example");
          continue;
        }
        for (String m : validate(mt.get("schema"), mt.get("example"))) {
          problems.add(where + ": " + m);
        }
        checked++;
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(15, checked, "operations with a request body");
  }

  /**
   * The validator must catch a wrong example, and must accept null where the spec says nullable.
   */
  @Test
  void exampleValidationHasTeeth() {
    JsonNode schema =
        rawSpec.at(
            "/paths/~1accounts~1{account_id}~1ai-gateway~1gateways~1{id}/get/responses/200/content/application~1json/schema");
    JsonNode good =
        rawSpec.at(
            "/paths/~1accounts~1{account_id}~1ai-gateway~1gateways~1{id}/get/responses/200/content/application~1json/example");
    assertEquals(List.of(), validate(schema, good));

    ObjectNode nulls = good.deepCopy();
    ((ObjectNode) nulls.get("result")).putNull("cache_ttl"); // required, nullable
    ((ObjectNode) nulls.get("result")).putNull("dlp"); // optional, nullable reference
    ((ObjectNode) nulls.get("result")).putNull("retry_backoff"); // optional, nullable enum
    assertEquals(List.of(), validate(schema, nulls));

    for (String field :
        List.of("cache_ttl", "collect_logs", "dlp", "retry_backoff", "typo_field")) {
      ObjectNode bad = good.deepCopy();
      ObjectNode result = (ObjectNode) bad.get("result");
      switch (field) {
        case "cache_ttl" -> result.put(field, -1); // minimum 0
        case "collect_logs" -> result.remove(field); // required
        case "dlp" -> ((ObjectNode) result.get(field)).remove("profiles"); // matches no variant
        case "retry_backoff" -> result.put(field, "quadratic"); // not in the enum
        default -> result.put(field, true); // unknown property
      }
      assertFalse(validate(schema, bad).isEmpty(), "a broken " + field + " must fail validation");
    }
  }

  // ------------------------------------------------------------------ JSON Schema validation

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

  /**
   * Validates {@code instance} against an OpenAPI 3.0 schema: the schema and all components are
   * converted to JSON Schema draft 7 (see {@link #toJsonSchema}) and put in one document, so that
   * {@code #/components/schemas/X} references resolve.
   */
  private static List<String> validate(JsonNode openApiSchema, JsonNode instance) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    ObjectNode schemas = root.putObject("components").putObject("schemas");
    rawSpec
        .get("components")
        .get("schemas")
        .fields()
        .forEachRemaining(e -> schemas.set(e.getKey(), toJsonSchema(e.getValue())));
    root.putArray("allOf").add(toJsonSchema(openApiSchema));
    JsonSchema schema = FACTORY.getSchema(root);
    List<String> out = new ArrayList<>();
    for (ValidationMessage m : schema.validate(instance)) {
      out.add(m.getMessage());
    }
    Collections.sort(out);
    return out;
  }

  /**
   * OpenAPI 3.0 schema to JSON Schema draft 7. {@code nullable: true} becomes a type array with
   * "null" (and null joins an enum), or, where there is no type or the schema is a composition
   * (references, allOf, oneOf), an {@code anyOf} with {@code {type: null}}. OpenAPI-only keywords
   * (discriminator, example, extensions) are dropped. Objects that list properties and say nothing
   * of others are closed ({@code additionalProperties: false}), so an example with a misspelt field
   * fails: the spec itself stays open for forward compatibility, only the examples are held to the
   * letter.
   */
  static JsonNode toJsonSchema(JsonNode node) {
    if (node == null || !node.isObject()) {
      return node;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String k = e.getKey();
      JsonNode v = e.getValue();
      switch (k) {
        case "nullable", "discriminator", "example", "externalDocs", "xml" -> {}
        case "properties" -> {
          ObjectNode props = out.putObject("properties");
          v.fields().forEachRemaining(p -> props.set(p.getKey(), toJsonSchema(p.getValue())));
        }
        case "items", "not" -> out.set(k, toJsonSchema(v));
        case "additionalProperties" -> out.set(k, v.isObject() ? toJsonSchema(v) : v);
        case "allOf", "oneOf", "anyOf" -> {
          ArrayNode arr = out.putArray(k);
          v.forEach(s -> arr.add(toJsonSchema(s)));
        }
        default -> {
          if (!k.startsWith("x-")) {
            out.set(k, v.deepCopy());
          }
        }
      }
    }
    if (out.has("properties") && !out.has("additionalProperties")) {
      out.put("additionalProperties", false);
    }
    if (node.path("nullable").asBoolean(false)) {
      // A nullable composition (`type` + `nullable` + `allOf: [$ref]`, our nullable reference) is
      // "this type, or null": the null must be allowed around the composition, not only in `type`.
      boolean composed = out.has("allOf") || out.has("oneOf") || out.has("anyOf");
      if (out.has("type") && !composed) {
        out.putArray("type").add(node.get("type").asText()).add("null");
        if (out.has("enum")) {
          ((ArrayNode) out.get("enum")).addNull();
        }
      } else {
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        ArrayNode anyOf = wrapped.putArray("anyOf");
        anyOf.addObject().put("type", "null");
        anyOf.add(out);
        return wrapped;
      }
    }
    return out;
  }

  private static JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      assertTrue(ref.startsWith("#/"), ref);
      node = rawSpec.at(ref.substring(1));
      assertFalse(node.isMissingNode(), ref);
    }
    return node;
  }

  // ------------------------------------------------------------------ swagger model helpers

  private static String key(JsonNode seed) {
    return seed.get("http_method").asText().toUpperCase() + " " + seed.get("path").asText();
  }

  private static Map<String, Operation> operations() {
    Map<String, Operation> ops = new LinkedHashMap<>();
    for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().readOperationsMap().entrySet()) {
        ops.put(op.getKey().name() + " " + path.getKey(), op.getValue());
      }
    }
    return ops;
  }

  private static Object extension(Operation op, String name) {
    return op.getExtensions() == null ? null : op.getExtensions().get(name);
  }

  private static List<Parameter> parameters(Operation op) {
    List<Parameter> out = new ArrayList<>();
    for (Parameter p : op.getParameters() == null ? List.<Parameter>of() : op.getParameters()) {
      while (p.get$ref() != null) {
        String name = p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1);
        p = openApi.getComponents().getParameters().get(name);
      }
      out.add(p);
    }
    return out;
  }

  /**
   * Every parameter name and every property name reachable from the parameters and the request
   * body.
   */
  private static Set<String> requestNamesOf(Operation op) {
    Set<String> names = new TreeSet<>();
    Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Parameter p : parameters(op)) {
      names.add(p.getName());
      collect(p.getSchema(), names, seen);
    }
    if (op.getRequestBody() != null) {
      for (MediaType mt : op.getRequestBody().getContent().values()) {
        collect(mt.getSchema(), names, seen);
      }
    }
    return names;
  }

  /**
   * Every property name reachable from the operation's response schemas (through $ref, items,
   * unions).
   */
  private static Set<String> responseNamesOf(Operation op) {
    Set<String> names = new TreeSet<>();
    Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ApiResponse r : op.getResponses().values()) {
      while (r.get$ref() != null) {
        r =
            openApi
                .getComponents()
                .getResponses()
                .get(r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1));
      }
      if (r.getContent() != null) {
        for (MediaType mt : r.getContent().values()) {
          collect(mt.getSchema(), names, seen);
        }
      }
    }
    return names;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void collect(Schema<?> s, Set<String> names, Set<Schema<?>> seen) {
    s = schema(s);
    if (s == null || !seen.add(s)) {
      return;
    }
    if (s.getProperties() != null) {
      for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
        names.add(p.getKey());
        collect(p.getValue(), names, seen);
      }
    }
    collect(s.getItems(), names, seen);
    if (s.getAdditionalProperties() instanceof Schema<?> ap) {
      collect(ap, names, seen);
    }
    for (List<Schema> list : new List[] {s.getAllOf(), s.getOneOf(), s.getAnyOf()}) {
      if (list != null) {
        for (Schema<?> x : list) {
          collect(x, names, seen);
        }
      }
    }
  }

  private static Schema<?> schema(Schema<?> s) {
    while (s != null && s.get$ref() != null) {
      String ref = s.get$ref();
      assertTrue(ref.startsWith(SCHEMAS), ref);
      s = openApi.getComponents().getSchemas().get(ref.substring(SCHEMAS.length()));
      if (s == null) {
        fail("unresolved " + ref);
      }
    }
    return s;
  }

  private static Schema<?> component(String name) {
    Schema<?> s = openApi.getComponents().getSchemas().get(name);
    assertNotNull(s, name);
    return s;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
