package dev.specpoet.generator.modelbuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.generator.load.LoadedSpec;
import dev.specpoet.generator.load.SourceMap;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Constraints;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.ErrorResponse;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.RequestBody;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SecurityScheme;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import dev.specpoet.generator.names.Words;
import dev.specpoet.runtime.SensitiveNames;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model stage: turns swagger-parser's document into the immutable {@link ApiModel}. The only
 * stage (with the loader) that imports {@code io.swagger.*}. Every problem is collected with its
 * location; constructs it cannot model degrade to free-form JSON with a warning.
 */
public final class ModelBuilder {
  private static final String SCHEMAS = "#/components/schemas/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([^}/]+)}");

  private final OpenAPI api;
  private final String file;
  private final SourceMap sources;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Schema<?>> components = new LinkedHashMap<>();

  /**
   * Types by id, in the order they are emitted (a placeholder reserves the slot of a type being
   * built).
   */
  private final Map<String, TypeDef> types = new LinkedHashMap<>();

  private final Set<String> building = new HashSet<>();
  private final Map<String, TypeRef> aliases = new HashMap<>();
  private final Set<String> resolvingAliases = new HashSet<>();

  private ModelBuilder(LoadedSpec spec) {
    this.api = Objects.requireNonNull(spec.openApi(), "openApi");
    this.file = spec.displayName();
    this.sources = spec.sources();
  }

  /** The model, and every diagnostic found (errors make the run fail). */
  public record Result(ApiModel model, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
  }

  public static Result build(LoadedSpec spec) {
    ModelBuilder b = new ModelBuilder(spec);
    ApiModel model = b.run();
    return new Result(model, List.copyOf(b.diagnostics));
  }

  /**
   * A spec value (default, const, enum) as JSON. swagger-parser turns some into Java objects such
   * as {@code OffsetDateTime}; those become their ISO text.
   */
  private static JsonNode toJson(Object value) {
    if (value instanceof java.time.OffsetDateTime t) {
      return JSON.getNodeFactory()
          .textNode(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
    }
    if (value instanceof java.time.temporal.TemporalAccessor
        || value instanceof java.util.Date
        || value instanceof java.util.UUID
        || value instanceof java.net.URI) {
      return JSON.getNodeFactory().textNode(value.toString());
    }
    try {
      return JSON.valueToTree(value);
    } catch (IllegalArgumentException e) {
      return JSON.getNodeFactory().textNode(String.valueOf(value));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // diagnostics

  /**
   * Where an element of the resolved document is written. Locations are real from here on: the file
   * the element is written in and the pointer inside that file ({@code #/Gateway} in {@code
   * schemas/gateway.yaml}, not {@code #/components/schemas/Gateway} in the root), so {@code
   * at.child(...)} stays in the right file.
   */
  private SourceLocation loc(String pointer) {
    return sources.locate(pointer);
  }

  /** {@code loc} of {@code base} plus segments (escaped per RFC 6901). */
  private SourceLocation loc(String base, String... segments) {
    return loc(SourceLocation.of(file, base).child(segments).pointer());
  }

  /**
   * The id of an inline type: its pointer, qualified by its file when that is not the root (two
   * files may have the same pointer). Component types keep {@code #/components/schemas/NAME}.
   */
  private String inlineId(SourceLocation at) {
    return at.file() == null || at.file().equals(file) ? at.pointer() : at.file() + at.pointer();
  }

  private void error(SourceLocation at, String message, String hint) {
    add(Diagnostic.error(sources.withLine(at), message, hint));
  }

  private void warn(SourceLocation at, String message, String hint) {
    add(Diagnostic.warning(sources.withLine(at), message, hint));
  }

  /** Each problem once, even when a schema is reached along several paths. */
  private void add(Diagnostic d) {
    if (!diagnostics.contains(d)) {
      diagnostics.add(d);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // the whole document

  private ApiModel run() {
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      for (Map.Entry<String, Schema> e : api.getComponents().getSchemas().entrySet()) {
        components.put(e.getKey(), e.getValue());
      }
    }
    for (Map.Entry<String, Schema<?>> e : components.entrySet()) {
      String id = SCHEMAS + e.getKey();
      Schema<?> s = e.getValue();
      if (s == null) {
        continue;
      }
      if (isTypeKind(s, new HashSet<>())) {
        defineType(s, id, null, e.getKey(), loc(id));
      } else {
        aliasOf(e.getKey());
      }
    }
    List<Operation> operations = buildOperations();
    Resource root = buildResources(operations);
    List<SecurityScheme> security = buildSecurity();
    List<String> servers = new ArrayList<>();
    if (api.getServers() != null) {
      for (Server s : api.getServers()) {
        if (s.getUrl() != null) {
          servers.add(s.getUrl());
        }
      }
    }
    String title = api.getInfo() == null ? null : api.getInfo().getTitle();
    String version = api.getInfo() == null ? null : api.getInfo().getVersion();
    Doc doc = api.getInfo() == null ? Doc.NONE : doc(api.getInfo().getDescription(), null, false);
    List<TypeDef> all = new ArrayList<>();
    for (TypeDef t : types.values()) {
      if (t != null) {
        all.add(t);
      }
    }
    String envPrefix =
        api.getInfo() == null
            ? null
            : extensionString(api.getInfo().getExtensions(), "x-specpoet-env-prefix");
    return new ApiModel(
        title == null ? "" : title,
        version == null ? "" : version,
        doc,
        file,
        servers,
        security,
        all,
        root,
        envPrefix,
        securityRequirements());
  }

  // ---------------------------------------------------------------------------------------------
  // schema classification

  private static Set<String> typesOf(Schema<?> s) {
    Set<String> out = new LinkedHashSet<>();
    if (s.getTypes() != null) {
      out.addAll(s.getTypes());
    }
    if (out.isEmpty() && s.getType() != null) {
      out.add(s.getType());
    }
    return out;
  }

  private static Set<String> nonNullTypes(Schema<?> s) {
    Set<String> t = typesOf(s);
    t.remove("null");
    return t;
  }

  private static boolean isNullSchema(Schema<?> s) {
    Set<String> t = typesOf(s);
    return t.size() == 1 && t.contains("null") && s.get$ref() == null;
  }

  private static List<Schema> nonNull(List<Schema> list) {
    List<Schema> out = new ArrayList<>();
    for (Schema s : list) {
      if (s != null && !isNullSchema(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static List<Object> nonNullEnum(Schema<?> s) {
    List<Object> out = new ArrayList<>();
    if (s.getEnum() != null) {
      for (Object o : s.getEnum()) {
        if (o != null) {
          out.add(o);
        }
      }
    }
    return out;
  }

  private static boolean hasProperties(Schema<?> s) {
    return s.getProperties() != null && !s.getProperties().isEmpty();
  }

  private static List<Schema> unionParts(Schema<?> s) {
    if (s.getOneOf() != null && !s.getOneOf().isEmpty()) {
      return s.getOneOf();
    }
    if (s.getAnyOf() != null && !s.getAnyOf().isEmpty()) {
      return s.getAnyOf();
    }
    return List.of();
  }

  /**
   * Whether a schema is emitted as a type of its own (object, enum, union), rather than an alias.
   */
  private boolean isTypeKind(Schema<?> s, Set<String> seen) {
    if (s.get$ref() != null && !hasProperties(s) && s.getAllOf() == null) {
      return false;
    }
    if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
      return !isSingleRefAllOf(s);
    }
    List<Schema> parts = nonNull(unionParts(s));
    if (!parts.isEmpty()) {
      return parts.size() > 1;
    }
    if (nonNullEnum(s).size() > 1) {
      return true;
    }
    if (nonNullEnum(s).size() == 1 || s.getConst() != null) {
      return false;
    }
    return hasProperties(s);
  }

  /** {@code allOf: [{$ref: X}]} plus at most documentation: just X. */
  private static boolean isSingleRefAllOf(Schema<?> s) {
    List<Schema> all = s.getAllOf();
    if (all == null || all.isEmpty()) {
      return false;
    }
    int refs = 0;
    for (Schema part : all) {
      if (part.get$ref() != null) {
        refs++;
      } else if (hasProperties(part)
          || part.getAllOf() != null
          || !unionParts(part).isEmpty()
          || part.getAdditionalProperties() != null
          || part.getRequired() != null) {
        return false;
      }
    }
    return refs == 1 && !hasProperties(s) && (s.getRequired() == null || s.getRequired().isEmpty());
  }

  private static String singleRef(Schema<?> s) {
    for (Schema part : s.getAllOf()) {
      if (part.get$ref() != null) {
        return part.get$ref();
      }
    }
    throw new IllegalStateException();
  }

  // ---------------------------------------------------------------------------------------------
  // types

  /** A component that is not a type of its own: the use it stands for. */
  private TypeRef aliasOf(String name) {
    TypeRef cached = aliases.get(name);
    if (cached != null) {
      return cached;
    }
    String id = SCHEMAS + name;
    if (!resolvingAliases.add(name)) {
      warn(
          loc(id), "schema " + name + " refers only to itself; it is read as free-form JSON", null);
      return new TypeRef.AnyJson();
    }
    try {
      TypeRef ref = typeOf(components.get(name), loc(id), null, name);
      aliases.put(name, ref);
      return ref;
    } finally {
      resolvingAliases.remove(name);
    }
  }

  /**
   * Whether nothing is written where a local {@code $ref} of the resolved document points (in the
   * file that place is written in).
   */
  private boolean targetMissing(String ref) {
    SourceLocation target = loc(ref);
    return sources.missing(target.file(), target.pointer());
  }

  /** The use of a $ref target. */
  private TypeRef refTarget(String ref, SourceLocation at) {
    if (ref.startsWith(SCHEMAS)) {
      String name = ref.substring(SCHEMAS.length());
      Schema<?> target = components.get(name);
      if (target == null) {
        if (name.contains("/") && !targetMissing(ref)) {
          warn(
              at,
              "$ref " + ref + " points inside a schema; it is read as free-form JSON",
              "point $ref at a schema under #/components/schemas");
        } else {
          error(
              at,
              "unresolvable $ref: " + ref + " (no schema '" + name + "' in components/schemas)",
              "fix the reference or add the schema");
        }
        return new TypeRef.AnyJson();
      }
      if (isTypeKind(target, new HashSet<>())) {
        String id = SCHEMAS + name;
        if (!types.containsKey(id)) {
          defineType(target, id, null, name, loc(id));
        }
        return new TypeRef.Named(id);
      }
      return aliasOf(name);
    }
    if (ref.startsWith("#/")) {
      if (targetMissing(ref)) {
        error(
            at.child("$ref"),
            "unresolvable $ref: " + ref + " (nothing at that pointer)",
            "fix the reference or add what it points at");
      } else {
        warn(
            at,
            "$ref " + ref + " does not point at a component schema; it is read as free-form JSON",
            null);
      }
      return new TypeRef.AnyJson();
    }
    error(
        at,
        "unresolvable $ref: " + ref,
        "check that the referenced file exists and the pointer is right");
    return new TypeRef.AnyJson();
  }

  /** Whether a use of {@code s} may be JSON null. */
  private boolean isNullable(Schema<?> s) {
    if (s == null) {
      return false;
    }
    if (Boolean.TRUE.equals(s.getNullable()) || typesOf(s).contains("null")) {
      return true;
    }
    if (s.getEnum() != null && s.getEnum().contains(null)) {
      return true;
    }
    for (Schema part : unionParts(s)) {
      if (part != null && isNullSchema(part)) {
        return true;
      }
    }
    if (s.get$ref() != null && s.get$ref().startsWith(SCHEMAS)) {
      Schema<?> target = components.get(s.get$ref().substring(SCHEMAS.length()));
      if (target != null
          && !isTypeKind(target, new HashSet<>())
          && target != s
          && !resolvingAliases.contains(s.get$ref())) {
        // an alias such as `NullableString: {type: [string, "null"]}`
        return Boolean.TRUE.equals(target.getNullable()) || typesOf(target).contains("null");
      }
    }
    return false;
  }

  /**
   * The type of a use of {@code s} at {@code at}. Inline objects, enums and unions become types
   * nested in {@code parentId} (top-level when null) named from {@code hint}.
   */
  TypeRef typeOf(Schema<?> s, SourceLocation at, String parentId, String hint) {
    if (s == null) {
      return new TypeRef.AnyJson();
    }
    warnUnsupported(s, at);
    if (s.get$ref() != null) {
      if (hasProperties(s)) {
        warn(
            at,
            "properties next to $ref are ignored; the referenced schema is used",
            "move them into an allOf");
      }
      return refTarget(s.get$ref(), at);
    }
    if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
      if (isSingleRefAllOf(s)) {
        return refTarget(singleRef(s), at.child("allOf", "0"));
      }
      return named(s, at, parentId, hint);
    }
    List<Schema> parts = nonNull(unionParts(s));
    if (!parts.isEmpty()) {
      if (parts.size() == 1) {
        String key = s.getOneOf() != null && !s.getOneOf().isEmpty() ? "oneOf" : "anyOf";
        int index = unionParts(s).indexOf(parts.get(0));
        return typeOf(parts.get(0), at.child(key, Integer.toString(index)), parentId, hint);
      }
      return named(s, at, parentId, hint);
    }
    List<Object> values = nonNullEnum(s);
    if (values.size() > 1) {
      return named(s, at, parentId, hint);
    }
    if (values.size() == 1 || s.getConst() != null) {
      Object v = values.size() == 1 ? values.get(0) : s.getConst();
      return constType(v);
    }
    if (hasProperties(s)) {
      return named(s, at, parentId, hint);
    }
    Set<String> t = nonNullTypes(s);
    if (t.size() > 1) {
      return primitiveUnion(s, t, at, parentId, hint);
    }
    String type = t.isEmpty() ? null : t.iterator().next();
    if (type == null) {
      if (s.getItems() != null) {
        type = "array";
      } else if (s.getAdditionalProperties() instanceof Schema) {
        type = "object";
      } else {
        return new TypeRef.AnyJson();
      }
    }
    switch (type) {
      case "object":
        {
          Object ap = s.getAdditionalProperties();
          if (ap instanceof Schema<?> apSchema) {
            return new TypeRef.MapOf(
                typeOf(apSchema, at.child("additionalProperties"), parentId, hint));
          }
          return new TypeRef.AnyJson();
        }
      case "array":
        {
          if (s.getPrefixItems() != null && !s.getPrefixItems().isEmpty()) {
            // a tuple: its elements have different types (warned above)
            return new TypeRef.ArrayOf(
                new TypeRef.AnyJson(), Boolean.TRUE.equals(s.getUniqueItems()));
          }
          if (s.getItems() == null) {
            return new TypeRef.ArrayOf(
                new TypeRef.AnyJson(), Boolean.TRUE.equals(s.getUniqueItems()));
          }
          TypeRef items =
              typeOf(s.getItems(), at.child("items"), parentId, Words.singularLast(hint));
          return new TypeRef.ArrayOf(items, Boolean.TRUE.equals(s.getUniqueItems()));
        }
      case "string":
      case "integer":
      case "number":
      case "boolean":
        return new TypeRef.Primitive(primitive(type, s.getFormat()));
      default:
        warn(at, "unsupported type '" + type + "'; read as free-form JSON", null);
        return new TypeRef.AnyJson();
    }
  }

  /**
   * JSON Schema keywords the model has no place for. Each is ignored with a warning at the keyword:
   * the generated type accepts what the keyword would exclude, or reads the value as free-form
   * JSON.
   */
  private void warnUnsupported(Schema<?> s, SourceLocation at) {
    if (s.getNot() != null) {
      warn(
          at.child("not"),
          "'not' is not supported and is ignored: values it excludes are accepted",
          null);
    }
    String conditional =
        s.getIf() != null
            ? "if"
            : s.getThen() != null ? "then" : s.getElse() != null ? "else" : null;
    if (conditional != null) {
      warn(
          at.child(conditional),
          "'if'/'then'/'else' is not supported and is ignored: the conditional schemas do not"
              + " shape the type",
          null);
    }
    if (s.getPrefixItems() != null && !s.getPrefixItems().isEmpty()) {
      warn(
          at.child("prefixItems"),
          "'prefixItems' (a tuple) is not supported: the elements are read as free-form JSON",
          "use items with one schema, or a oneOf of the element types");
    }
    if (s.getPatternProperties() != null && !s.getPatternProperties().isEmpty()) {
      warn(
          at.child("patternProperties"),
          "'patternProperties' is not supported: properties matching its patterns are"
              + " not typed (an object keeps them as additional properties)",
          "use additionalProperties with one schema");
    }
    if (s.getDependentSchemas() != null && !s.getDependentSchemas().isEmpty()) {
      warn(
          at.child("dependentSchemas"), "'dependentSchemas' is not supported and is ignored", null);
    }
    if (s.getDependentRequired() != null && !s.getDependentRequired().isEmpty()) {
      warn(
          at.child("dependentRequired"),
          "'dependentRequired' is not supported and is ignored",
          null);
    }
    if (s.getUnevaluatedProperties() != null) {
      warn(
          at.child("unevaluatedProperties"),
          "'unevaluatedProperties' is not supported and is ignored",
          null);
    }
    if (s.getUnevaluatedItems() != null) {
      warn(
          at.child("unevaluatedItems"), "'unevaluatedItems' is not supported and is ignored", null);
    }
    if (s.getContains() != null) {
      warn(at.child("contains"), "'contains' is not supported and is ignored", null);
    }
    if (s.getPropertyNames() != null) {
      warn(at.child("propertyNames"), "'propertyNames' is not supported and is ignored", null);
    }
  }

  private static TypeRef constType(Object v) {
    if (v instanceof Boolean) {
      return new TypeRef.Primitive(PrimitiveKind.BOOLEAN);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
      return new TypeRef.Primitive(PrimitiveKind.INT64);
    }
    if (v instanceof Number) {
      return new TypeRef.Primitive(PrimitiveKind.NUMBER);
    }
    if (v instanceof String) {
      return new TypeRef.Primitive(PrimitiveKind.STRING);
    }
    return new TypeRef.AnyJson();
  }

  /**
   * A 3.1 type array with several non-null types ({@code [string, integer]}): a structural union.
   */
  private TypeRef primitiveUnion(
      Schema<?> s, Set<String> t, SourceLocation at, String parentId, String hint) {
    String id = inlineId(at);
    if (types.containsKey(id)) {
      return new TypeRef.Named(id);
    }
    List<UnionType.Variant> variants = new ArrayList<>();
    for (String type : t) {
      TypeRef ref;
      if (type.equals("array")) {
        ref =
            new TypeRef.ArrayOf(
                s.getItems() == null
                    ? new TypeRef.AnyJson()
                    : typeOf(s.getItems(), at.child("items"), id, Words.singularLast(hint)),
                false);
      } else if (type.equals("object")) {
        ref = new TypeRef.AnyJson();
      } else {
        ref = new TypeRef.Primitive(primitive(type, s.getFormat()));
      }
      variants.add(
          new UnionType.Variant(variantHintFor(ref), ref, kindOfRef(ref), List.of(), List.of()));
    }
    variants.sort(STRUCTURAL_ORDER);
    types.put(
        id,
        new UnionType(id, parentId, hint, doc(s), at, UnionType.Kind.STRUCTURAL, null, variants));
    return new TypeRef.Named(id);
  }

  private static PrimitiveKind primitive(String type, String format) {
    String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
    switch (type) {
      case "integer":
        return f.equals("int32") ? PrimitiveKind.INT32 : PrimitiveKind.INT64;
      case "number":
        return PrimitiveKind.NUMBER;
      case "boolean":
        return PrimitiveKind.BOOLEAN;
      default:
        return switch (f) {
          case "date" -> PrimitiveKind.DATE;
          case "date-time" -> PrimitiveKind.DATE_TIME;
          case "uuid" -> PrimitiveKind.UUID;
          case "uri", "url" -> PrimitiveKind.URI;
          case "byte", "binary" -> PrimitiveKind.BYTES;
          default -> PrimitiveKind.STRING;
        };
    }
  }

  /** An inline type: defined once at its pointer, nested in {@code parentId}. */
  private TypeRef named(Schema<?> s, SourceLocation at, String parentId, String hint) {
    String id = inlineId(at);
    if (!types.containsKey(id)) {
      defineType(s, id, parentId, hint, at);
    }
    return new TypeRef.Named(id);
  }

  /** Builds the type with this id (object, enum or union). */
  private void defineType(Schema<?> s, String id, String parentId, String hint, SourceLocation at) {
    if (types.containsKey(id) || !building.add(id)) {
      return;
    }
    types.put(id, null); // reserve the slot: spec order, parents before children
    warnUnsupported(s, at);
    try {
      TypeDef def;
      List<Schema> parts = nonNull(unionParts(s));
      if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
        def = buildObject(s, id, parentId, hint, at);
      } else if (parts.size() > 1) {
        def = buildUnion(s, parts, id, parentId, hint, at);
      } else if (nonNullEnum(s).size() > 1) {
        def = buildEnum(s, id, parentId, hint, at);
      } else {
        def = buildObject(s, id, parentId, hint, at);
      }
      if (def == null) {
        types.remove(id);
      } else {
        types.put(id, def);
      }
    } finally {
      building.remove(id);
    }
  }

  // objects ----------------------------------------------------------------------------------

  /** One property collected from a schema and its allOf parts. */
  private record Prop(String name, Schema<?> schema, SourceLocation at, String owner) {}

  private static final class Collected {
    final Map<String, Prop> props = new LinkedHashMap<>();
    final Set<String> required = new LinkedHashSet<>();
    Schema<?> additional;
    boolean deprecated;
    String description;
  }

  private void collect(
      Schema<?> s, SourceLocation at, String owner, Collected c, Set<String> visiting) {
    if (s == null) {
      return;
    }
    if (s.get$ref() != null) {
      String ref = s.get$ref();
      if (!ref.startsWith(SCHEMAS) || !components.containsKey(ref.substring(SCHEMAS.length()))) {
        refTarget(ref, at); // reports it
        return;
      }
      String name = ref.substring(SCHEMAS.length());
      if (!visiting.add(name)) {
        warn(at, "allOf includes itself through " + ref + "; the cycle is ignored", null);
        return;
      }
      Schema<?> target = components.get(name);
      String targetId = SCHEMAS + name;
      String targetOwner = isTypeKind(target, new HashSet<>()) ? targetId : owner;
      if (!nonNull(unionParts(target)).isEmpty() && nonNull(unionParts(target)).size() > 1) {
        warn(
            at,
            "allOf with the union " + name + " is not supported; its properties are not merged",
            null);
      } else {
        collect(target, loc(targetId), targetOwner, c, visiting);
      }
      visiting.remove(name);
      return;
    }
    if (s.getAllOf() != null) {
      for (int i = 0; i < s.getAllOf().size(); i++) {
        Schema<?> part = s.getAllOf().get(i);
        SourceLocation partAt = at.child("allOf", Integer.toString(i));
        if (part != null && part.get$ref() == null && nonNull(unionParts(part)).size() > 1) {
          warn(
              partAt,
              "oneOf/anyOf inside allOf is not supported; those alternatives are not merged into the object",
              "move the alternatives into a property, or make the whole schema a oneOf");
          continue;
        }
        if (part != null && part.get$ref() == null) {
          warnUnsupported(part, partAt);
        }
        collect(part, partAt, owner, c, visiting);
      }
    }
    if (s.getProperties() != null) {
      for (Map.Entry<String, Schema> e : s.getProperties().entrySet()) {
        c.props.put(
            e.getKey(),
            new Prop(e.getKey(), e.getValue(), at.child("properties", e.getKey()), owner));
      }
    }
    if (s.getRequired() != null) {
      c.required.addAll(s.getRequired());
    }
    if (s.getAdditionalProperties() instanceof Schema<?> ap) {
      c.additional = ap;
    }
    if (Boolean.TRUE.equals(s.getDeprecated())) {
      c.deprecated = true;
    }
    if (s.getDescription() != null && c.description == null) {
      c.description = s.getDescription();
    }
  }

  private ObjectType buildObject(
      Schema<?> s, String id, String parentId, String hint, SourceLocation at) {
    if (s.getDiscriminator() != null && nonNull(unionParts(s)).isEmpty()) {
      warn(
          at.child("discriminator"),
          "a discriminator on an object schema (allOf inheritance) is not modelled as a"
              + " union: "
              + hint
              + " is a plain class and its subtypes are classes that include its properties",
          "to get a union, list the subtypes in a oneOf with this discriminator");
    }
    Collected c = new Collected();
    Set<String> visiting = new HashSet<>();
    if (id.startsWith(SCHEMAS)) {
      visiting.add(id.substring(SCHEMAS.length()));
    }
    collect(s, at, id, c, visiting);
    List<Property> props = properties(c, id, parentId);
    TypeRef additional = null;
    if (c.additional != null) {
      additional = typeOf(c.additional, at.child("additionalProperties"), id, hint + "Value");
    }
    String description = s.getDescription() != null ? s.getDescription() : c.description;
    Doc doc = doc(description, s.getTitle(), Boolean.TRUE.equals(s.getDeprecated()));
    return new ObjectType(id, parentId, hint, doc, at, props, additional);
  }

  private List<Property> properties(Collected c, String ownerId, String parentOfOwner) {
    List<Property> props = new ArrayList<>();
    for (Prop p : c.props.values()) {
      Schema<?> ps = p.schema();
      if (ps == null) {
        continue;
      }
      String inlineParent = p.owner() == null ? ownerId : p.owner();
      TypeRef type = typeOf(ps, p.at(), inlineParent, Words.pascal(p.name()));
      boolean required = c.required.contains(p.name());
      boolean nullable = isNullable(ps);
      JsonNode def = ps.getDefault() == null ? null : toJson(ps.getDefault());
      JsonNode constValue = null;
      List<Object> values = nonNullEnum(ps);
      if (ps.get$ref() == null && (values.size() == 1 || ps.getConst() != null)) {
        constValue = toJson(values.size() == 1 ? values.get(0) : ps.getConst());
      }
      boolean secret =
          "password".equalsIgnoreCase(ps.getFormat()) || SensitiveNames.isSecret(p.name());
      props.add(
          new Property(
              p.name(),
              type,
              required,
              nullable,
              doc(ps),
              def,
              constValue,
              constraints(ps),
              Boolean.TRUE.equals(ps.getReadOnly()),
              Boolean.TRUE.equals(ps.getWriteOnly()),
              secret,
              p.at()));
    }
    return props;
  }

  private static Constraints constraints(Schema<?> s) {
    if (s.getMinLength() == null
        && s.getMaxLength() == null
        && s.getMinimum() == null
        && s.getMaximum() == null
        && s.getMinItems() == null
        && s.getMaxItems() == null
        && s.getPattern() == null) {
      return Constraints.NONE;
    }
    return new Constraints(
        s.getMinLength(),
        s.getMaxLength(),
        s.getMinimum(),
        s.getMaximum(),
        s.getMinItems(),
        s.getMaxItems(),
        s.getPattern());
  }

  // enums ------------------------------------------------------------------------------------

  /**
   * Constants per enum: each costs bytecode in the class initialiser, {@code of()} and {@code
   * known()}, which the JVM limits to 64 KB a method (~2,700 values fail to compile: "code too
   * large").
   */
  static final int MAX_ENUM_CONSTANTS = 2000;

  private EnumType buildEnum(
      Schema<?> s, String id, String parentId, String hint, SourceLocation at) {
    List<Object> values = nonNullEnum(s);
    Set<String> t = nonNullTypes(s);
    PrimitiveKind base;
    if (t.contains("integer")
        || (t.isEmpty()
            && values.stream().allMatch(v -> v instanceof Integer || v instanceof Long))) {
      base = "int32".equals(s.getFormat()) ? PrimitiveKind.INT32 : PrimitiveKind.INT64;
    } else if (t.contains("boolean")
        || (t.isEmpty() && values.stream().allMatch(v -> v instanceof Boolean))) {
      base = PrimitiveKind.BOOLEAN;
    } else if (t.contains("number")) {
      warn(
          at,
          "number enums are not supported; the values are kept as strings of their JSON text",
          null);
      base = PrimitiveKind.STRING;
    } else {
      base = PrimitiveKind.STRING;
    }
    List<EnumType.EnumValue> out = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    List<?> descriptions = extensionList(s.getExtensions(), "x-enum-descriptions");
    int index = -1;
    for (Object v : values) {
      index++;
      Object value;
      switch (base) {
        case INT32, INT64 -> {
          if (v instanceof Number n) {
            value = n.longValue();
          } else {
            try {
              value = Long.parseLong(v.toString());
            } catch (NumberFormatException e) {
              warn(
                  at.child("enum"),
                  "enum value '" + v + "' is not an integer; it is left out",
                  null);
              continue;
            }
          }
        }
        case BOOLEAN -> value = v instanceof Boolean b ? b : Boolean.valueOf(v.toString());
        default -> value = v instanceof String str ? str : String.valueOf(v);
      }
      if (seen.add(value)) {
        if (out.size() == MAX_ENUM_CONSTANTS) {
          warn(
              at.child("enum"),
              "the enum lists "
                  + values.size()
                  + " values; only the first "
                  + MAX_ENUM_CONSTANTS
                  + " get constants (a class's initialiser is limited to 64 KB); the others are accepted and kept like any"
                  + " unlisted value",
              null);
          break;
        }
        Object description =
            descriptions != null && index < descriptions.size() ? descriptions.get(index) : null;
        out.add(
            new EnumType.EnumValue(
                value, description == null ? Doc.NONE : doc(description.toString(), null, false)));
      }
    }
    return new EnumType(id, parentId, hint, doc(s), at, base, out);
  }

  // unions -----------------------------------------------------------------------------------

  private static final List<UnionType.JsonKind> KIND_ORDER =
      List.of(
          UnionType.JsonKind.OBJECT,
          UnionType.JsonKind.ARRAY,
          UnionType.JsonKind.STRING,
          UnionType.JsonKind.INTEGER,
          UnionType.JsonKind.NUMBER,
          UnionType.JsonKind.BOOLEAN,
          UnionType.JsonKind.NULL,
          UnionType.JsonKind.ANY);

  /** JSON kind first, then objects with more required properties first; stable for the rest. */
  static final Comparator<UnionType.Variant> STRUCTURAL_ORDER =
      Comparator.<UnionType.Variant>comparingInt(v -> KIND_ORDER.indexOf(v.jsonKind()))
          .thenComparing(
              Comparator.<UnionType.Variant>comparingInt(v -> v.requiredProperties().size())
                  .reversed());

  private UnionType buildUnion(
      Schema<?> s, List<Schema> parts, String id, String parentId, String hint, SourceLocation at) {
    String key = s.getOneOf() != null && !s.getOneOf().isEmpty() ? "oneOf" : "anyOf";
    List<Schema> all = unionParts(s);
    // resolved view of each part (for required properties and constants)
    List<Schema<?>> resolved = new ArrayList<>();
    List<Collected> collected = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Schema<?> part = parts.get(i);
      Schema<?> r = resolve(part);
      resolved.add(r);
      Collected c = new Collected();
      if (r != null && (hasProperties(r) || r.getAllOf() != null)) {
        collect(r, at, null, c, new HashSet<>());
      }
      collected.add(c);
    }

    // discriminator: explicit, or a required single-valued property shared by every variant
    String discProp = null;
    Map<Integer, List<String>> discValues = new HashMap<>();
    if (s.getDiscriminator() != null && s.getDiscriminator().getPropertyName() != null) {
      discProp = s.getDiscriminator().getPropertyName();
      Map<String, String> mapping =
          s.getDiscriminator().getMapping() == null ? Map.of() : s.getDiscriminator().getMapping();
      for (int i = 0; i < parts.size(); i++) {
        Schema<?> part = parts.get(i);
        List<String> vals = new ArrayList<>();
        if (part.get$ref() != null) {
          String refName =
              part.get$ref().startsWith(SCHEMAS)
                  ? part.get$ref().substring(SCHEMAS.length())
                  : part.get$ref();
          for (Map.Entry<String, String> m : mapping.entrySet()) {
            String target =
                m.getValue().startsWith(SCHEMAS)
                    ? m.getValue().substring(SCHEMAS.length())
                    : m.getValue();
            if (target.equals(refName)) {
              vals.add(m.getKey());
            }
          }
          if (vals.isEmpty()) {
            String constant = constantOf(collected.get(i), discProp);
            vals.add(constant != null ? constant : refName);
          }
        } else {
          String constant = constantOf(collected.get(i), discProp);
          if (constant != null) {
            vals.add(constant);
          } else {
            warn(
                at.child(key, Integer.toString(all.indexOf(part))),
                "variant has no value for discriminator '" + discProp + "'; it is never chosen",
                "add it to the mapping");
          }
        }
        discValues.put(i, vals);
      }
    } else if (parts.size() > 1) {
      String candidate = null;
      boolean ok = true;
      Set<String> seenValues = new HashSet<>();
      for (int i = 0; i < parts.size() && ok; i++) {
        Collected c = collected.get(i);
        if (c.props.isEmpty()) {
          ok = false;
          break;
        }
        String found = null;
        List<String> names = candidate == null ? new ArrayList<>(c.required) : List.of(candidate);
        for (String name : names) {
          String constant = constantOf(c, name);
          if (constant != null && c.required.contains(name)) {
            found = name;
            if (!seenValues.add(constant)) {
              ok = false;
            }
            discValues.put(i, List.of(constant));
            break;
          }
        }
        if (found == null) {
          ok = false;
        } else {
          candidate = found;
        }
      }
      if (ok && candidate != null) {
        discProp = candidate;
      } else {
        discValues.clear();
      }
    }

    List<UnionType.Variant> variants = new ArrayList<>();
    Set<String> usedHints = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      Schema<?> part = parts.get(i);
      SourceLocation partAt = at.child(key, Integer.toString(all.indexOf(part)));
      Collected c = collected.get(i);
      List<String> dv = discValues.getOrDefault(i, List.of());
      String vHint = variantHint(part, c, collected, i, dv, hint);
      if (!usedHints.add(vHint)) {
        vHint = vHint + (i + 1);
        usedHints.add(vHint);
      }
      TypeRef ref = typeOf(part, partAt, id, vHint);
      UnionType.JsonKind kind = kindOfRef(ref);
      List<String> required =
          kind == UnionType.JsonKind.OBJECT ? List.copyOf(c.required) : List.of();
      variants.add(new UnionType.Variant(vHint, ref, kind, dv, required));
    }
    UnionType.Kind kind =
        discProp != null ? UnionType.Kind.DISCRIMINATED : UnionType.Kind.STRUCTURAL;
    if (kind == UnionType.Kind.STRUCTURAL) {
      variants.sort(STRUCTURAL_ORDER);
    }
    return new UnionType(id, parentId, hint, doc(s), at, kind, discProp, variants);
  }

  /** The single allowed value of a property (const or one-value enum), as text. */
  private String constantOf(Collected c, String name) {
    Prop p = c.props.get(name);
    if (p == null || p.schema() == null) {
      return null;
    }
    Schema<?> ps = resolve(p.schema());
    if (ps == null) {
      return null;
    }
    List<Object> values = nonNullEnum(ps);
    if (values.size() == 1) {
      return String.valueOf(values.get(0));
    }
    if (ps.getConst() != null) {
      return String.valueOf(ps.getConst());
    }
    return null;
  }

  /** Follows $refs to the schema itself. */
  private Schema<?> resolve(Schema<?> s) {
    Set<String> seen = new HashSet<>();
    while (s != null && s.get$ref() != null && s.get$ref().startsWith(SCHEMAS)) {
      String name = s.get$ref().substring(SCHEMAS.length());
      if (!seen.add(name)) {
        return null;
      }
      s = components.get(name);
    }
    return s;
  }

  private String variantHint(
      Schema<?> part,
      Collected c,
      List<Collected> all,
      int index,
      List<String> discValues,
      String unionHint) {
    if (!discValues.isEmpty()) {
      return Words.pascal(discValues.get(0));
    }
    if (part.get$ref() != null && part.get$ref().startsWith(SCHEMAS)) {
      // DlpProfiles inside the union Dlp is Dlp.Profiles
      String name = Words.pascal(part.get$ref().substring(SCHEMAS.length()));
      String prefix = Words.pascal(unionHint);
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        return name.substring(prefix.length());
      }
      return name;
    }
    if (part.getTitle() != null && !part.getTitle().isBlank()) {
      return Words.pascal(part.getTitle());
    }
    if (!c.props.isEmpty()) {
      // the first required property no other variant requires: Dlp.WithPolicies
      for (String r : c.required) {
        boolean distinct = true;
        for (int j = 0; j < all.size(); j++) {
          if (j != index && all.get(j).required.contains(r)) {
            distinct = false;
            break;
          }
        }
        if (distinct) {
          return "With" + Words.pascal(r);
        }
      }
      // else the first property no other variant has
      for (String name : c.props.keySet()) {
        boolean distinct = true;
        for (int j = 0; j < all.size(); j++) {
          if (j != index && all.get(j).props.containsKey(name)) {
            distinct = false;
            break;
          }
        }
        if (distinct) {
          return "With" + Words.pascal(name);
        }
      }
      return "Variant" + index;
    }
    Set<String> t = nonNullTypes(part);
    if (nonNullEnum(part).size() > 1) {
      return "Enum" + index;
    }
    if (t.size() == 1) {
      String type = t.iterator().next();
      return switch (type) {
        case "string" -> "StringValue";
        case "integer" -> "LongValue";
        case "number" -> "NumberValue";
        case "boolean" -> "BooleanValue";
        case "array" -> "ListValue";
        case "object" -> "MapValue";
        default -> "Variant" + index;
      };
    }
    return "Variant" + index;
  }

  private static String variantHintFor(TypeRef ref) {
    if (ref instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case INT32, INT64 -> "LongValue";
        case NUMBER -> "NumberValue";
        case BOOLEAN -> "BooleanValue";
        default -> "StringValue";
      };
    }
    if (ref instanceof TypeRef.ArrayOf) {
      return "ListValue";
    }
    return "AnyValue";
  }

  private UnionType.JsonKind kindOfRef(TypeRef ref) {
    if (ref instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case INT32, INT64 -> UnionType.JsonKind.INTEGER;
        case NUMBER -> UnionType.JsonKind.NUMBER;
        case BOOLEAN -> UnionType.JsonKind.BOOLEAN;
        default -> UnionType.JsonKind.STRING;
      };
    }
    if (ref instanceof TypeRef.ArrayOf) {
      return UnionType.JsonKind.ARRAY;
    }
    if (ref instanceof TypeRef.MapOf) {
      return UnionType.JsonKind.OBJECT;
    }
    if (ref instanceof TypeRef.Named n) {
      TypeDef def = types.get(n.typeId());
      if (def instanceof EnumType e) {
        return switch (e.base()) {
          case INT32, INT64 -> UnionType.JsonKind.INTEGER;
          case BOOLEAN -> UnionType.JsonKind.BOOLEAN;
          default -> UnionType.JsonKind.STRING;
        };
      }
      if (def instanceof UnionType) {
        return UnionType.JsonKind.ANY;
      }
      if (def == null && n.typeId().startsWith(SCHEMAS)) {
        // still being built (recursion): look at the schema
        Schema<?> s = components.get(n.typeId().substring(SCHEMAS.length()));
        if (s != null && nonNullEnum(s).size() > 1) {
          Set<String> t = nonNullTypes(s);
          return t.contains("integer")
              ? UnionType.JsonKind.INTEGER
              : t.contains("boolean") ? UnionType.JsonKind.BOOLEAN : UnionType.JsonKind.STRING;
        }
        if (s != null && nonNull(unionParts(s)).size() > 1) {
          return UnionType.JsonKind.ANY;
        }
      }
      return UnionType.JsonKind.OBJECT;
    }
    return UnionType.JsonKind.ANY;
  }

  // ---------------------------------------------------------------------------------------------
  // documentation

  private static Doc doc(Schema<?> s) {
    return doc(s.getDescription(), s.getTitle(), Boolean.TRUE.equals(s.getDeprecated()));
  }

  private static Doc doc(String description, String title, boolean deprecated) {
    String text =
        description != null && !description.isBlank()
            ? description.strip()
            : title != null && !title.isBlank() ? title.strip() : null;
    return text == null && !deprecated ? Doc.NONE : new Doc(text, deprecated);
  }

  // ---------------------------------------------------------------------------------------------
  // operations

  private List<Operation> buildOperations() {
    List<Operation> out = new ArrayList<>();
    Map<String, SourceLocation> ids = new HashMap<>();
    if (api.getPaths() == null) {
      return out;
    }
    // a derived operationId (GET / -> 'get') gives way to every declared one
    Set<String> declared = new HashSet<>();
    for (PathItem item : api.getPaths().values()) {
      if (item != null) {
        item.readOperations().forEach(op -> declared.add(op.getOperationId()));
      }
    }
    for (Map.Entry<String, PathItem> pe : api.getPaths().entrySet()) {
      String path = pe.getKey();
      PathItem item = pe.getValue();
      if (item == null) {
        continue;
      }
      SourceLocation pathAt = loc("#/paths", path);
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> oe :
          item.readOperationsMap().entrySet()) {
        String method = oe.getKey().name().toLowerCase(Locale.ROOT);
        SourceLocation at = pathAt.child(method);
        io.swagger.v3.oas.models.Operation op = oe.getValue();
        String operationId =
            op.getOperationId() != null && !op.getOperationId().isBlank()
                ? op.getOperationId()
                : unusedId(Words.camel(method + " " + path), declared, ids.keySet());
        SourceLocation first = ids.putIfAbsent(operationId, at);
        if (first != null) {
          error(
              at,
              "duplicate operationId '"
                  + operationId
                  + "' (first used at "
                  + sources.withLine(first)
                  + ")",
              "give every operation a unique operationId");
          continue;
        }
        Operation built = buildOperation(path, item, pathAt, oe.getKey(), op, operationId, at);
        if (built != null) {
          out.add(built);
        }
      }
    }
    return out;
  }

  /**
   * {@code base}, or {@code base2}, {@code base3} ... when a declared or earlier operation has it.
   */
  private static String unusedId(String base, Set<String> declared, Set<String> used) {
    String id = base;
    for (int n = 2; declared.contains(id) || used.contains(id); n++) {
      id = base + n;
    }
    return id;
  }

  private Operation buildOperation(
      String path,
      PathItem item,
      SourceLocation pathAt,
      PathItem.HttpMethod httpMethod,
      io.swagger.v3.oas.models.Operation op,
      String operationId,
      SourceLocation at) {
    List<String> group = groupPath(op);
    String methodName = extensionString(op.getExtensions(), "x-fern-sdk-method-name");
    if (methodName == null) {
      methodName = operationId;
    }
    String paramsId = "operation:" + operationId + ":params";
    String prefix =
        Words.pascal(Words.singularLast(group.isEmpty() ? "" : group.get(group.size() - 1)))
            + Words.pascal(methodName);
    if (group.isEmpty()) {
      prefix = Words.pascal(methodName);
    }

    // parameters: path-level first, operation-level override by (name, in)
    Map<String, ParamAt> params = new LinkedHashMap<>();
    if (item.getParameters() != null) {
      for (int i = 0; i < item.getParameters().size(); i++) {
        addParam(
            params, item.getParameters().get(i), pathAt.child("parameters", Integer.toString(i)));
      }
    }
    if (op.getParameters() != null) {
      for (int i = 0; i < op.getParameters().size(); i++) {
        addParam(params, op.getParameters().get(i), at.child("parameters", Integer.toString(i)));
      }
    }
    List<Parameter> parameters = new ArrayList<>();
    Set<String> templateVars = new LinkedHashSet<>();
    Matcher m = TEMPLATE_VAR.matcher(path);
    while (m.find()) {
      templateVars.add(m.group(1));
    }
    Set<String> pathParams = new HashSet<>();
    for (ParamAt pa : params.values()) {
      Parameter p = buildParameter(pa.param(), pa.at(), paramsId);
      if (p == null) {
        continue;
      }
      if (p.location() == Parameter.Location.PATH) {
        pathParams.add(p.name());
        if (!templateVars.contains(p.name())) {
          error(
              pa.at(),
              "path parameter '" + p.name() + "' does not appear in the path template " + path,
              "add {" + p.name() + "} to the path or change the parameter's 'in'");
        }
      }
      parameters.add(p);
    }
    for (String v : templateVars) {
      if (!pathParams.contains(v)) {
        error(
            at,
            "path template variable {" + v + "} of " + path + " has no path parameter",
            "declare a parameter named '" + v + "' with in: path");
      }
    }

    RequestBody body = buildBody(op, at, paramsId);
    Response response = buildResponse(op, at, prefix);
    List<ErrorResponse> errors = buildErrors(op, at);
    Pagination pagination = buildPagination(op, parameters, response, at);
    String summary = op.getSummary();
    String description = op.getDescription();
    String text =
        summary != null && description != null && !description.strip().equals(summary.strip())
            ? summary.strip() + "\n\n" + description.strip()
            : summary != null ? summary.strip() : description == null ? null : description.strip();
    Doc doc =
        text == null && !Boolean.TRUE.equals(op.getDeprecated())
            ? Doc.NONE
            : new Doc(text, Boolean.TRUE.equals(op.getDeprecated()));
    return new Operation(
        operationId,
        methodName,
        group,
        Operation.HttpMethod.valueOf(httpMethod.name()),
        path,
        doc,
        parameters,
        body,
        response,
        errors,
        pagination,
        at);
  }

  private record ParamAt(io.swagger.v3.oas.models.parameters.Parameter param, SourceLocation at) {}

  private void addParam(
      Map<String, ParamAt> params,
      io.swagger.v3.oas.models.parameters.Parameter p,
      SourceLocation at) {
    if (p == null) {
      return;
    }
    if (p.get$ref() != null) {
      String ref = p.get$ref();
      String prefix = "#/components/parameters/";
      io.swagger.v3.oas.models.parameters.Parameter target = null;
      if (ref.startsWith(prefix)
          && api.getComponents() != null
          && api.getComponents().getParameters() != null) {
        target = api.getComponents().getParameters().get(ref.substring(prefix.length()));
      }
      if (target == null) {
        error(
            at,
            "unresolvable $ref: " + ref,
            "fix the reference or add the parameter under components/parameters");
        return;
      }
      at = loc(ref);
      p = target;
    }
    params.put(p.getIn() + ":" + p.getName(), new ParamAt(p, at));
  }

  private Parameter buildParameter(
      io.swagger.v3.oas.models.parameters.Parameter p, SourceLocation at, String paramsId) {
    if (p.getName() == null || p.getIn() == null) {
      error(
          at,
          "parameter without name or 'in'",
          "every parameter needs a name and in: path|query|header|cookie");
      return null;
    }
    Parameter.Location location;
    switch (p.getIn()) {
      case "path" -> location = Parameter.Location.PATH;
      case "query" -> location = Parameter.Location.QUERY;
      case "header" -> location = Parameter.Location.HEADER;
      case "cookie" -> location = Parameter.Location.COOKIE;
      default -> {
        error(
            at,
            "parameter '" + p.getName() + "' has an unknown location '" + p.getIn() + "'",
            null);
        return null;
      }
    }
    Schema<?> schema = p.getSchema();
    SourceLocation schemaAt = at.child("schema");
    if (schema == null && p.getContent() != null && !p.getContent().isEmpty()) {
      Map.Entry<String, MediaType> first = p.getContent().entrySet().iterator().next();
      schema = first.getValue().getSchema();
      schemaAt = at.child("content", first.getKey(), "schema");
    }
    Schema<?> resolvedSchema = resolve(schema);
    boolean isArray =
        resolvedSchema != null
            && (nonNullTypes(resolvedSchema).contains("array")
                || resolvedSchema.getItems() != null);
    TypeRef type = typeOf(schema, schemaAt, paramsId, Words.pascal(p.getName()));
    Parameter.Style style =
        switch (p.getStyle() == null ? "" : p.getStyle().toString()) {
          case "matrix" -> Parameter.Style.MATRIX;
          case "label" -> Parameter.Style.LABEL;
          case "form" -> Parameter.Style.FORM;
          case "simple" -> Parameter.Style.SIMPLE;
          case "spaceDelimited" -> Parameter.Style.SPACE_DELIMITED;
          case "pipeDelimited" -> Parameter.Style.PIPE_DELIMITED;
          case "deepObject" -> Parameter.Style.DEEP_OBJECT;
          default ->
              location == Parameter.Location.QUERY || location == Parameter.Location.COOKIE
                  ? Parameter.Style.FORM
                  : Parameter.Style.SIMPLE;
        };
    String ext = extensionString(p.getExtensions(), "x-specpoet-query-style");
    boolean arrayOfObjects =
        isArray
            && type instanceof TypeRef.ArrayOf a
            && (a.items() instanceof TypeRef.Named
                || a.items() instanceof TypeRef.MapOf
                || a.items() instanceof TypeRef.AnyJson);
    if ("indexed-brackets".equalsIgnoreCase(ext)
        || (style == Parameter.Style.DEEP_OBJECT && arrayOfObjects)) {
      style = Parameter.Style.INDEXED_BRACKETS;
    } else if (ext != null) {
      warn(
          at,
          "unknown x-specpoet-query-style '" + ext + "'",
          "the supported value is indexed-brackets");
    }
    boolean explode = p.getExplode() != null ? p.getExplode() : style == Parameter.Style.FORM;
    boolean required = Boolean.TRUE.equals(p.getRequired()) || location == Parameter.Location.PATH;
    if (location == Parameter.Location.PATH && !Boolean.TRUE.equals(p.getRequired())) {
      warn(
          at,
          "path parameter '" + p.getName() + "' is not marked required; it is treated as required",
          "add required: true");
    }
    JsonNode def =
        schema == null || resolvedSchema == null || resolvedSchema.getDefault() == null
            ? null
            : toJson(resolvedSchema.getDefault());
    Doc doc = doc(p.getDescription(), null, Boolean.TRUE.equals(p.getDeprecated()));
    return new Parameter(
        p.getName(),
        location,
        type,
        required,
        style,
        explode,
        doc,
        def,
        resolvedSchema == null ? Constraints.NONE : constraints(resolvedSchema),
        at);
  }

  private static boolean isJsonMedia(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT);
    return m.equals("application/json")
        || m.endsWith("+json")
        || m.startsWith("application/json;")
        || m.equals("*/*");
  }

  /** application/json first, then another JSON type; null when none. */
  private static Map.Entry<String, MediaType> jsonContent(Content content) {
    if (content == null || content.isEmpty()) {
      return null;
    }
    MediaType json = content.get("application/json");
    if (json != null) {
      return Map.entry("application/json", json);
    }
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      if (isJsonMedia(e.getKey())) {
        return e;
      }
    }
    return null;
  }

  private RequestBody buildBody(
      io.swagger.v3.oas.models.Operation op, SourceLocation at, String paramsId) {
    io.swagger.v3.oas.models.parameters.RequestBody rb = op.getRequestBody();
    SourceLocation bodyAt = at.child("requestBody");
    if (rb == null) {
      return null;
    }
    if (rb.get$ref() != null) {
      String prefix = "#/components/requestBodies/";
      io.swagger.v3.oas.models.parameters.RequestBody target = null;
      if (rb.get$ref().startsWith(prefix)
          && api.getComponents() != null
          && api.getComponents().getRequestBodies() != null) {
        target =
            api.getComponents().getRequestBodies().get(rb.get$ref().substring(prefix.length()));
      }
      if (target == null) {
        error(
            bodyAt,
            "unresolvable $ref: " + rb.get$ref(),
            "fix the reference or add it under components/requestBodies");
        return null;
      }
      bodyAt = loc(rb.get$ref());
      rb = target;
    }
    boolean required = Boolean.TRUE.equals(rb.getRequired());
    Doc doc = doc(rb.getDescription(), null, false);
    Map.Entry<String, MediaType> json = jsonContent(rb.getContent());
    if (json == null) {
      String ct =
          rb.getContent() == null || rb.getContent().isEmpty()
              ? null
              : rb.getContent().keySet().iterator().next();
      warn(
          bodyAt.child("content"),
          "unsupported request content type " + ct + "; the body is sent as free-form JSON",
          "describe the body as application/json");
      return new RequestBody(
          ct == null ? "application/json" : ct, new TypeRef.AnyJson(), required, doc, bodyAt);
    }
    SourceLocation schemaAt = bodyAt.child("content", json.getKey(), "schema");
    Schema<?> schema = json.getValue().getSchema();
    TypeRef type;
    if (schema != null
        && schema.get$ref() == null
        && (hasProperties(schema) || (schema.getAllOf() != null && !isSingleRefAllOf(schema)))
        && nonNull(unionParts(schema)).size() < 2) {
      // an inline object body IS the params class: its members are the params' fields
      if (!types.containsKey(paramsId)) {
        types.put(paramsId, null);
        ObjectType obj = buildObject(schema, paramsId, null, "Params", schemaAt);
        types.put(
            paramsId,
            new ObjectType(
                paramsId,
                null,
                obj.nameHint(),
                obj.doc(),
                schemaAt,
                obj.properties(),
                obj.additionalProperties()));
      }
      type = new TypeRef.Named(paramsId);
    } else {
      type = typeOf(schema, schemaAt, paramsId, "Body");
    }
    return new RequestBody(json.getKey(), type, required, doc, bodyAt);
  }

  private ApiResponse resolveResponse(ApiResponse r, SourceLocation[] at) {
    if (r != null && r.get$ref() != null) {
      String prefix = "#/components/responses/";
      ApiResponse target = null;
      if (r.get$ref().startsWith(prefix)
          && api.getComponents() != null
          && api.getComponents().getResponses() != null) {
        target = api.getComponents().getResponses().get(r.get$ref().substring(prefix.length()));
      }
      if (target == null) {
        error(
            at[0],
            "unresolvable $ref: " + r.get$ref(),
            "fix the reference or add it under components/responses");
        return null;
      }
      at[0] = loc(r.get$ref());
      return target;
    }
    return r;
  }

  private Response buildResponse(
      io.swagger.v3.oas.models.Operation op, SourceLocation at, String prefix) {
    SourceLocation responsesAt = at.child("responses");
    if (op.getResponses() == null || op.getResponses().isEmpty()) {
      warn(responsesAt, "operation declares no responses", null);
      return new Response(0, null, null, null, responsesAt);
    }
    String best = null;
    int bestCode = Integer.MAX_VALUE;
    for (String code : op.getResponses().keySet()) {
      if (code.matches("2\\d\\d") && Integer.parseInt(code) < bestCode) {
        bestCode = Integer.parseInt(code);
        best = code;
      }
    }
    if (best == null) {
      for (String code : op.getResponses().keySet()) {
        if (code.equalsIgnoreCase("2XX")) {
          best = code;
          bestCode = 0;
        }
      }
    }
    if (best == null && op.getResponses().containsKey("default")) {
      best = "default";
      bestCode = 0;
    }
    if (best == null) {
      return new Response(0, null, null, null, responsesAt);
    }
    SourceLocation[] rAt = {responsesAt.child(best)};
    ApiResponse r = resolveResponse(op.getResponses().get(best), rAt);
    if (r == null) {
      return new Response(bestCode, null, null, null, rAt[0]);
    }
    Map.Entry<String, MediaType> json = jsonContent(r.getContent());
    if (json == null) {
      if (r.getContent() != null && !r.getContent().isEmpty()) {
        String ct = r.getContent().keySet().iterator().next();
        warn(
            rAt[0].child("content"),
            "response content type " + ct + " is not JSON; the body is read as free-form JSON",
            null);
        return new Response(bestCode, ct, new TypeRef.AnyJson(), null, rAt[0]);
      }
      return new Response(bestCode, null, null, null, rAt[0]);
    }
    Schema<?> schema = json.getValue().getSchema();
    SourceLocation schemaAt = rAt[0].child("content", json.getKey(), "schema");
    if (schema == null) {
      return new Response(bestCode, json.getKey(), new TypeRef.AnyJson(), null, rAt[0]);
    }
    String responseName = prefix + "Response";
    Response.Envelope envelope = envelope(schema, schemaAt, responseName);
    TypeRef bodyType;
    if (envelope != null && schema.get$ref() == null) {
      // the inline envelope is not a type of its own: the call returns its result
      bodyType = new TypeRef.AnyJson();
    } else {
      bodyType = typeOf(schema, schemaAt, null, responseName);
    }
    return new Response(bestCode, json.getKey(), bodyType, envelope, rAt[0]);
  }

  /**
   * Cloudflare's {result, success, errors, messages[, result_info]} (or {data, success, errors}).
   */
  private Response.Envelope envelope(Schema<?> schema, SourceLocation at, String responseName) {
    Schema<?> r = resolve(schema);
    if (r == null) {
      return null;
    }
    Collected c = new Collected();
    collect(schema.get$ref() != null ? schema : r, at, null, c, new HashSet<>());
    String resultProp;
    if (c.props.containsKey("result")
        && (c.props.containsKey("success")
            || c.props.containsKey("errors")
            || c.props.containsKey("messages"))) {
      resultProp = "result";
    } else if (c.props.containsKey("data")
        && (c.props.containsKey("success") || c.props.containsKey("errors"))) {
      resultProp = "data";
    } else {
      return null;
    }
    Prop result = c.props.get(resultProp);
    String owner = result.owner();
    TypeRef resultType =
        typeOf(
            result.schema(),
            result.at(),
            owner,
            owner == null ? responseName : Words.pascal(resultProp));
    boolean nullable = isNullable(result.schema()) || !c.required.contains(resultProp);
    String success = c.props.containsKey("success") ? "success" : null;
    String infoProp = c.props.containsKey("result_info") ? "result_info" : null;
    TypeRef infoType = null;
    if (infoProp != null) {
      Prop info = c.props.get(infoProp);
      infoType =
          typeOf(
              info.schema(),
              info.at(),
              info.owner(),
              info.owner() == null ? responseName + "ResultInfo" : "ResultInfo");
    }
    return new Response.Envelope(resultProp, resultType, nullable, success, infoProp, infoType);
  }

  private List<ErrorResponse> buildErrors(
      io.swagger.v3.oas.models.Operation op, SourceLocation at) {
    List<ErrorResponse> out = new ArrayList<>();
    if (op.getResponses() == null) {
      return out;
    }
    boolean hasSuccess = op.getResponses().keySet().stream().anyMatch(k -> k.startsWith("2"));
    for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
      String code = e.getKey();
      boolean isError =
          code.startsWith("4") || code.startsWith("5") || (code.equals("default") && hasSuccess);
      if (!isError) {
        continue;
      }
      SourceLocation[] rAt = {at.child("responses", code)};
      ApiResponse r = resolveResponse(e.getValue(), rAt);
      if (r == null) {
        continue;
      }
      Map.Entry<String, MediaType> json = jsonContent(r.getContent());
      TypeRef type = null;
      if (json != null && json.getValue().getSchema() != null) {
        Schema<?> s = json.getValue().getSchema();
        type = s.get$ref() != null ? refTarget(s.get$ref(), rAt[0]) : new TypeRef.AnyJson();
      }
      out.add(new ErrorResponse(code, type, doc(r.getDescription(), null, false)));
    }
    return out;
  }

  // pagination -------------------------------------------------------------------------------

  private Pagination buildPagination(
      io.swagger.v3.oas.models.Operation op,
      List<Parameter> params,
      Response response,
      SourceLocation at) {
    Map<String, Parameter> query = new LinkedHashMap<>();
    for (Parameter p : params) {
      if (p.location() == Parameter.Location.QUERY) {
        query.put(p.name(), p);
      }
    }
    Object declared =
        op.getExtensions() == null ? null : op.getExtensions().get("x-specpoet-pagination");
    Response.Envelope env = response.envelope();
    TypeRef items = null;
    String itemsProperty = null;
    if (env != null && env.resultType() instanceof TypeRef.ArrayOf a) {
      items = a.items();
      itemsProperty = env.resultProperty();
    }
    String infoPrefix =
        env != null && env.resultInfoProperty() != null ? env.resultInfoProperty() + "." : null;
    Set<String> infoFields = infoFields(env);
    if (declared instanceof Map<?, ?> map) {
      String kind = str(map.get("kind"));
      Pagination.Kind k;
      try {
        k =
            Pagination.Kind.valueOf(
                kind == null ? "" : kind.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        warn(
            at.child("x-specpoet-pagination"),
            "unknown pagination kind '" + kind + "'",
            "use page_number, cursor or offset");
        return null;
      }
      String itemsProp = first(str(map.get("items")), str(map.get("itemsProperty")), itemsProperty);
      if (items == null && itemsProp != null && response.bodyType() != null) {
        items = new TypeRef.AnyJson();
      }
      if (items == null) {
        warn(
            at.child("x-specpoet-pagination"),
            "x-specpoet-pagination is declared but the response has no array of items",
            null);
        return null;
      }
      String requestParam =
          first(
              str(map.get("request_param")),
              str(map.get("requestParam")),
              k == Pagination.Kind.PAGE_NUMBER
                  ? "page"
                  : k == Pagination.Kind.CURSOR ? "cursor" : "offset");
      String sizeParam =
          first(
              str(map.get("size_param")),
              str(map.get("sizeParam")),
              query.containsKey("per_page")
                  ? "per_page"
                  : query.containsKey("limit") ? "limit" : null);
      return new Pagination(
          k,
          items,
          itemsProp,
          requestParam,
          sizeParam,
          first(
              str(map.get("next_cursor")),
              str(map.get("nextCursorPath")),
              k == Pagination.Kind.CURSOR && infoPrefix != null ? infoPrefix + "cursor" : null),
          first(
              str(map.get("total_count")),
              str(map.get("totalCountPath")),
              infoPath(infoPrefix, infoFields, "total_count")),
          first(
              str(map.get("total_pages")),
              str(map.get("totalPagesPath")),
              infoPath(infoPrefix, infoFields, "total_pages")),
          first(
              str(map.get("has_more")),
              str(map.get("hasMorePath")),
              infoPath(infoPrefix, infoFields, "has_more")));
    }
    if (items == null) {
      return null;
    }
    if (query.containsKey("page") && infoPrefix != null) {
      return new Pagination(
          Pagination.Kind.PAGE_NUMBER,
          items,
          itemsProperty,
          "page",
          query.containsKey("per_page") ? "per_page" : null,
          null,
          infoPath(infoPrefix, infoFields, "total_count"),
          infoPath(infoPrefix, infoFields, "total_pages"),
          infoPath(infoPrefix, infoFields, "has_more"));
    }
    if (query.containsKey("cursor")) {
      String next =
          infoPrefix == null
              ? null
              : infoFields.contains("next_cursor")
                  ? infoPrefix + "next_cursor"
                  : infoPrefix + "cursor";
      return new Pagination(
          Pagination.Kind.CURSOR,
          items,
          itemsProperty,
          "cursor",
          query.containsKey("per_page") ? "per_page" : query.containsKey("limit") ? "limit" : null,
          next,
          infoPath(infoPrefix, infoFields, "total_count"),
          null,
          infoPath(infoPrefix, infoFields, "has_more"));
    }
    if (query.containsKey("offset") && query.containsKey("limit")) {
      return new Pagination(
          Pagination.Kind.OFFSET,
          items,
          itemsProperty,
          "offset",
          "limit",
          null,
          infoPath(infoPrefix, infoFields, "total_count"),
          null,
          infoPath(infoPrefix, infoFields, "has_more"));
    }
    return null;
  }

  /**
   * The property names of result_info; null means unknown (free-form): assume the standard ones.
   */
  private Set<String> infoFields(Response.Envelope env) {
    if (env == null || env.resultInfoType() == null) {
      return null;
    }
    if (env.resultInfoType() instanceof TypeRef.Named n
        && types.get(n.typeId()) instanceof ObjectType o) {
      Set<String> names = new HashSet<>();
      o.properties().forEach(p -> names.add(p.jsonName()));
      return names;
    }
    return null;
  }

  private static String infoPath(String prefix, Set<String> fields, String name) {
    if (prefix == null) {
      return null;
    }
    return fields == null || fields.contains(name) ? prefix + name : null;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  // groups and resources -----------------------------------------------------------------------

  /**
   * A list-valued extension such as {@code x-enum-descriptions} (parallel to {@code enum}), or
   * null.
   */
  private static List<?> extensionList(Map<String, Object> ext, String name) {
    Object v = ext == null ? null : ext.get(name);
    return v instanceof List<?> list ? list : null;
  }

  private static String extensionString(Map<String, Object> ext, String name) {
    if (ext == null) {
      return null;
    }
    Object v = ext.get(name);
    return v == null ? null : v.toString().strip();
  }

  private static List<String> groupPath(io.swagger.v3.oas.models.Operation op) {
    Object g = op.getExtensions() == null ? null : op.getExtensions().get("x-fern-sdk-group-name");
    List<String> out = new ArrayList<>();
    if (g instanceof List<?> list) {
      for (Object o : list) {
        if (o != null && !o.toString().isBlank()) {
          out.add(o.toString().strip());
        }
      }
    } else if (g != null) {
      for (String s : g.toString().split("\\.")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    } else if (op.getTags() != null && !op.getTags().isEmpty()) {
      out.add(op.getTags().get(0));
    }
    return out;
  }

  private static Resource buildResources(List<Operation> operations) {
    Node root = new Node(List.of());
    for (Operation op : operations) {
      Node n = root;
      List<String> path = new ArrayList<>();
      for (String seg : op.groupPath()) {
        path.add(seg);
        n = n.children.computeIfAbsent(seg, k -> new Node(List.copyOf(path)));
      }
      n.operations.add(op);
    }
    return root.toResource();
  }

  private static final class Node {
    final List<String> path;
    final List<Operation> operations = new ArrayList<>();
    final Map<String, Node> children = new LinkedHashMap<>();

    Node(List<String> path) {
      this.path = path;
    }

    Resource toResource() {
      List<Resource> kids = new ArrayList<>();
      for (Node c : children.values()) {
        kids.add(c.toResource());
      }
      return new Resource(path, operations, kids);
    }
  }

  // security ---------------------------------------------------------------------------------

  /**
   * The spec's security alternatives, each the scheme names sent together: the top-level {@code
   * security}, else the distinct ones of the operations in spec order.
   */
  private List<List<String>> securityRequirements() {
    Set<List<String>> out = new LinkedHashSet<>();
    if (api.getSecurity() != null) {
      api.getSecurity().forEach(r -> out.add(List.copyOf(r.keySet())));
    } else if (api.getPaths() != null) {
      for (PathItem item : api.getPaths().values()) {
        if (item == null) {
          continue;
        }
        for (io.swagger.v3.oas.models.Operation op : item.readOperations()) {
          if (op.getSecurity() != null) {
            op.getSecurity().forEach(r -> out.add(List.copyOf(r.keySet())));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  private List<SecurityScheme> buildSecurity() {
    List<SecurityScheme> out = new ArrayList<>();
    if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return out;
    }
    for (Map.Entry<String, io.swagger.v3.oas.models.security.SecurityScheme> e :
        api.getComponents().getSecuritySchemes().entrySet()) {
      io.swagger.v3.oas.models.security.SecurityScheme s = e.getValue();
      SecurityScheme.Kind kind = SecurityScheme.Kind.OTHER;
      Parameter.Location in = null;
      String name = null;
      if (s.getType() != null) {
        switch (s.getType()) {
          case HTTP -> {
            String scheme = s.getScheme() == null ? "" : s.getScheme().toLowerCase(Locale.ROOT);
            kind =
                scheme.equals("bearer")
                    ? SecurityScheme.Kind.BEARER
                    : scheme.equals("basic")
                        ? SecurityScheme.Kind.BASIC
                        : SecurityScheme.Kind.OTHER;
            in = Parameter.Location.HEADER;
            name = "Authorization";
          }
          case APIKEY -> {
            kind = SecurityScheme.Kind.API_KEY;
            name = s.getName();
            in =
                s.getIn() == null
                    ? Parameter.Location.HEADER
                    : switch (s.getIn()) {
                      case QUERY -> Parameter.Location.QUERY;
                      case COOKIE -> Parameter.Location.COOKIE;
                      default -> Parameter.Location.HEADER;
                    };
          }
          default -> kind = SecurityScheme.Kind.OTHER;
        }
      }
      out.add(
          new SecurityScheme(
              e.getKey(),
              kind,
              in,
              name,
              doc(s.getDescription(), null, false),
              extensionString(s.getExtensions(), "x-specpoet-env")));
    }
    return out;
  }
}
