package dev.specpoet.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Valid sample values for a schema of the spec, in one of two shapes:
 *
 * <ul>
 *   <li>{@link Mode#REQUIRED}: only required object properties, the first variant of each union,
 *       arrays with their minimum useful size (one item);
 *   <li>{@link Mode#FULL}: every property; an array whose items are a union gets one item per
 *       variant (so all six dynamic-routing element types are sent at once); a single-valued union
 *       takes variant {@code variant % n} (the tests run FULL once per variant of the operation's
 *       widest single-valued union, so both {@code dlp} shapes are sent).
 * </ul>
 *
 * Values respect constants, enums, formats, lengths and bounds; schema examples are used where
 * present.
 */
public final class SampleData {

  /**
   * REQUIRED: required properties only; REQUIRED_NULLS: the same, but every required property that
   * may be null is null (the client must send an explicit {@code null}, not leave it out); FULL:
   * everything.
   */
  public enum Mode {
    REQUIRED,
    REQUIRED_NULLS,
    FULL
  }

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final SpecDocument spec;
  private final Mode mode;
  private final int variant;

  /**
   * In a query string every value is text, and Prism coerces it to each variant's type: a number or
   * boolean matches both its own variant and the string one, so a {@code oneOf} of primitives
   * rejects it ("must match exactly one schema"). Only the string variant of such a union can be
   * sent there; an {@code anyOf} has no such problem and gets all its variants.
   */
  private boolean inQuery;

  public SampleData(SpecDocument spec, Mode mode, int variant) {
    this.spec = spec;
    this.mode = mode;
    this.variant = variant;
  }

  public Mode mode() {
    return mode;
  }

  /**
   * A value for a parameter (its own example first, when it is of the schema's type: webscraping.ai
   * gives an object parameter the example {@code "{\"Cookie\": ...}"}, a string).
   */
  public JsonNode parameter(SpecDocument.SpecParameter parameter) {
    if (parameter.example() != null
        && (parameter.schema() == null || fitsType(parameter.example(), parameter.schema()))) {
      return parameter.example();
    }
    boolean previous = inQuery;
    inQuery = "query".equals(parameter.in());
    try {
      return value(parameter.schema(), parameter.name(), 0);
    } finally {
      inQuery = previous;
    }
  }

  /** Whether {@code value} is of a type the schema names (true when it names none). */
  private boolean fitsType(JsonNode value, JsonNode schemaNode) {
    JsonNode type = spec.resolve(schemaNode).path("type");
    List<String> types = new ArrayList<>();
    if (type.isTextual()) {
      types.add(type.asText());
    } else {
      type.forEach(t -> types.add(t.asText()));
    }
    if (types.isEmpty()) {
      return true;
    }
    return types.stream()
        .anyMatch(
            t ->
                switch (t) {
                  case "string" -> value.isTextual();
                  case "integer" -> value.isIntegralNumber();
                  case "number" -> value.isNumber();
                  case "boolean" -> value.isBoolean();
                  case "array" -> value.isArray();
                  case "object" -> value.isObject();
                  case "null" -> value.isNull();
                  default -> true;
                });
  }

  /** A value for a schema. */
  public JsonNode value(JsonNode schemaNode, String name, int depth) {
    if (depth > 12) {
      throw new IllegalStateException("schema nesting too deep at " + name);
    }
    if (mode == Mode.REQUIRED_NULLS && schemaNode.path("nullable").asBoolean(false)) {
      return F.nullNode();
    }
    JsonNode schema = spec.resolve(schemaNode);
    if (schema.has("allOf")) {
      return value(mergeAllOf(schema), name, depth);
    }
    List<JsonNode> variants = variants(schema);
    if (!variants.isEmpty()) {
      int pick = mode == Mode.FULL ? Math.floorMod(variant, variants.size()) : 0;
      if (schema.has("properties") && variants.stream().allMatch(this::onlyRequires)) {
        return object(constrained(schema, variants, pick), depth);
      }
      return value(variants.get(pick), name, depth + 1);
    }
    if (schema.has("const")) {
      return schema.get("const"); // 3.1: the only value the schema admits
    }
    if (schema.has("example")
        && !schema.get("example").isNull()
        && fitsType(schema.get("example"), schema)) {
      return schema.get("example");
    }
    if (schema.has("enum")) {
      for (JsonNode e : schema.get("enum")) {
        if (!e.isNull()) {
          return e;
        }
      }
    }
    if (schema.has("default") && !schema.get("default").isNull()) {
      return schema.get("default");
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
    switch (type) {
      case "string":
        return F.textNode(string(schema, name));
      case "integer":
        return F.numberNode(number(schema, BigDecimal.ONE).toBigInteger());
      case "number":
        return F.numberNode(number(schema, new BigDecimal("1.5")));
      case "boolean":
        return F.booleanNode(true);
      case "array":
        return array(schema, name, depth);
      case "object":
        return object(schema, depth);
      default:
        // free-form value: an object with one entry is accepted by any free-form schema
        ObjectNode any = F.objectNode();
        any.put("note", "sample");
        return any;
    }
  }

  /** The variants of a oneOf/anyOf schema, or an empty list. */
  public List<JsonNode> variants(JsonNode schemaNode) {
    JsonNode schema = spec.resolve(schemaNode);
    JsonNode list = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
    List<JsonNode> out = new ArrayList<>();
    if (list != null) {
      list.forEach(out::add);
    }
    return out;
  }

  /**
   * Whether the object schema has a required property that may be null (REQUIRED_NULLS applies).
   */
  public static boolean hasRequiredNullable(SpecDocument spec, JsonNode schemaNode) {
    JsonNode schema = spec.resolve(schemaNode);
    for (JsonNode r : schema.path("required")) {
      if (schema.path("properties").path(r.asText()).path("nullable").asBoolean(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many FULL runs an operation needs so that every variant of every single-valued union in its
   * request is sent at least once (arrays of unions already carry every variant).
   */
  public static int variantsNeeded(SpecDocument spec, JsonNode schema) {
    return widest(spec, schema, new LinkedHashSet<>(), false);
  }

  private static int widest(SpecDocument spec, JsonNode node, Set<String> seen, boolean inArray) {
    if (node == null || node.isMissingNode()) {
      return 1;
    }
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!seen.add(ref + inArray)) {
        return 1;
      }
    }
    JsonNode schema = spec.resolve(node);
    int max = 1;
    JsonNode union = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
    if (union != null) {
      if (!inArray) {
        max = Math.max(max, union.size());
      }
      for (JsonNode v : union) {
        max = Math.max(max, widest(spec, v, seen, false));
      }
    }
    for (JsonNode part : SpecDocument.iterable(schema.path("allOf"))) {
      max = Math.max(max, widest(spec, part, seen, inArray));
    }
    for (JsonNode p : SpecDocument.iterable(schema.path("properties"))) {
      max = Math.max(max, widest(spec, p, seen, false));
    }
    if (schema.has("items")) {
      max = Math.max(max, widest(spec, schema.get("items"), seen, true));
    }
    if (schema.path("additionalProperties").isObject()) {
      max = Math.max(max, widest(spec, schema.get("additionalProperties"), seen, false));
    }
    return max;
  }

  /**
   * Whether a variant only says which of its parent's properties are required ({@code oneOf:
   * [{required: [url]}, {required: [html]}]}): the value is then the parent object.
   */
  private boolean onlyRequires(JsonNode variantNode) {
    JsonNode v = spec.resolve(variantNode);
    if (!v.has("required")) {
      return false;
    }
    for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!key.equals("required") && !key.equals("title") && !key.equals("description")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The parent object schema with the picked variant's required properties added and, so that no
   * other variant matches too (oneOf), without the properties only other variants require.
   */
  private JsonNode constrained(JsonNode schema, List<JsonNode> variants, int pick) {
    ObjectNode out = ((ObjectNode) schema).deepCopy();
    out.remove("oneOf");
    out.remove("anyOf");
    Set<String> picked = new LinkedHashSet<>();
    spec.resolve(variants.get(pick)).path("required").forEach(r -> picked.add(r.asText()));
    ArrayNode required = F.arrayNode();
    schema.path("required").forEach(required::add);
    picked.forEach(required::add);
    out.set("required", required);
    ObjectNode properties = (ObjectNode) out.get("properties");
    for (JsonNode other : variants) {
      for (JsonNode r : spec.resolve(other).path("required")) {
        if (!picked.contains(r.asText())) {
          properties.remove(r.asText());
        }
      }
    }
    return out;
  }

  private boolean isPrimitive(JsonNode variant) {
    String type = spec.resolve(variant).path("type").asText("");
    return type.equals("string")
        || type.equals("number")
        || type.equals("integer")
        || type.equals("boolean");
  }

  private JsonNode mergeAllOf(JsonNode schema) {
    ObjectNode merged = F.objectNode();
    ObjectNode properties = F.objectNode();
    ArrayNode required = F.arrayNode();
    for (JsonNode partNode : schema.get("allOf")) {
      JsonNode part = spec.resolve(partNode);
      if (part.has("allOf")) {
        part = mergeAllOf(part);
      }
      part.properties()
          .forEach(
              e -> {
                switch (e.getKey()) {
                  case "properties" -> properties.setAll((ObjectNode) e.getValue());
                  case "required" -> required.addAll((ArrayNode) e.getValue());
                  default -> merged.set(e.getKey(), e.getValue());
                }
              });
    }
    schema
        .properties()
        .forEach(
            e -> {
              if (!e.getKey().equals("allOf") && !e.getKey().equals("nullable")) {
                merged.set(e.getKey(), e.getValue());
              }
            });
    if (!properties.isEmpty()) {
      merged.set("properties", properties);
    }
    if (!required.isEmpty()) {
      merged.set("required", required);
    }
    return merged;
  }

  private JsonNode array(JsonNode schema, String name, int depth) {
    ArrayNode out = F.arrayNode();
    JsonNode items = schema.path("items");
    List<JsonNode> itemVariants = variants(items);
    if (mode == Mode.FULL && !itemVariants.isEmpty()) {
      if (inQuery
          && spec.resolve(items).has("oneOf")
          && itemVariants.stream().allMatch(this::isPrimitive)) {
        itemVariants =
            itemVariants.stream()
                .filter(v -> "string".equals(spec.resolve(v).path("type").asText()))
                .toList();
      }
      for (JsonNode v : itemVariants) {
        out.add(value(v, name, depth + 1));
      }
    } else {
      out.add(value(items, name, depth + 1));
    }
    int min = schema.path("minItems").asInt(0);
    while (out.size() < min) {
      out.add(value(items, name, depth + 1));
    }
    return out;
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode out = F.objectNode();
    Set<String> required = new LinkedHashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    Map<String, JsonNode> properties = new LinkedHashMap<>();
    schema.path("properties").properties().forEach(e -> properties.put(e.getKey(), e.getValue()));
    for (Map.Entry<String, JsonNode> p : properties.entrySet()) {
      if (mode == Mode.FULL || required.contains(p.getKey())) {
        out.set(p.getKey(), value(p.getValue(), p.getKey(), depth + 1));
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    if (properties.isEmpty() && additional != null && additional.isObject()) {
      out.set("sample-key", value(additional, "sample-key", depth + 1));
    } else if (properties.isEmpty() && !schema.has("additionalProperties")) {
      out.put("note", "sample");
    }
    return out;
  }

  private static String string(JsonNode schema, String name) {
    String format = schema.path("format").asText("");
    String base =
        switch (format) {
          case "date-time" -> "2024-05-01T12:30:00Z";
          case "date" -> "2024-05-01";
          case "uri", "url" -> "https://example.com/hook";
          case "email" -> "user@example.com";
          case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
          default -> name.replaceAll("[^A-Za-z0-9]", "-").toLowerCase(java.util.Locale.ROOT) + "-1";
        };
    int min = schema.path("minLength").asInt(0);
    int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
    StringBuilder s = new StringBuilder(base);
    while (s.length() < min) {
      s.append('x');
    }
    return s.length() > max ? s.substring(0, Math.max(max, min)) : s.toString();
  }

  private static BigDecimal number(JsonNode schema, BigDecimal preferred) {
    BigDecimal value = preferred;
    if (schema.has("minimum") && value.compareTo(schema.get("minimum").decimalValue()) < 0) {
      value = schema.get("minimum").decimalValue();
    }
    if (schema.has("maximum") && value.compareTo(schema.get("maximum").decimalValue()) > 0) {
      value = schema.get("maximum").decimalValue();
    }
    return value;
  }
}
