package dev.specpoet.generator.load;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every schema of a parsed document, each schema object once (swagger-parser shares some between
 * places), with the JSON pointer of the place it is reached at: under parameters, headers, request
 * bodies, responses, callbacks and webhooks, and below each schema in every keyword that holds one.
 * Used by {@code LeftoverRefs} (which fixes {@code $ref}s on the way in) and by the model stage's
 * rewrites (which work on a schema after its parts).
 */
public final class SchemaWalk {

  /** What is done at each schema. */
  public interface Visitor {
    /** Before the schema's subschemas. */
    default void enter(Schema<?> s, String pointer) {}

    /** After the schema's subschemas. */
    default void leave(Schema<?> s, String pointer) {}
  }

  private final Visitor visitor;
  private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  public SchemaWalk(Visitor visitor) {
    this.visitor = visitor;
  }

  /**
   * The schemas everywhere but {@code #/components/schemas}: components of the other kinds, paths
   * and webhooks.
   */
  public void outsideComponentSchemas(OpenAPI api) {
    Components c = api.getComponents();
    if (c != null) {
      each(c.getParameters(), "#/components/parameters", this::parameter);
      each(c.getResponses(), "#/components/responses", this::response);
      each(c.getRequestBodies(), "#/components/requestBodies", this::requestBody);
      each(c.getHeaders(), "#/components/headers", this::header);
      each(c.getPathItems(), "#/components/pathItems", this::pathItem);
      each(c.getCallbacks(), "#/components/callbacks", this::callback);
    }
    each(api.getPaths(), "#/paths", this::pathItem);
    each(api.getWebhooks(), "#/webhooks", this::pathItem);
  }

  /** The component schemas (those already walked are not walked again). */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void componentSchemas(OpenAPI api) {
    if (api.getComponents() != null) {
      each((Map) api.getComponents().getSchemas(), "#/components/schemas", this::schema);
    }
  }

  /** {@code s} (unless walked before) and the schemas below it. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void schema(Schema s, String at) {
    if (s == null || !seen.add(s)) {
      return;
    }
    visitor.enter(s, at);
    each((Map<String, Schema>) s.getProperties(), at + "/properties", this::schema);
    each((Map<String, Schema>) s.getPatternProperties(), at + "/patternProperties", this::schema);
    each((Map<String, Schema>) s.getDependentSchemas(), at + "/dependentSchemas", this::schema);
    each((List<Schema>) s.getAllOf(), at + "/allOf", this::schema);
    each((List<Schema>) s.getAnyOf(), at + "/anyOf", this::schema);
    each((List<Schema>) s.getOneOf(), at + "/oneOf", this::schema);
    each((List<Schema>) s.getPrefixItems(), at + "/prefixItems", this::schema);
    schema(s.getItems(), at + "/items");
    if (s.getAdditionalProperties() instanceof Schema ap) {
      schema(ap, at + "/additionalProperties");
    }
    schema(s.getNot(), at + "/not");
    schema(s.getIf(), at + "/if");
    schema(s.getThen(), at + "/then");
    schema(s.getElse(), at + "/else");
    schema(s.getContains(), at + "/contains");
    schema(s.getPropertyNames(), at + "/propertyNames");
    schema(s.getUnevaluatedProperties(), at + "/unevaluatedProperties");
    schema(s.getUnevaluatedItems(), at + "/unevaluatedItems");
    schema(s.getAdditionalItems(), at + "/additionalItems");
    schema(s.getContentSchema(), at + "/contentSchema");
    visitor.leave(s, at);
  }

  private interface Walk<T> {
    void walk(T value, String pointer);
  }

  private static <T> void each(Map<String, T> map, String base, Walk<T> walk) {
    if (map == null) {
      return;
    }
    for (Map.Entry<String, T> e : new ArrayList<>(map.entrySet())) {
      if (e.getValue() != null) {
        walk.walk(e.getValue(), ptr(base, e.getKey()));
      }
    }
  }

  private static <T> void each(List<T> list, String base, Walk<T> walk) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) != null) {
        walk.walk(list.get(i), base + "/" + i);
      }
    }
  }

  private static String ptr(String base, String segment) {
    return base + "/" + segment.replace("~", "~0").replace("/", "~1");
  }

  private void pathItem(PathItem item, String at) {
    each(item.getParameters(), at + "/parameters", this::parameter);
    for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
      operation(e.getValue(), ptr(at, e.getKey().name().toLowerCase(Locale.ROOT)));
    }
  }

  private void operation(Operation op, String at) {
    each(op.getParameters(), at + "/parameters", this::parameter);
    if (op.getRequestBody() != null) {
      requestBody(op.getRequestBody(), at + "/requestBody");
    }
    each(op.getResponses(), at + "/responses", this::response);
    each(op.getCallbacks(), at + "/callbacks", this::callback);
  }

  private void callback(Callback callback, String at) {
    each(callback, at, this::pathItem);
  }

  private void parameter(Parameter p, String at) {
    schema(p.getSchema(), at + "/schema");
    content(p.getContent(), at + "/content");
  }

  private void requestBody(RequestBody body, String at) {
    content(body.getContent(), at + "/content");
  }

  private void response(ApiResponse r, String at) {
    content(r.getContent(), at + "/content");
    each(r.getHeaders(), at + "/headers", this::header);
  }

  private void header(Header h, String at) {
    schema(h.getSchema(), at + "/schema");
    content(h.getContent(), at + "/content");
  }

  private void content(Content content, String at) {
    each(content, at, (MediaType m, String p) -> schema(m.getSchema(), p + "/schema"));
  }
}
