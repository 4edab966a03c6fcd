package dev.specpoet.generator.modelbuild;

import static dev.specpoet.generator.modelbuild.SpecDocument.SCHEMAS;

import dev.specpoet.generator.model.SourceLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The properties of a schema with those of its {@code allOf} parts merged in (following {@code
 * $ref}s to component schemas, cycles cut with a warning): what objects, union variants and
 * response envelopes are built from.
 */
final class PropertyMerger {

  /**
   * One property collected from a schema and its allOf parts.
   *
   * @param owner the type its inline types nest in: the component that declares it, or the type
   *     being built; null for an inline parent
   */
  record Prop(String name, Schema<?> schema, SourceLocation at, String owner) {}

  /** Everything collected: properties in spec order, required names, and the object's extras. */
  static final class Merged {
    final Map<String, Prop> props = new LinkedHashMap<>();
    final Set<String> required = new LinkedHashSet<>();
    Schema<?> additional;
    boolean deprecated;
    String description;
  }

  private final SpecDocument doc;
  private final TypeResolver resolver;
  private final UnsupportedKeywords unsupported;

  PropertyMerger(SpecDocument doc, TypeResolver resolver, UnsupportedKeywords unsupported) {
    this.doc = doc;
    this.resolver = resolver;
    this.unsupported = unsupported;
  }

  /** The merged properties of {@code s}, whose inline types nest in {@code owner}. */
  Merged merge(Schema<?> s, SourceLocation at, String owner) {
    Merged m = new Merged();
    collect(s, at, owner, m, new HashSet<>());
    return m;
  }

  /**
   * {@link #merge}, with the component schemas already being visited ({@code visiting}, by name).
   */
  void collect(Schema<?> s, SourceLocation at, String owner, Merged c, Set<String> visiting) {
    if (s == null) {
      return;
    }
    if (s.get$ref() != null) {
      String ref = s.get$ref();
      if (!ref.startsWith(SCHEMAS) || !doc.hasComponent(ref.substring(SCHEMAS.length()))) {
        resolver.refTarget(ref, at); // reports it
        return;
      }
      String name = ref.substring(SCHEMAS.length());
      if (!visiting.add(name)) {
        doc.warn(at, "allOf includes itself through " + ref + "; the cycle is ignored", null);
        return;
      }
      Schema<?> target = doc.component(name);
      String targetId = SCHEMAS + name;
      String targetOwner = SchemaShapes.isTypeKind(target) ? targetId : owner;
      if (SchemaShapes.isUnion(target)) {
        doc.warn(
            at,
            "allOf with the union " + name + " is not supported; its properties are not merged",
            null);
      } else {
        collect(target, doc.loc(targetId), targetOwner, c, visiting);
      }
      visiting.remove(name);
      return;
    }
    if (s.getAllOf() != null) {
      for (int i = 0; i < s.getAllOf().size(); i++) {
        Schema<?> part = s.getAllOf().get(i);
        SourceLocation partAt = at.child("allOf", Integer.toString(i));
        if (part != null && part.get$ref() == null && SchemaShapes.isConstraintUnion(part)) {
          continue; // "one of these must be present": validation, not a shape
        }
        if (part != null && part.get$ref() == null && SchemaShapes.isUnion(part)) {
          doc.warn(
              partAt,
              "oneOf/anyOf inside allOf is not supported; those alternatives are not merged into the object",
              "move the alternatives into a property, or make the whole schema a oneOf");
          continue;
        }
        if (part != null && part.get$ref() == null) {
          unsupported.check(part, partAt);
        }
        collect(part, partAt, owner, c, visiting);
      }
    }
    if (s.getProperties() != null) {
      for (Map.Entry<String, Schema> e : s.getProperties().entrySet()) {
        c.props.put(
            e.getKey(),
            new Prop(e.getKey(), e.getValue(), at.child("properties", e.getKey()), owner));
      }
    }
    if (s.getRequired() != null) {
      c.required.addAll(s.getRequired());
    }
    if (s.getAdditionalProperties() instanceof Schema<?> ap) {
      c.additional = ap;
    }
    if (Boolean.TRUE.equals(s.getDeprecated())) {
      c.deprecated = true;
    }
    if (s.getDescription() != null && c.description == null) {
      c.description = s.getDescription();
    }
  }
}
