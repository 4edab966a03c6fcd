package dev.specpoet.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The root document's local {@code $ref}s, made readable for swagger-parser before it sees them.
 * Its resolver follows a parameter, response, request body or header {@code $ref} only into {@code
 * #/components/<that kind>/NAME} and silently drops a parameter it cannot follow, and it keeps no
 * {@code definitions}/{@code $defs} inside a schema; yet a {@code $ref} may point at any place of
 * the document (APIs.guru's converter writes {@code #/paths/~1a~1%7Bid%7D/get/parameters/0}).
 *
 * <p>On the document's tree, in place:
 *
 * <ul>
 *   <li>a legal {@code $ref} to a place the parser cannot follow (an element under {@code #/paths},
 *       a schema under {@code definitions}) is pointed at a copy of its target under {@code
 *       components} (one per target, named from its place), with no warning: it is legal;
 *   <li>a percent-encoded pointer is written decoded;
 *   <li>a {@code $ref} to an element of another kind whose shape fits (a response {@code $ref} to a
 *       request body) uses it, and a response or request body {@code $ref} to a schema uses the
 *       schema as its JSON body: {@link Repair#REF_OF_ANOTHER_KIND};
 *   <li>a parameter {@code $ref} to nothing (the parser drops it) is reported: {@link
 *       Repair#MISSING_REF};
 *   <li>a discriminator mapping to a missing schema or file is removed: {@link
 *       Repair#MISSING_MAPPING}.
 * </ul>
 *
 * Schema {@code $ref}s to other places the parser keeps ({@code
 * #/components/schemas/X/properties/y}, a schema under {@code #/paths}) are left for the model
 * stage, which resolves them to the type at that place. Diagnostics carry pointers of the repaired
 * document; {@link #origins()} maps each copy back to where its original is written.
 *
 * <p>Over 500 lines on purpose: one walk over every place of the document where a {@code $ref} may
 * stand, with the decision for each kind of element beside it; split by kind, each part would have
 * to repeat the walk or share its state.
 */
final class RefRepairs {
  private enum Kind {
    SCHEMA("schemas"),
    PARAMETER("parameters"),
    RESPONSE("responses"),
    REQUEST_BODY("requestBodies"),
    HEADER("headers");

    final String section;

    Kind(String section) {
      this.section = section;
    }

    String label() {
      return switch (this) {
        case SCHEMA -> "schema";
        case PARAMETER -> "parameter";
        case RESPONSE -> "response";
        case REQUEST_BODY -> "request body";
        case HEADER -> "header";
      };
    }
  }

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** Keywords whose value is a schema. */
  private static final List<String> SCHEMA_KEYWORDS =
      List.of(
          "items",
          "additionalProperties",
          "not",
          "if",
          "then",
          "else",
          "contains",
          "propertyNames",
          "unevaluatedProperties",
          "unevaluatedItems",
          "additionalItems",
          "contentSchema");

  /** Keywords whose value is a list of schemas. */
  private static final List<String> SCHEMA_LISTS =
      List.of("allOf", "anyOf", "oneOf", "prefixItems");

  /** Keywords whose value maps names to schemas. */
  private static final List<String> SCHEMA_MAPS =
      List.of("properties", "patternProperties", "dependentSchemas");

  /** Keywords that say an element is a schema rather than a response or a request body. */
  private static final List<String> SCHEMA_SHAPE =
      List.of(
          "type",
          "properties",
          "allOf",
          "oneOf",
          "anyOf",
          "items",
          "enum",
          "additionalProperties",
          "format");

  private final ObjectNode root;
  private final Path file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, SourceLocation> origins = new HashMap<>();

  /** Section + canonical target -> the {@code $ref} of its copy. */
  private final Map<String, String> copies = new HashMap<>();

  private final String display;

  private RefRepairs(ObjectNode root, Path file, String display) {
    this.root = root;
    this.file = file;
    this.display = display;
  }

  /**
   * Repairs {@code tree} (the root document, {@code file} on disk, shown as {@code display}) in
   * place.
   */
  static RefRepairs run(JsonNode tree, Path file, String display) {
    RefRepairs r =
        new RefRepairs(
            tree instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode(),
            file,
            display);
    if (tree instanceof ObjectNode) {
      r.document();
    }
    return r;
  }

  /** Repairs made, with pointers into the repaired document. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Pointer of each copy this made -> where its original is written. */
  Map<String, SourceLocation> origins() {
    return origins;
  }

  // the walk ------------------------------------------------------------------------------------

  private void document() {
    eachField(root.get("paths"), "#/paths", this::pathItem);
    eachField(root.get("webhooks"), "#/webhooks", this::pathItem);
    JsonNode c = root.get("components");
    if (c instanceof ObjectNode) {
      eachField(c.get("schemas"), "#/components/schemas", this::schema);
      eachField(c.get("parameters"), "#/components/parameters", this::parameter);
      eachField(c.get("responses"), "#/components/responses", this::response);
      eachField(c.get("requestBodies"), "#/components/requestBodies", this::requestBody);
      eachField(c.get("headers"), "#/components/headers", this::header);
      eachField(c.get("pathItems"), "#/components/pathItems", this::pathItem);
      eachField(c.get("callbacks"), "#/components/callbacks", this::callback);
    }
  }

  private interface Walk {
    void walk(JsonNode node, String pointer);
  }

  private static void eachField(JsonNode map, String base, Walk walk) {
    if (!(map instanceof ObjectNode o)) {
      return;
    }
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      walk.walk(o.get(name), base + "/" + JsonPointers.escape(name));
    }
  }

  private static void eachElement(JsonNode list, String base, Walk walk) {
    if (list != null && list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        walk.walk(list.get(i), base + "/" + i);
      }
    }
  }

  private void pathItem(JsonNode item, String at) {
    if (!(item instanceof ObjectNode) || item.has("$ref")) {
      return;
    }
    eachElement(item.get("parameters"), at + "/parameters", this::parameter);
    for (String method : METHODS) {
      JsonNode op = item.get(method);
      if (op instanceof ObjectNode) {
        String opAt = at + "/" + method;
        eachElement(op.get("parameters"), opAt + "/parameters", this::parameter);
        if (op.get("requestBody") != null) {
          requestBody(op.get("requestBody"), opAt + "/requestBody");
        }
        eachField(op.get("responses"), opAt + "/responses", this::response);
        eachField(op.get("callbacks"), opAt + "/callbacks", this::callback);
      }
    }
  }

  private void callback(JsonNode callback, String at) {
    if (callback instanceof ObjectNode && !callback.has("$ref")) {
      eachField(callback, at, this::pathItem);
    }
  }

  private void parameter(JsonNode p, String at) {
    if (!ref(p, at, Kind.PARAMETER) && p instanceof ObjectNode) {
      schema(p.get("schema"), at + "/schema");
      content(p.get("content"), at + "/content");
    }
  }

  private void requestBody(JsonNode body, String at) {
    if (!ref(body, at, Kind.REQUEST_BODY) && body instanceof ObjectNode) {
      content(body.get("content"), at + "/content");
    }
  }

  private void response(JsonNode r, String at) {
    if (!ref(r, at, Kind.RESPONSE) && r instanceof ObjectNode) {
      content(r.get("content"), at + "/content");
      eachField(r.get("headers"), at + "/headers", this::header);
    }
  }

  private void header(JsonNode h, String at) {
    if (!ref(h, at, Kind.HEADER) && h instanceof ObjectNode) {
      schema(h.get("schema"), at + "/schema");
      content(h.get("content"), at + "/content");
    }
  }

  private void content(JsonNode content, String at) {
    eachField(content, at, (m, p) -> schema(m == null ? null : m.get("schema"), p + "/schema"));
  }

  private void schema(JsonNode s, String at) {
    if (!(s instanceof ObjectNode o) || ref(s, at, Kind.SCHEMA)) {
      return;
    }
    mapping(o, at);
    for (String k : SCHEMA_KEYWORDS) {
      schema(o.get(k), at + "/" + k);
    }
    for (String k : SCHEMA_LISTS) {
      eachElement(o.get(k), at + "/" + k, this::schema);
    }
    for (String k : SCHEMA_MAPS) {
      eachField(o.get(k), at + "/" + k, this::schema);
    }
    if (o.get("items") != null && o.get("items").isArray()) {
      eachElement(o.get("items"), at + "/items", this::schema); // draft-04 tuples
    }
  }

  // $refs ---------------------------------------------------------------------------------------

  /** Handles the {@code $ref} of an element of this kind; false when it has none. */
  private boolean ref(JsonNode node, String at, Kind kind) {
    if (!(node instanceof ObjectNode o) || o.get("$ref") == null || !o.get("$ref").isTextual()) {
      return false;
    }
    String ref = o.get("$ref").asText();
    if (!ref.startsWith("#")) {
      return true; // another file: the loader follows it
    }
    List<String> segments = JsonPointers.segments(ref);
    String canonical = JsonPointers.of(segments);
    boolean component = segments.size() == 3 && segments.get(0).equals("components");
    if (component && segments.get(1).equals(kind.section)) {
      o.put("$ref", canonical);
      return true;
    }
    JsonNode target = navigate(segments);
    if (target == null) {
      if (kind == Kind.PARAMETER) {
        repair(
            Repair.MISSING_REF,
            at,
            "parameter $ref " + ref + " points at nothing; the parameter is left out",
            "fix the reference or declare the parameter");
      }
      o.put("$ref", canonical);
      return true;
    }
    String otherKind =
        segments.size() >= 2 && segments.get(0).equals("components")
            ? kindOfSection(segments.get(1))
            : null;
    if (kind == Kind.SCHEMA) {
      o.put(
          "$ref",
          segments.contains("definitions") || segments.contains("$defs")
              ? copy(kind, segments, target)
              : canonical);
      return true;
    }
    boolean schemaShaped =
        (otherKind != null && otherKind.equals("schema")) || isSchemaShaped(target);
    if (!schemaShaped && fits(kind, target)) {
      o.put("$ref", copy(kind, segments, target));
      if (otherKind != null) {
        repair(
            Repair.REF_OF_ANOTHER_KIND,
            at,
            kind.label()
                + " $ref "
                + ref
                + " points at a "
                + otherKind
                + "; its shape fits, so it is used as the "
                + kind.label(),
            "point the $ref at #/components/" + kind.section + "/...");
      }
    } else if (schemaShaped && (kind == Kind.RESPONSE || kind == Kind.REQUEST_BODY)) {
      o.put("$ref", wrap(kind, canonical));
      repair(
          Repair.REF_OF_ANOTHER_KIND,
          at,
          kind.label()
              + " $ref "
              + ref
              + " points at a schema; the schema is used as its JSON body",
          "describe the "
              + kind.label()
              + " under #/components/"
              + kind.section
              + " with content: application/json: schema: $ref: "
              + canonical);
    } else {
      o.put("$ref", canonical); // the model stage reports it
    }
    return true;
  }

  private static String kindOfSection(String section) {
    for (Kind k : Kind.values()) {
      if (k.section.equals(section)) {
        return k.label();
      }
    }
    return section;
  }

  /** Whether an element can stand for one of this kind. */
  private static boolean fits(Kind kind, JsonNode target) {
    if (!target.isObject()) {
      return false;
    }
    if (target.has("$ref")) {
      return true;
    }
    return switch (kind) {
      case PARAMETER -> target.has("name") && target.has("in");
      case RESPONSE -> target.has("description") || target.has("content");
      case REQUEST_BODY -> target.has("content");
      case HEADER -> (target.has("schema") || target.has("content")) && !target.has("in");
      case SCHEMA -> true;
    };
  }

  private static boolean isSchemaShaped(JsonNode target) {
    if (!target.isObject() || target.has("content") || target.has("in")) {
      return false;
    }
    return SCHEMA_SHAPE.stream().anyMatch(target::has);
  }

  /** The node at a pointer of the document, or null. */
  private JsonNode navigate(List<String> segments) {
    JsonNode n = root;
    for (String s : segments) {
      if (n == null) {
        return null;
      }
      if (n.isArray()) {
        try {
          n = n.get(Integer.parseInt(s));
        } catch (NumberFormatException e) {
          return null;
        }
      } else {
        n = n.get(s);
      }
    }
    return n;
  }

  /**
   * The {@code $ref} of a copy of {@code target} under {@code components/<kind's section>} (made
   * once per target), walked like any element of its kind.
   */
  private String copy(Kind kind, List<String> segments, JsonNode target) {
    String key = kind.section + "\u0000" + JsonPointers.of(segments);
    String existing = copies.get(key);
    if (existing != null) {
      return existing;
    }
    ObjectNode section = section(kind.section);
    String name = copyName(kind, segments, section);
    section.set(name, target.deepCopy());
    String pointer = "#/components/" + kind.section + "/" + JsonPointers.escape(name);
    copies.put(key, pointer);
    origins.put(pointer, SourceLocation.of(display, JsonPointers.of(segments)));
    JsonNode copy = section.get(name);
    switch (kind) {
      case SCHEMA -> schema(copy, pointer);
      case PARAMETER -> parameter(copy, pointer);
      case RESPONSE -> response(copy, pointer);
      case REQUEST_BODY -> requestBody(copy, pointer);
      case HEADER -> header(copy, pointer);
    }
    return pointer;
  }

  /** A response or request body whose JSON body is the schema at {@code schemaRef}. */
  private String wrap(Kind kind, String schemaRef) {
    String key = kind.section + "\u0000schema\u0000" + schemaRef;
    String existing = copies.get(key);
    if (existing != null) {
      return existing;
    }
    ObjectNode section = section(kind.section);
    List<String> segments = JsonPointers.segments(schemaRef);
    String name = copyName(kind, segments, section);
    ObjectNode element = section.putObject(name);
    if (kind == Kind.RESPONSE) {
      element.put("description", "");
    }
    element
        .putObject("content")
        .putObject("application/json")
        .putObject("schema")
        .put("$ref", schemaRef);
    String pointer = "#/components/" + kind.section + "/" + JsonPointers.escape(name);
    copies.put(key, pointer);
    return pointer;
  }

  private ObjectNode section(String name) {
    JsonNode c = root.get("components");
    ObjectNode components = c instanceof ObjectNode o ? o : root.putObject("components");
    JsonNode s = components.get(name);
    return s instanceof ObjectNode o ? o : components.putObject(name);
  }

  /**
   * A name for a copy: a schema's is its own last name ({@code definitions/bankTransactionLine} is
   * {@code bankTransactionLine}), with the names before it when that is taken ({@code
   * BankTransactions_bankTransactionLine}); other elements are named from their whole place. Then a
   * number when still taken.
   */
  private static String copyName(Kind kind, List<String> segments, ObjectNode section) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      boolean keyword =
          i == 0
              || (kind == Kind.SCHEMA
                  && (s.equals("definitions")
                      || s.equals("$defs")
                      || s.equals("properties")
                      || s.equals("schemas")
                      || s.equals("items")));
      if (!keyword) {
        names.add(s.replaceAll("[^A-Za-z0-9_.-]+", "_").replaceAll("^_+|_+$", ""));
      }
    }
    names.removeIf(String::isEmpty);
    if (names.isEmpty()) {
      names.add(kind.section);
    }
    String name = null;
    if (kind == Kind.SCHEMA) {
      for (int from = names.size() - 1; from >= 0; from--) {
        String candidate = String.join("_", names.subList(from, names.size()));
        if (!section.has(candidate)) {
          name = candidate;
          break;
        }
      }
    }
    String base = name != null ? name : String.join("_", names);
    name = base;
    for (int n = 2; section.has(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  // discriminator mappings ------------------------------------------------------------------------

  /** Removes the mapping entries of a discriminator whose target is missing. */
  private void mapping(ObjectNode schema, String at) {
    JsonNode d = schema.get("discriminator");
    if (!(d instanceof ObjectNode disc) || !(disc.get("mapping") instanceof ObjectNode mapping)) {
      return;
    }
    List<String> names = new ArrayList<>();
    mapping.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode v = mapping.get(name);
      if (v == null || !v.isTextual() || !missing(v.asText())) {
        continue;
      }
      mapping.remove(name);
      repair(
          Repair.MISSING_MAPPING,
          at + "/discriminator/mapping/" + JsonPointers.escape(name),
          "discriminator mapping '"
              + name
              + "' points at "
              + v.asText()
              + ", which is not there; the entry is ignored (the variant is recognised without it)",
          "point the mapping at a schema of the oneOf/anyOf, or remove it");
    }
  }

  /** Whether a mapping value names nothing: a local pointer to nothing, or a file not there. */
  private boolean missing(String value) {
    if (value.startsWith("#")) {
      return navigate(JsonPointers.segments(value)) == null;
    }
    int hash = value.indexOf('#');
    String target = hash < 0 ? value : value.substring(0, hash);
    if (target.contains("://") || (!target.contains("/") && !target.contains("."))) {
      return false; // a schema name, or a remote document
    }
    Path parent = file.toAbsolutePath().getParent();
    try {
      return parent != null && !Files.isRegularFile(parent.resolve(target).normalize());
    } catch (java.nio.file.InvalidPathException e) {
      return true;
    }
  }

  private void repair(Repair repair, String pointer, String message, String hint) {
    diagnostics.add(
        Diagnostic.repaired(repair, SourceLocation.of(display, pointer), message, hint));
  }
}
