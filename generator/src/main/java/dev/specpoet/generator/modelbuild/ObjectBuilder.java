package dev.specpoet.generator.modelbuild;

import static dev.specpoet.generator.modelbuild.SpecDocument.SCHEMAS;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.names.Words;
import dev.specpoet.runtime.SensitiveNames;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds an {@link ObjectType}: the properties of the schema and of its {@code allOf} parts merged
 * ({@link PropertyMerger}), each with its type, required and nullable flags, default, constant,
 * constraints and whether it is a secret; and the type of additional properties when declared.
 */
final class ObjectBuilder {
  private final SpecDocument doc;
  private final TypeResolver resolver;
  private final PropertyMerger merger;

  ObjectBuilder(SpecDocument doc, TypeResolver resolver, PropertyMerger merger) {
    this.doc = doc;
    this.resolver = resolver;
    this.merger = merger;
  }

  ObjectType build(Schema<?> s, String id, String parentId, String hint, SourceLocation at) {
    return build(s, id, parentId, hint, at, id);
  }

  /**
   * The object {@code s} as type {@code id}; the inline types of its own properties nest in {@code
   * owner} (itself, or the class it is a part of, like an inline request body's params class).
   */
  ObjectType build(
      Schema<?> s, String id, String parentId, String hint, SourceLocation at, String owner) {
    if (s.getDiscriminator() != null
        && SchemaShapes.nonNull(SchemaShapes.unionParts(s)).isEmpty()) {
      doc.warn(
          at.child("discriminator"),
          "a discriminator on an object schema (allOf inheritance) is not modelled as a"
              + " union: "
              + hint
              + " is a plain class and its subtypes are classes that include its properties",
          "to get a union, list the subtypes in a oneOf with this discriminator");
    }
    PropertyMerger.Merged c = new PropertyMerger.Merged();
    Set<String> visiting = new HashSet<>();
    if (id.startsWith(SCHEMAS)) {
      visiting.add(id.substring(SCHEMAS.length()));
    }
    merger.collect(s, at, owner, c, visiting);
    List<Property> props = properties(c, owner);
    TypeRef additional = null;
    if (c.additional != null) {
      additional =
          resolver.typeOf(c.additional, at.child("additionalProperties"), owner, hint + "Value");
    }
    String description = s.getDescription() != null ? s.getDescription() : c.description;
    Doc d = SpecValues.doc(description, s.getTitle(), Boolean.TRUE.equals(s.getDeprecated()));
    return new ObjectType(id, parentId, hint, d, at, props, additional);
  }

  private List<Property> properties(PropertyMerger.Merged c, String ownerId) {
    List<Property> props = new ArrayList<>();
    for (PropertyMerger.Prop p : c.props.values()) {
      Schema<?> ps = p.schema();
      if (ps == null) {
        continue;
      }
      String inlineParent = p.owner() == null ? ownerId : p.owner();
      TypeRef type = resolver.typeOf(ps, p.at(), inlineParent, Words.pascal(p.name()));
      boolean required = c.required.contains(p.name());
      boolean nullable = resolver.isNullable(ps);
      JsonNode def = ps.getDefault() == null ? null : SpecValues.toJson(ps.getDefault());
      JsonNode constValue = null;
      List<Object> values = SchemaShapes.nonNullEnum(ps);
      if (ps.get$ref() == null && (values.size() == 1 || ps.getConst() != null)) {
        constValue = SpecValues.toJson(values.size() == 1 ? values.get(0) : ps.getConst());
      }
      boolean writeOnly = Boolean.TRUE.equals(ps.getWriteOnly());
      boolean secret = SchemaShapes.marksSecret(ps) || SensitiveNames.isSecret(p.name());
      props.add(
          new Property(
              p.name(),
              type,
              required,
              nullable,
              propertyDoc(ps),
              def,
              constValue,
              SpecValues.constraints(ps),
              Boolean.TRUE.equals(ps.getReadOnly()),
              writeOnly,
              secret,
              p.at()));
    }
    return props;
  }

  /**
   * A property's doc: its own description (beside a {@code $ref} too, which 3.1 keeps), else for a
   * {@code $ref} the description of the schema it points at (3.0 drops a {@code $ref}'s siblings),
   * so the getter and setter are not left without one.
   */
  private Doc propertyDoc(Schema<?> ps) {
    Doc own = SpecValues.doc(ps);
    if (own.hasText() || ps.get$ref() == null) {
      return own;
    }
    Schema<?> target = doc.resolve(ps);
    if (target == null || target == ps) {
      return own;
    }
    Doc referenced = SpecValues.doc(target);
    return referenced.hasText() ? new Doc(referenced.text(), own.deprecated()) : own;
  }
}
