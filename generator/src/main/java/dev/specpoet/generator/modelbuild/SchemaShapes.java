package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.TypeRef;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What kind of schema a swagger-parser {@link Schema} is, without following references: its JSON
 * types, whether it is a union, an enum, an object with properties, a lone {@code allOf} reference,
 * and the primitive a scalar maps to. Pure functions.
 */
final class SchemaShapes {
  private SchemaShapes() {}

  /**
   * Whether the schema says its value is a secret whatever it is called ({@code format: password}
   * or {@code writeOnly}); with a secret name ({@code SensitiveNames}) it is masked in {@code
   * toString}.
   */
  static boolean marksSecret(Schema<?> s) {
    return s != null
        && ("password".equalsIgnoreCase(s.getFormat()) || Boolean.TRUE.equals(s.getWriteOnly()));
  }

  /** The types of {@code type} (3.0) or the type array (3.1), in spec order. */
  static Set<String> typesOf(Schema<?> s) {
    Set<String> out = new LinkedHashSet<>();
    if (s.getTypes() != null) {
      out.addAll(s.getTypes());
    }
    if (out.isEmpty() && s.getType() != null) {
      out.add(s.getType());
    }
    return out;
  }

  static Set<String> nonNullTypes(Schema<?> s) {
    Set<String> t = typesOf(s);
    t.remove("null");
    return t;
  }

  /** {@code type: null} and nothing else. */
  static boolean isNullSchema(Schema<?> s) {
    Set<String> t = typesOf(s);
    return t.size() == 1 && t.contains("null") && s.get$ref() == null;
  }

  /** The schemas of a list that are not the null schema. */
  static List<Schema> nonNull(List<Schema> list) {
    List<Schema> out = new ArrayList<>();
    for (Schema s : list) {
      if (s != null && !isNullSchema(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The position of this very schema in a list (not of an equal one: two variants written alike are
   * two places), or -1.
   */
  static int indexOf(List<Schema> list, Schema<?> s) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == s) {
        return i;
      }
    }
    return -1;
  }

  /** The enum values other than null. */
  static List<Object> nonNullEnum(Schema<?> s) {
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

  static boolean hasProperties(Schema<?> s) {
    return s.getProperties() != null && !s.getProperties().isEmpty();
  }

  /** The alternatives of {@code oneOf}, else of {@code anyOf}, else none. */
  static List<Schema> unionParts(Schema<?> s) {
    if (s.getOneOf() != null && !s.getOneOf().isEmpty()) {
      return s.getOneOf();
    }
    if (s.getAnyOf() != null && !s.getAnyOf().isEmpty()) {
      return s.getAnyOf();
    }
    return List.of();
  }

  /** The keyword {@link #unionParts} read: {@code oneOf} or {@code anyOf}. */
  static String unionKeyword(Schema<?> s) {
    return s.getOneOf() != null && !s.getOneOf().isEmpty() ? "oneOf" : "anyOf";
  }

  /** A union of two or more alternatives that are not null. */
  static boolean isUnion(Schema<?> s) {
    return nonNull(unionParts(s)).size() > 1;
  }

  /**
   * Whether a schema is emitted as a type of its own (object, enum, union), rather than an alias.
   */
  static boolean isTypeKind(Schema<?> s) {
    if (s.get$ref() != null && !hasProperties(s) && s.getAllOf() == null) {
      return false;
    }
    if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
      return !isSingleRefAllOf(s) && scalarAllOf(s) == null;
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

  /**
   * A union whose alternatives only constrain the object they sit in ({@code anyOf: [{required:
   * [a]}, {required: [b]}]}: "a or b must be there"): no alternative adds a property or a type, so
   * the object's shape is complete without it.
   */
  static boolean isConstraintUnion(Schema<?> s) {
    List<Schema> parts = nonNull(unionParts(s));
    if (parts.isEmpty()) {
      return false;
    }
    for (Schema part : parts) {
      Set<String> types = nonNullTypes(part);
      if (part.get$ref() != null
          || hasProperties(part)
          || part.getAllOf() != null
          || !unionParts(part).isEmpty()
          || part.getItems() != null
          || part.getAdditionalProperties() instanceof Schema
          || part.getEnum() != null
          || part.getConst() != null
          || !(types.isEmpty() || types.equals(Set.of("object")))) {
        return false;
      }
    }
    return true;
  }

  /** {@code allOf: [{$ref: X}]} plus at most documentation: just X. */
  static boolean isSingleRefAllOf(Schema<?> s) {
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

  /**
   * The scalar an {@code allOf} of inline scalars of one type stands for, or null: 3.1 documents
   * write constraints that way ({@code allOf: [{type: string}, {type: string, minLength: 1}]}), and
   * such a value is a string, not an object. The result carries the type and the first format.
   */
  static Schema<?> scalarAllOf(Schema<?> s) {
    List<Schema> all = s.getAllOf();
    if (all == null
        || all.isEmpty()
        || hasProperties(s)
        || !unionParts(s).isEmpty()
        || (s.getRequired() != null && !s.getRequired().isEmpty())) {
      return null;
    }
    Set<String> types = new LinkedHashSet<>(nonNullTypes(s));
    String format = s.getFormat();
    for (Schema part : all) {
      if (part == null
          || part.get$ref() != null
          || hasProperties(part)
          || part.getAllOf() != null
          || !unionParts(part).isEmpty()
          || part.getItems() != null
          || part.getAdditionalProperties() != null
          || part.getEnum() != null
          || part.getConst() != null) {
        return null;
      }
      types.addAll(nonNullTypes(part));
      if (format == null) {
        format = part.getFormat();
      }
    }
    if (types.size() != 1) {
      return null;
    }
    String type = types.iterator().next();
    if (!type.equals("string")
        && !type.equals("integer")
        && !type.equals("number")
        && !type.equals("boolean")) {
      return null;
    }
    Schema<Object> scalar = new Schema<>();
    scalar.setType(type);
    scalar.setFormat(format);
    return scalar;
  }

  /** The one reference of a {@link #isSingleRefAllOf} schema. */
  static String singleRef(Schema<?> s) {
    for (Schema part : s.getAllOf()) {
      if (part.get$ref() != null) {
        return part.get$ref();
      }
    }
    throw new IllegalStateException();
  }

  /** The primitive a scalar JSON type and format map to. */
  static PrimitiveKind primitive(String type, String format) {
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

  /** The type of a constant ({@code const}, or a one-value enum) by its Java value. */
  static TypeRef constType(Object v) {
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
}
