package dev.specpoet.generator.model;

/**
 * A type the generator emits. Identity is {@link #id()}: the JSON pointer of the schema that
 * defines it (for named schemas {@code #/components/schemas/X}); inline schemas get the pointer
 * where they sit, and {@link #parentId()} names the type they are nested in (so {@code Gateway.Dlp}
 * keeps its name when unrelated schemas are added). Operation parameter classes are parents too:
 * their id is {@link Operation#paramsTypeId()}.
 */
public sealed interface TypeDef permits ObjectType, EnumType, UnionType {
  String id();

  /** Enclosing type id, or null for a top-level type. */
  String parentId();

  /**
   * The simple name the names stage starts from (e.g. {@code Gateway}, {@code Dlp}, {@code
   * Filter}).
   */
  String nameHint();

  Doc doc();

  SourceLocation source();
}
