package dev.specpoet.generator.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One property of an object (or one field of a params class built from a request body).
 *
 * @param required listed in {@code required}: must be present on the wire
 * @param nullable may be JSON null ({@code nullable: true}, or {@code null} in a 3.1 type array)
 * @param defaultValue the spec's {@code default}, or null
 * @param constValue the spec's {@code const} / single-value enum, or null
 * @param secret a credential or what only a client sends (format {@code password}, {@code
 *     writeOnly}, such as a card number, or a name whose last word names one: {@code secret},
 *     {@code access_token}, {@code apiKey}, {@code userPassword}; not {@code tokens_in}): masked in
 *     {@code toString()}
 */
public record Property(
    String jsonName,
    TypeRef type,
    boolean required,
    boolean nullable,
    Doc doc,
    JsonNode defaultValue,
    JsonNode constValue,
    Constraints constraints,
    boolean readOnly,
    boolean writeOnly,
    boolean secret,
    SourceLocation source) {

  /**
   * Whether builders preset this property and do not let users set it: a {@code const} (or
   * one-value enum) that is required and not nullable, of a plain string, integer or boolean type
   * its value fits. A model builder's setter is then private (Jackson still reads what a server
   * sends through it) and a params builder has none; the change report lists no setter either.
   */
  public boolean preset() {
    if (constValue == null || !required || nullable || !(type instanceof TypeRef.Primitive p)) {
      return false;
    }
    return switch (p.kind()) {
      case STRING -> constValue.isTextual();
      case INT32, INT64 -> constValue.isIntegralNumber();
      case BOOLEAN -> constValue.isBoolean();
      default -> false;
    };
  }
}
