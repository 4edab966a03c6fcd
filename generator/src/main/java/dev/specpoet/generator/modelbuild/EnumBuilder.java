package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.SourceLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds an {@link EnumType}: its base (string, integer or boolean; number enums are kept as
 * strings, with a warning), its distinct values with their {@code x-enum-descriptions}, at most
 * {@link #MAX_ENUM_CONSTANTS} of them.
 */
final class EnumBuilder {
  /**
   * Constants per enum: each costs bytecode in the class initialiser, {@code of()} and {@code
   * known()}, which the JVM limits to 64 KB a method (~2,700 values fail to compile: "code too
   * large").
   */
  static final int MAX_ENUM_CONSTANTS = 2000;

  private final SpecDocument doc;

  EnumBuilder(SpecDocument doc) {
    this.doc = doc;
  }

  EnumType build(Schema<?> s, String id, String parentId, String hint, SourceLocation at) {
    List<Object> values = SchemaShapes.nonNullEnum(s);
    PrimitiveKind base = base(s, values, at);
    List<EnumType.EnumValue> out = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    List<?> descriptions = SpecValues.extensionList(s.getExtensions(), "x-enum-descriptions");
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
              doc.warn(
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
          doc.warn(
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
                value,
                description == null
                    ? Doc.NONE
                    : SpecValues.doc(description.toString(), null, false)));
      }
    }
    return new EnumType(id, parentId, hint, SpecValues.doc(s), at, base, out);
  }

  private PrimitiveKind base(Schema<?> s, List<Object> values, SourceLocation at) {
    Set<String> t = SchemaShapes.nonNullTypes(s);
    if (t.contains("integer")
        || (t.isEmpty()
            && values.stream().allMatch(v -> v instanceof Integer || v instanceof Long))) {
      return "int32".equals(s.getFormat()) ? PrimitiveKind.INT32 : PrimitiveKind.INT64;
    }
    if (t.contains("boolean")
        || (t.isEmpty() && values.stream().allMatch(v -> v instanceof Boolean))) {
      return PrimitiveKind.BOOLEAN;
    }
    if (t.contains("number")) {
      doc.warn(
          at,
          "number enums are not supported; the values are kept as strings of their JSON text",
          null);
    }
    return PrimitiveKind.STRING;
  }
}
