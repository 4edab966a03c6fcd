package dev.specpoet.generator.modelbuild;

import static dev.specpoet.generator.modelbuild.SpecDocument.SCHEMAS;

import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import dev.specpoet.generator.names.Words;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link UnionType} from {@code oneOf}/{@code anyOf} (or a 3.1 type array): the
 * discriminator (declared, or a required single-valued property every variant has), each variant's
 * values, name hint and JSON kind, and for structural unions the deterministic order in which
 * variants are tried.
 */
final class UnionBuilder {
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

  private final SpecDocument doc;
  private final TypeResolver resolver;
  private final PropertyMerger merger;

  UnionBuilder(SpecDocument doc, TypeResolver resolver, PropertyMerger merger) {
    this.doc = doc;
    this.resolver = resolver;
    this.merger = merger;
  }

  UnionType build(
      Schema<?> s, List<Schema> parts, String id, String parentId, String hint, SourceLocation at) {
    String key = SchemaShapes.unionKeyword(s);
    List<Schema> all = SchemaShapes.unionParts(s);
    // resolved view of each part (for required properties and constants)
    List<PropertyMerger.Merged> collected = new ArrayList<>();
    for (Schema<?> part : parts) {
      Schema<?> r = doc.resolve(part);
      PropertyMerger.Merged c = new PropertyMerger.Merged();
      if (r != null && (SchemaShapes.hasProperties(r) || r.getAllOf() != null)) {
        merger.collect(r, at, null, c, new HashSet<>());
      }
      collected.add(c);
    }
    Map<Integer, List<String>> discValues = new HashMap<>();
    String discProp =
        s.getDiscriminator() != null && s.getDiscriminator().getPropertyName() != null
            ? declaredDiscriminator(s, parts, all, collected, discValues, key, at)
            : implicitDiscriminator(parts, collected, discValues);

    List<UnionType.Variant> variants = new ArrayList<>();
    Set<String> usedHints = new HashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      Schema<?> part = parts.get(i);
      SourceLocation partAt = at.child(key, Integer.toString(SchemaShapes.indexOf(all, part)));
      PropertyMerger.Merged c = collected.get(i);
      List<String> dv = discValues.getOrDefault(i, List.of());
      String vHint = variantHint(part, c, collected, i, dv, hint);
      if (!usedHints.add(vHint)) {
        vHint = vHint + (i + 1);
        usedHints.add(vHint);
      }
      TypeRef ref = resolver.typeOf(part, partAt, id, vHint);
      UnionType.JsonKind kind = resolver.jsonKind(ref);
      // what a variant requires of JSON it reads: a writeOnly property is never sent back
      List<String> required =
          kind == UnionType.JsonKind.OBJECT
              ? c.required.stream().filter(n -> !writeOnly(c.props.get(n))).toList()
              : List.of();
      variants.add(new UnionType.Variant(vHint, ref, kind, dv, required));
    }
    UnionType.Kind kind =
        discProp != null ? UnionType.Kind.DISCRIMINATED : UnionType.Kind.STRUCTURAL;
    if (kind == UnionType.Kind.STRUCTURAL) {
      variants.sort(STRUCTURAL_ORDER);
    }
    return new UnionType(id, parentId, hint, SpecValues.doc(s), at, kind, discProp, variants);
  }

  /** Whether a collected property is {@code writeOnly} (on itself or the schema it refers to). */
  private boolean writeOnly(PropertyMerger.Prop p) {
    if (p == null || p.schema() == null) {
      return false;
    }
    Schema<?> resolved = doc.resolve(p.schema());
    return Boolean.TRUE.equals(p.schema().getWriteOnly())
        || (resolved != null && Boolean.TRUE.equals(resolved.getWriteOnly()));
  }

  /**
   * The declared discriminator: each variant's values from the mapping, else its constant, else (a
   * reference) its schema name; an inline variant without a value is never chosen (a warning).
   */
  private String declaredDiscriminator(
      Schema<?> s,
      List<Schema> parts,
      List<Schema> all,
      List<PropertyMerger.Merged> collected,
      Map<Integer, List<String>> discValues,
      String key,
      SourceLocation at) {
    String discProp = s.getDiscriminator().getPropertyName();
    Map<String, String> mapping =
        s.getDiscriminator().getMapping() == null ? Map.of() : s.getDiscriminator().getMapping();
    for (int i = 0; i < parts.size(); i++) {
      Schema<?> part = parts.get(i);
      List<String> vals = new ArrayList<>();
      String partRef = variantRef(part);
      if (partRef != null) {
        String refName = withoutSchemasPrefix(partRef);
        for (Map.Entry<String, String> m : mapping.entrySet()) {
          if (withoutSchemasPrefix(m.getValue()).equals(refName)) {
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
          doc.warn(
              at.child(key, Integer.toString(SchemaShapes.indexOf(all, part))),
              "variant has no value for discriminator '" + discProp + "'; it is never chosen",
              "add it to the mapping");
        }
      }
      discValues.put(i, vals);
    }
    return discProp;
  }

  /**
   * A variant's {@code $ref}, or that of the alternative it extends when {@link AllOfOverUnion}
   * made it.
   */
  private static String variantRef(Schema<?> part) {
    return part.get$ref() != null
        ? part.get$ref()
        : SpecValues.extensionString(part.getExtensions(), AllOfOverUnion.VARIANT_REF);
  }

  private static String withoutSchemasPrefix(String ref) {
    return ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()) : ref;
  }

  /**
   * A required property with a single value in every variant, the values all different: the
   * discriminator the spec did not declare. Null (and no values) when there is none.
   */
  private String implicitDiscriminator(
      List<Schema> parts,
      List<PropertyMerger.Merged> collected,
      Map<Integer, List<String>> discValues) {
    if (parts.size() < 2) {
      return null;
    }
    String candidate = null;
    boolean ok = true;
    Set<String> seenValues = new HashSet<>();
    for (int i = 0; i < parts.size() && ok; i++) {
      PropertyMerger.Merged c = collected.get(i);
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
      return candidate;
    }
    discValues.clear();
    return null;
  }

  /** The single allowed value of a property (const or one-value enum), as text. */
  private String constantOf(PropertyMerger.Merged c, String name) {
    PropertyMerger.Prop p = c.props.get(name);
    if (p == null || p.schema() == null) {
      return null;
    }
    Schema<?> ps = doc.resolve(p.schema());
    if (ps == null) {
      return null;
    }
    List<Object> values = SchemaShapes.nonNullEnum(ps);
    if (values.size() == 1) {
      return String.valueOf(values.get(0));
    }
    if (ps.getConst() != null) {
      return String.valueOf(ps.getConst());
    }
    return null;
  }

  private static String variantHint(
      Schema<?> part,
      PropertyMerger.Merged c,
      List<PropertyMerger.Merged> all,
      int index,
      List<String> discValues,
      String unionHint) {
    if (!discValues.isEmpty()) {
      return Words.pascal(discValues.get(0));
    }
    String ref = variantRef(part);
    String named =
        ref != null && ref.startsWith(SCHEMAS)
            ? ref.substring(SCHEMAS.length())
            : SpecValues.extensionString(part.getExtensions(), AllOfOverUnion.VARIANT_NAME);
    if (named != null) {
      // DlpProfiles inside the union Dlp is Dlp.Profiles (also when an allOf extends it)
      String name = Words.pascal(named);
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
        if (onlyIn(index, all, other -> other.required.contains(r))) {
          return "With" + Words.pascal(r);
        }
      }
      // else the first property no other variant has
      for (String name : c.props.keySet()) {
        if (onlyIn(index, all, other -> other.props.containsKey(name))) {
          return "With" + Words.pascal(name);
        }
      }
      return "Variant" + index;
    }
    Set<String> t = SchemaShapes.nonNullTypes(part);
    if (SchemaShapes.nonNullEnum(part).size() > 1) {
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

  /** Whether no variant but the one at {@code index} has what {@code has} looks for. */
  private static boolean onlyIn(
      int index,
      List<PropertyMerger.Merged> all,
      java.util.function.Predicate<PropertyMerger.Merged> has) {
    for (int j = 0; j < all.size(); j++) {
      if (j != index && has.test(all.get(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A 3.1 type array with several non-null types ({@code [string, integer]}): a structural union of
   * those types (an array's items nest in the union).
   */
  UnionType primitiveUnion(
      Schema<?> s, Set<String> t, String id, String parentId, String hint, SourceLocation at) {
    List<UnionType.Variant> variants = new ArrayList<>();
    for (String type : t) {
      TypeRef ref;
      if (type.equals("array")) {
        ref =
            new TypeRef.ArrayOf(
                s.getItems() == null
                    ? new TypeRef.AnyJson()
                    : resolver.typeOf(
                        s.getItems(), at.child("items"), id, Words.singularLast(hint)),
                false);
      } else if (type.equals("object")) {
        ref = new TypeRef.AnyJson();
      } else {
        ref = new TypeRef.Primitive(SchemaShapes.primitive(type, s.getFormat()));
      }
      variants.add(
          new UnionType.Variant(
              variantHintFor(ref), ref, resolver.jsonKind(ref), List.of(), List.of()));
    }
    variants.sort(STRUCTURAL_ORDER);
    return new UnionType(
        id, parentId, hint, SpecValues.doc(s), at, UnionType.Kind.STRUCTURAL, null, variants);
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
}
