package dev.specpoet.generator.model;

import java.util.List;

/**
 * An enum. {@code base} is STRING, INT32/INT64 or BOOLEAN (strings that look like booleans stay
 * STRING). Emitted types accept and keep values the spec does not list.
 */
public record EnumType(
    String id,
    String parentId,
    String nameHint,
    Doc doc,
    SourceLocation source,
    PrimitiveKind base,
    List<EnumValue> values)
    implements TypeDef {
  public EnumType {
    values = List.copyOf(values);
  }

  /**
   * @param value a String, Long or Boolean as written in the spec
   */
  public record EnumValue(Object value, Doc doc) {}
}
