package dev.specpoet.generator.model;

import java.util.List;

/**
 * {@code oneOf}/{@code anyOf}. DISCRIMINATED: a property ({@code discriminatorProperty}) names the
 * variant. STRUCTURAL: the variant is chosen by JSON kind and required properties, in the order of
 * {@link #variants()} (the model stage orders them so the choice is deterministic).
 */
public record UnionType(
    String id,
    String parentId,
    String nameHint,
    Doc doc,
    SourceLocation source,
    Kind kind,
    String discriminatorProperty,
    List<Variant> variants)
    implements TypeDef {
  public UnionType {
    variants = List.copyOf(variants);
  }

  public enum Kind {
    DISCRIMINATED,
    STRUCTURAL
  }

  /** The JSON kinds a variant may be recognised by. */
  public enum JsonKind {
    OBJECT,
    ARRAY,
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    NULL,
    /** Any JSON at all (a free-form variant); tried last. */
    ANY
  }

  /**
   * @param nameHint the variant's class name hint (e.g. {@code Start}, {@code UnionMember0}, {@code
   *     String})
   * @param discriminatorValues the discriminator values mapped to this variant (DISCRIMINATED only)
   * @param requiredProperties for OBJECT variants: the properties that must be present to pick it
   */
  public record Variant(
      String nameHint,
      TypeRef type,
      JsonKind jsonKind,
      List<String> discriminatorValues,
      List<String> requiredProperties) {
    public Variant {
      discriminatorValues = List.copyOf(discriminatorValues);
      requiredProperties = List.copyOf(requiredProperties);
    }
  }
}
