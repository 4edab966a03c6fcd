package dev.specpoet.generator.model;

import java.util.List;

/**
 * An object with named properties ({@code allOf} already merged by the model stage).
 *
 * @param additionalProperties the type of extra properties when the schema declares them ({@code
 *     additionalProperties: <schema>}), else null; unknown properties are always kept as raw JSON
 *     by the emitted class regardless
 */
public record ObjectType(
    String id,
    String parentId,
    String nameHint,
    Doc doc,
    SourceLocation source,
    List<Property> properties,
    TypeRef additionalProperties)
    implements TypeDef {
  public ObjectType {
    properties = List.copyOf(properties);
  }
}
