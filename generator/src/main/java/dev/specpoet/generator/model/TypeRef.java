package dev.specpoet.generator.model;

/** A use of a type: a primitive, a named type of the model, a collection, or free-form JSON. */
public sealed interface TypeRef {

  /** A scalar mapped straight to a Java type by the names stage. */
  record Primitive(PrimitiveKind kind) implements TypeRef {}

  /** A type defined in {@link ApiModel#types()}, by its {@link TypeDef#id()}. */
  record Named(String typeId) implements TypeRef {}

  record ArrayOf(TypeRef items, boolean uniqueItems) implements TypeRef {}

  /**
   * An object used as a map ({@code additionalProperties} with no properties); keys are strings.
   */
  record MapOf(TypeRef values) implements TypeRef {}

  /**
   * Free-form JSON: {@code {}}, {@code type: object} without properties, or a construct that
   * degraded.
   */
  record AnyJson() implements TypeRef {}
}
