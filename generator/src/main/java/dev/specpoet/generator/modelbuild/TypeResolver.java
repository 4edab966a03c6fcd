package dev.specpoet.generator.modelbuild;

import static dev.specpoet.generator.modelbuild.SpecDocument.SCHEMAS;

import dev.specpoet.generator.load.JsonPointers;
import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import dev.specpoet.generator.names.Words;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Type resolution: what a use of a schema is ({@link #typeOf}): a primitive, a list, a map,
 * free-form JSON, or a named type, which it defines once at its pointer (components at {@code
 * #/components/schemas/X}, inline schemas where they sit, nested in their parent). Follows {@code
 * $ref}s and reads components that are not types of their own as aliases; the objects, enums and
 * unions themselves are built by {@link ObjectBuilder}, {@link EnumBuilder} and {@link
 * UnionBuilder}.
 */
final class TypeResolver {
  private final SpecDocument doc;
  private final UnsupportedKeywords unsupported;
  private final PropertyMerger merger;
  private final ObjectBuilder objects;
  private final EnumBuilder enums;
  private final UnionBuilder unions;
  private final SharedShapes shared;

  /**
   * Types by id, in the order they are emitted (a null placeholder reserves the slot of a type
   * being built: spec order, parents before children).
   */
  private final Map<String, TypeDef> types = new LinkedHashMap<>();

  private final Set<String> building = new HashSet<>();
  private final Map<String, TypeRef> aliases = new HashMap<>();
  private final Set<String> resolvingAliases = new HashSet<>();

  /** The places a {@code $ref} to a schema outside components is being resolved to. */
  private final Set<String> resolvingPointers = new HashSet<>();

  /** Where {@link #collectTopLevel} records the inline top-level types defined, or null. */
  private List<String> topLevel;

  TypeResolver(SpecDocument doc, SharedShapes shared) {
    this.doc = doc;
    this.shared = shared;
    this.unsupported = new UnsupportedKeywords(doc.diagnostics);
    this.merger = new PropertyMerger(doc, this, unsupported);
    this.objects = new ObjectBuilder(doc, this, merger);
    this.enums = new EnumBuilder(doc);
    this.unions = new UnionBuilder(doc, this, merger);
  }

  PropertyMerger merger() {
    return merger;
  }

  ObjectBuilder objects() {
    return objects;
  }

  /** Follows $refs to the schema itself (null for a cycle of references). */
  Schema<?> resolve(Schema<?> s) {
    return doc.resolve(s);
  }

  /** Follows $refs and aliases ({@code allOf: [{$ref: X}]}) to the schema itself. */
  Schema<?> resolveAliases(Schema<?> s) {
    return doc.resolveAliases(s);
  }

  /** Every type defined, in a stable order (spec order, parents before children). */
  List<TypeDef> types() {
    List<TypeDef> all = new ArrayList<>();
    for (TypeDef t : types.values()) {
      if (t != null) {
        all.add(t);
      }
    }
    return all;
  }

  /** The type with this id, or null (also while it is being built). */
  TypeDef type(String id) {
    return types.get(id);
  }

  /** Defines every component schema that is a type of its own; resolves the others as aliases. */
  void defineComponents() {
    for (Map.Entry<String, Schema<?>> e : doc.components().entrySet()) {
      String id = SCHEMAS + e.getKey();
      Schema<?> s = e.getValue();
      if (s == null) {
        continue;
      }
      if (SchemaShapes.isTypeKind(s)) {
        defineType(s, id, null, e.getKey(), doc.loc(id));
      } else {
        aliasOf(e.getKey());
      }
    }
  }

  /**
   * Defines a type that {@code build} makes at {@code id} unless one is there: the slot is reserved
   * first, so a type it reaches again is not built twice.
   */
  void define(String id, Supplier<TypeDef> build) {
    if (types.containsKey(id)) {
      return;
    }
    types.put(id, null);
    types.put(id, build.get());
  }

  /**
   * Runs {@code body}, adding to {@code sink} the ids of the inline top-level types it defines (not
   * components, nor the types of the aliases it resolves): the types an operation's responses
   * define, which the names stage names after the operation.
   */
  <T> T collectTopLevel(List<String> sink, Supplier<T> body) {
    List<String> outer = topLevel;
    topLevel = sink;
    try {
      return body.get();
    } finally {
      topLevel = outer;
    }
  }

  private void recordTopLevel(String id, String parentId) {
    if (topLevel != null && parentId == null && !id.startsWith(SCHEMAS)) {
      topLevel.add(id);
    }
  }

  /** A component that is not a type of its own: the use it stands for. */
  private TypeRef aliasOf(String name) {
    TypeRef cached = aliases.get(name);
    if (cached != null) {
      return cached;
    }
    String id = SCHEMAS + name;
    if (!resolvingAliases.add(name)) {
      doc.warn(
          doc.loc(id),
          "schema " + name + " refers only to itself; it is read as free-form JSON",
          null);
      return new TypeRef.AnyJson();
    }
    List<String> outer = topLevel;
    topLevel = null; // an alias's types are named after the alias, wherever it is first used
    try {
      TypeRef ref = typeOf(doc.component(name), doc.loc(id), null, name);
      aliases.put(name, ref);
      return ref;
    } finally {
      resolvingAliases.remove(name);
      topLevel = outer;
    }
  }

  /** The use of a $ref target. */
  TypeRef refTarget(String ref, SourceLocation at) {
    if (ref.startsWith(SCHEMAS)) {
      String name = ref.substring(SCHEMAS.length());
      Schema<?> target = doc.component(name);
      if (target == null) {
        if (name.contains("/")) {
          return pointerTarget(ref, at);
        }
        doc.repair(
            Repair.MISSING_SCHEMA,
            at,
            "$ref "
                + ref
                + " points at no schema (there is no '"
                + name
                + "' in components/schemas); the value is read as free-form JSON",
            "fix the reference or add the schema");
        return new TypeRef.AnyJson();
      }
      if (SchemaShapes.isTypeKind(target)) {
        String id = SCHEMAS + name;
        if (!types.containsKey(id)) {
          defineType(target, id, null, name, doc.loc(id));
        }
        return new TypeRef.Named(id);
      }
      return aliasOf(name);
    }
    if (ref.startsWith("#")) {
      return pointerTarget(ref, at);
    }
    doc.error(
        at,
        "unresolvable $ref: " + ref,
        "check that the referenced file exists and the pointer is right");
    return new TypeRef.AnyJson();
  }

  /**
   * A {@code $ref} to a schema written somewhere else than {@code #/components/schemas/NAME}
   * (inside another schema, under a parameter or response): the type of the schema at that place,
   * the same type the place itself has when it is one (defined there once, whichever use comes
   * first).
   */
  private TypeRef pointerTarget(String ref, SourceLocation at) {
    List<String> segments = JsonPointers.segments(ref);
    String canonical = JsonPointers.of(segments);
    Schema<?> target = SchemaPointers.find(doc.api, segments);
    if (target == null) {
      if (doc.targetMissing(canonical)) {
        doc.repair(
            Repair.MISSING_SCHEMA,
            at.child("$ref"),
            "$ref " + ref + " points at nothing; the value is read as free-form JSON",
            "fix the reference or add what it points at");
      } else {
        doc.warn(
            at,
            "$ref " + ref + " does not point at a schema; it is read as free-form JSON",
            "point $ref at a schema");
      }
      return new TypeRef.AnyJson();
    }
    SourceLocation targetAt = doc.loc(canonical);
    String id = doc.inlineId(targetAt);
    if (types.containsKey(id)) {
      return new TypeRef.Named(id);
    }
    if (!resolvingPointers.add(canonical)) {
      doc.warn(
          targetAt,
          "the schema at " + canonical + " refers only to itself; it is read as free-form JSON",
          null);
      return new TypeRef.AnyJson();
    }
    List<String> outer = topLevel;
    topLevel = null; // named from its own place, not after the operation that reaches it first
    try {
      return typeOf(target, targetAt, null, SchemaPointers.hint(segments));
    } finally {
      resolvingPointers.remove(canonical);
      topLevel = outer;
    }
  }

  /** Whether a use of {@code s} may be JSON null. */
  boolean isNullable(Schema<?> s) {
    if (s == null) {
      return false;
    }
    if (Boolean.TRUE.equals(s.getNullable()) || SchemaShapes.typesOf(s).contains("null")) {
      return true;
    }
    if (s.getEnum() != null && s.getEnum().contains(null)) {
      return true;
    }
    for (Schema part : SchemaShapes.unionParts(s)) {
      if (part != null && SchemaShapes.isNullSchema(part)) {
        return true;
      }
    }
    if (s.get$ref() != null && s.get$ref().startsWith(SCHEMAS)) {
      Schema<?> target = doc.component(s.get$ref().substring(SCHEMAS.length()));
      if (target != null
          && !SchemaShapes.isTypeKind(target)
          && target != s
          && !resolvingAliases.contains(s.get$ref())) {
        // an alias such as `NullableString: {type: [string, "null"]}`
        return Boolean.TRUE.equals(target.getNullable())
            || SchemaShapes.typesOf(target).contains("null");
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
    unsupported.check(s, at);
    if (s.get$ref() != null) {
      if (SchemaShapes.hasProperties(s)) {
        doc.warn(
            at,
            "properties next to $ref are ignored; the referenced schema is used",
            "move them into an allOf");
      }
      return refTarget(s.get$ref(), at);
    }
    if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
      if (SchemaShapes.isSingleRefAllOf(s)) {
        return refTarget(SchemaShapes.singleRef(s), at.child("allOf", "0"));
      }
      Schema<?> scalar = SchemaShapes.scalarAllOf(s);
      if (scalar != null) {
        return typeOf(scalar, at, parentId, hint);
      }
      return named(s, at, parentId, hint);
    }
    List<Schema> parts = SchemaShapes.nonNull(SchemaShapes.unionParts(s));
    if (!parts.isEmpty()) {
      if (parts.size() == 1) {
        String key = SchemaShapes.unionKeyword(s);
        int index = SchemaShapes.indexOf(SchemaShapes.unionParts(s), parts.get(0));
        return typeOf(parts.get(0), at.child(key, Integer.toString(index)), parentId, hint);
      }
      return named(s, at, parentId, hint);
    }
    List<Object> values = SchemaShapes.nonNullEnum(s);
    if (values.size() > 1) {
      return named(s, at, parentId, hint);
    }
    if (values.size() == 1 || s.getConst() != null) {
      return SchemaShapes.constType(values.size() == 1 ? values.get(0) : s.getConst());
    }
    if (SchemaShapes.hasProperties(s)) {
      return named(s, at, parentId, hint);
    }
    Set<String> t = SchemaShapes.nonNullTypes(s);
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
          boolean unique = Boolean.TRUE.equals(s.getUniqueItems());
          if (s.getPrefixItems() != null && !s.getPrefixItems().isEmpty()) {
            // a tuple: its elements have different types (warned above)
            return new TypeRef.ArrayOf(new TypeRef.AnyJson(), unique);
          }
          if (s.getItems() == null) {
            return new TypeRef.ArrayOf(new TypeRef.AnyJson(), unique);
          }
          TypeRef items =
              typeOf(s.getItems(), at.child("items"), parentId, Words.singularLast(hint));
          return new TypeRef.ArrayOf(items, unique);
        }
      case "string":
      case "integer":
      case "number":
      case "boolean":
        return new TypeRef.Primitive(SchemaShapes.primitive(type, s.getFormat()));
      default:
        doc.warn(at, "unsupported type '" + type + "'; read as free-form JSON", null);
        return new TypeRef.AnyJson();
    }
  }

  /**
   * A 3.1 type array with several non-null types ({@code [string, integer]}): a structural union.
   */
  private TypeRef primitiveUnion(
      Schema<?> s, Set<String> t, SourceLocation at, String parentId, String hint) {
    String id = doc.inlineId(at);
    if (types.containsKey(id)) {
      return new TypeRef.Named(id);
    }
    boolean shareable = shared.shareable(parentId, at);
    String same = shareable ? shared.definedFor(s) : null;
    if (same != null) {
      return new TypeRef.Named(same);
    }
    types.put(id, unions.primitiveUnion(s, t, id, parentId, hint, at));
    recordTopLevel(id, parentId);
    if (shareable) {
      shared.defined(s, id);
    }
    return new TypeRef.Named(id);
  }

  /**
   * An inline type: defined once at its pointer, nested in {@code parentId}; one whose schema is
   * identical to one already defined is that type, where {@link SharedShapes} allows it.
   */
  private TypeRef named(Schema<?> s, SourceLocation at, String parentId, String hint) {
    String id = doc.inlineId(at);
    if (types.containsKey(id)) {
      return new TypeRef.Named(id);
    }
    boolean shareable = shared.shareable(parentId, at);
    if (shareable) {
      String same = shared.definedFor(s);
      if (same != null) {
        return new TypeRef.Named(same);
      }
    }
    defineType(s, id, parentId, hint, at);
    if (shareable && types.get(id) != null) {
      shared.defined(s, id);
    }
    return new TypeRef.Named(id);
  }

  /** Builds the type with this id (object, enum or union). */
  private void defineType(Schema<?> s, String id, String parentId, String hint, SourceLocation at) {
    if (types.containsKey(id) || !building.add(id)) {
      return;
    }
    types.put(id, null); // reserve the slot: spec order, parents before children
    recordTopLevel(id, parentId);
    unsupported.check(s, at);
    try {
      TypeDef def;
      List<Schema> parts = SchemaShapes.nonNull(SchemaShapes.unionParts(s));
      if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
        def = objects.build(s, id, parentId, hint, at);
      } else if (parts.size() > 1) {
        def = unions.build(s, parts, id, parentId, hint, at);
      } else if (SchemaShapes.nonNullEnum(s).size() > 1) {
        def = enums.build(s, id, parentId, hint, at);
      } else {
        def = objects.build(s, id, parentId, hint, at);
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

  /**
   * The JSON kind a variant of this type is recognised by (a type still being built is judged from
   * its schema).
   */
  UnionType.JsonKind jsonKind(TypeRef ref) {
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
        Schema<?> s = doc.component(n.typeId().substring(SCHEMAS.length()));
        if (s != null && SchemaShapes.nonNullEnum(s).size() > 1) {
          Set<String> t = SchemaShapes.nonNullTypes(s);
          return t.contains("integer")
              ? UnionType.JsonKind.INTEGER
              : t.contains("boolean") ? UnionType.JsonKind.BOOLEAN : UnionType.JsonKind.STRING;
        }
        if (s != null && SchemaShapes.isUnion(s)) {
          return UnionType.JsonKind.ANY;
        }
      }
      return UnionType.JsonKind.OBJECT;
    }
    return UnionType.JsonKind.ANY;
  }

  /** The names of an object type's properties, or null when it is not one (free-form). */
  Set<String> propertyNames(TypeRef ref) {
    if (ref instanceof TypeRef.Named n && types.get(n.typeId()) instanceof ObjectType o) {
      Set<String> names = new HashSet<>();
      o.properties().forEach(p -> names.add(p.jsonName()));
      return names;
    }
    return null;
  }
}
