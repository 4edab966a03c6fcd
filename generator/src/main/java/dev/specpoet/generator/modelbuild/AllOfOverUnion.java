package dev.specpoet.generator.modelbuild;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@code allOf} that includes a union, distributed over its alternatives before any type is
 * built: {@code allOf: [U, E]} with {@code U = oneOf: [A, B]} is {@code oneOf: [allOf: [A, E],
 * allOf: [B, E]]}, the same set of values (a value that is U and E is one of U's alternatives and
 * E). The union's discriminator comes along; each alternative keeps the name of the one it extends
 * ({@link #VARIANT_NAME}) and, for a mapping, its {@code $ref} ({@link #VARIANT_REF}).
 *
 * <p>Only when exactly one part is a union and each of its alternatives is an object; anything else
 * stays an allOf, and {@link PropertyMerger} warns that the union's properties are not merged.
 */
final class AllOfOverUnion {
  /** Extension on a distributed alternative: the name of the alternative it extends. */
  static final String VARIANT_NAME = "x-specpoet-variant-of";

  /** Extension on a distributed alternative: the {@code $ref} of the alternative it extends. */
  static final String VARIANT_REF = "x-specpoet-variant-ref";

  private final SpecDocument doc;
  private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  private AllOfOverUnion(SpecDocument doc) {
    this.doc = doc;
  }

  /** Rewrites every such allOf in the document, in place. */
  static void distribute(OpenAPI api, SpecDocument doc) {
    AllOfOverUnion d = new AllOfOverUnion(doc);
    // components first: an allOf elsewhere may include one of them, and must see it rewritten
    for (Schema<?> s : doc.components().values()) {
      d.schema(s);
    }
    Components c = api.getComponents();
    if (c != null) {
      d.each(c.getParameters(), d::parameter);
      d.each(c.getHeaders(), d::header);
      d.each(c.getRequestBodies(), d::requestBody);
      d.each(c.getResponses(), d::response);
      d.each(c.getPathItems(), d::pathItem);
      d.each(c.getCallbacks(), d::callback);
    }
    d.each(api.getPaths(), d::pathItem);
    d.each(api.getWebhooks(), d::pathItem);
  }

  private <T> void each(Map<String, T> map, java.util.function.Consumer<T> visit) {
    if (map != null) {
      for (T t : map.values()) {
        if (t != null) {
          visit.accept(t);
        }
      }
    }
  }

  private void pathItem(PathItem item) {
    if (item.getParameters() != null) {
      item.getParameters().forEach(this::parameter);
    }
    for (Operation op : item.readOperations()) {
      if (op.getParameters() != null) {
        op.getParameters().forEach(this::parameter);
      }
      if (op.getRequestBody() != null) {
        requestBody(op.getRequestBody());
      }
      if (op.getResponses() != null) {
        each(op.getResponses(), this::response);
      }
      each(op.getCallbacks(), this::callback);
    }
  }

  private void callback(Callback cb) {
    each(cb, this::pathItem);
  }

  private void parameter(Parameter p) {
    if (p != null) {
      schema(p.getSchema());
      content(p.getContent());
    }
  }

  private void header(Header h) {
    schema(h.getSchema());
    content(h.getContent());
  }

  private void requestBody(RequestBody b) {
    content(b.getContent());
  }

  private void response(ApiResponse r) {
    content(r.getContent());
    each(r.getHeaders(), this::header);
  }

  private void content(Content content) {
    each(content, (MediaType m) -> schema(m.getSchema()));
  }

  /** Visits {@code s} and every schema below it, rewriting the parts first. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private void schema(Schema<?> s) {
    if (s == null || s.get$ref() != null || !seen.add(s)) {
      return;
    }
    if (s.getProperties() != null) {
      for (Schema p : s.getProperties().values()) {
        schema(p);
      }
    }
    schema(s.getItems());
    if (s.getAdditionalProperties() instanceof Schema<?> ap) {
      schema(ap);
    }
    for (List<Schema> parts : List.of(list(s.getAllOf()), list(s.getOneOf()), list(s.getAnyOf()))) {
      for (Schema p : parts) {
        schema(p);
      }
    }
    rewrite(s);
  }

  @SuppressWarnings("rawtypes")
  private static List<Schema> list(List<Schema> l) {
    return l == null ? List.of() : l;
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
        schema(target); // a component reached before its turn
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
      Map<String, Object> ext = new LinkedHashMap<>();
      String name = SpecDocument.componentName(a.get$ref());
      if (name != null) {
        ext.put(VARIANT_NAME, name);
        ext.put(VARIANT_REF, a.get$ref());
      } else if (a.getTitle() != null && !a.getTitle().isBlank()) {
        ext.put(VARIANT_NAME, a.getTitle());
      }
      if (!ext.isEmpty()) {
        variant.setExtensions(ext);
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
