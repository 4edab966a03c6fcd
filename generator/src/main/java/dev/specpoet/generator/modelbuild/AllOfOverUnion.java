package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.load.SchemaWalk;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@code allOf} that includes a union, distributed over its alternatives before any type is
 * built: {@code allOf: [U, E]} with {@code U = oneOf: [A, B]} is {@code oneOf: [allOf: [A, E],
 * allOf: [B, E]]}, the same set of values (a value that is U and E is one of U's alternatives and
 * E). The union's discriminator comes along; each alternative keeps the {@code $ref} of the one it
 * extends ({@link #VARIANT_REF}: its name and its place in a mapping), or its title ({@link
 * #VARIANT_NAME}).
 *
 * <p>Only when exactly one part is a union and each of its alternatives is an object; anything else
 * stays an allOf, and {@link PropertyMerger} warns that the union's properties are not merged.
 */
final class AllOfOverUnion implements SchemaWalk.Visitor {
  /** Extension on a distributed alternative: the {@code $ref} of the alternative it extends. */
  static final String VARIANT_REF = "x-specpoet-variant-ref";

  /** Extension on a distributed alternative: the title of the inline alternative it extends. */
  static final String VARIANT_NAME = "x-specpoet-variant-of";

  private final SpecDocument doc;
  private final SchemaWalk walk = new SchemaWalk(this);

  private AllOfOverUnion(SpecDocument doc) {
    this.doc = doc;
  }

  /**
   * Rewrites every such allOf in the document, in place, each after its parts; the component
   * schemas first, as an allOf elsewhere may include one of them.
   */
  static void distribute(OpenAPI api, SpecDocument doc) {
    AllOfOverUnion d = new AllOfOverUnion(doc);
    d.walk.componentSchemas(api);
    d.walk.outsideComponentSchemas(api);
  }

  @Override
  public void leave(Schema<?> s, String pointer) {
    if (s.get$ref() == null) {
      rewrite(s);
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void rewrite(Schema<?> s) {
    List<Schema> allOf = s.getAllOf();
    if (allOf == null
        || allOf.isEmpty()
        || !SchemaShapes.unionParts(s).isEmpty()
        || (allOf.size() == 1 && ownPart(s) == null)) {
      return; // a single part and nothing else is that part (an alias)
    }
    int at = -1;
    Schema<?> union = null;
    for (int i = 0; i < allOf.size(); i++) {
      Schema<?> part = allOf.get(i);
      Schema<?> target = part == null ? null : doc.resolve(part);
      if (target == null) {
        continue;
      }
      if (part.get$ref() != null) {
        walk.schema(target, part.get$ref()); // a component reached before its turn
      }
      if (SchemaShapes.isUnion(target) && !SchemaShapes.isConstraintUnion(target)) {
        if (union != null) {
          return; // two unions: the product of their alternatives is not attempted
        }
        union = target;
        at = i;
      }
    }
    if (union == null) {
      return;
    }
    List<Schema> alternatives = SchemaShapes.nonNull(SchemaShapes.unionParts(union));
    for (Schema<?> a : alternatives) {
      if (!isObject(doc.resolve(a))) {
        return;
      }
    }
    Schema<?> unionOwn = ownPart(union);
    Schema<?> own = ownPart(s);
    List<Schema> distributed = new ArrayList<>();
    for (Schema<?> a : alternatives) {
      List<Schema> parts = new ArrayList<>();
      for (int i = 0; i < allOf.size(); i++) {
        if (i != at) {
          parts.add(allOf.get(i));
          continue;
        }
        parts.add(a);
        if (unionOwn != null) {
          parts.add(unionOwn);
        }
      }
      if (own != null) {
        parts.add(own);
      }
      Schema<?> variant = new Schema<>();
      variant.setAllOf(parts);
      if (SpecDocument.componentName(a.get$ref()) != null) {
        variant.setExtensions(new LinkedHashMap<>(Map.of(VARIANT_REF, a.get$ref())));
      } else if (a.getTitle() != null && !a.getTitle().isBlank()) {
        variant.setExtensions(new LinkedHashMap<>(Map.of(VARIANT_NAME, a.getTitle())));
      }
      distributed.add(variant);
    }
    s.setAllOf(null);
    s.setProperties(null);
    s.setRequired(null);
    s.setAdditionalProperties(null);
    if ("oneOf".equals(SchemaShapes.unionKeyword(union))) {
      s.setOneOf(distributed);
    } else {
      s.setAnyOf(distributed);
    }
    if (s.getDiscriminator() == null) {
      s.setDiscriminator(union.getDiscriminator());
    }
    if (s.getDescription() == null) {
      s.setDescription(union.getDescription());
    }
  }

  /** Whether an alternative is an object (its own properties, an allOf, or type object). */
  private static boolean isObject(Schema<?> a) {
    if (a == null || SchemaShapes.isUnion(a)) {
      return false;
    }
    if (SchemaShapes.hasProperties(a) || a.getAllOf() != null) {
      return true;
    }
    Set<String> types = SchemaShapes.nonNullTypes(a);
    return types.size() == 1 && types.contains("object") && a.getEnum() == null;
  }

  /** The properties a schema declares next to its allOf/oneOf, as an allOf part; null if none. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> ownPart(Schema<?> s) {
    if (!SchemaShapes.hasProperties(s)
        && (s.getRequired() == null || s.getRequired().isEmpty())
        && !(s.getAdditionalProperties() instanceof Schema)) {
      return null;
    }
    Schema own = new Schema<>();
    own.setType("object");
    own.setProperties(s.getProperties());
    own.setRequired(s.getRequired());
    own.setAdditionalProperties(s.getAdditionalProperties());
    return own;
  }
}
