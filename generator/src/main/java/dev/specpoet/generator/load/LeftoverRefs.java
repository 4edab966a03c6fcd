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
import io.swagger.v3.parser.ResolverCache;
import io.swagger.v3.parser.models.RefFormat;
import io.swagger.v3.parser.processors.ExternalRefProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Finishes what swagger-parser's resolver leaves undone for OpenAPI 3.1: its schema processor
 * follows external {@code $ref}s only where a 3.0 schema class says so (an {@code ArraySchema}'s
 * items, a {@code ComposedSchema}'s parts), so in a 3.1 document {@code items: {$ref:
 * 'owner.yaml#/Owner'}} and {@code oneOf} parts keep the file's own relative text, which would then
 * be read against the root.
 *
 * <p>This walks every schema of the resolved document and hands each external {@code $ref} it finds
 * (and each {@code #/...} one written in another file) to swagger-parser's own {@link
 * ExternalRefProcessor}, relative to the file the schema is written in: the target becomes a
 * component like any other and the {@code $ref} points at it. For a 3.0 document it finds nothing.
 */
final class LeftoverRefs {
  private final OpenAPI api;
  private final ExternalRefProcessor processor;
  private final Path root;

  /**
   * A pointer of the resolved document -> the file it is written in (absolute), null for a remote
   * one.
   */
  private final Function<String, Path> fileOf;

  /** Told (component name, ref relative to the root) of each component this adds. */
  private final BiConsumer<String, String> added;

  /** Each schema object once (swagger-parser shares some between places). */
  private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  LeftoverRefs(
      OpenAPI api,
      ResolverCache cache,
      Path root,
      Function<String, Path> fileOf,
      BiConsumer<String, String> added) {
    this.api = api;
    this.processor = new ExternalRefProcessor(cache, api);
    this.root = root;
    this.fileOf = fileOf;
    this.added = added;
  }

  void run() {
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
    // the schemas, until no new one appears (a fixed $ref adds its target, which may hold leftovers
    // too)
    int walked = -1;
    while (api.getComponents() != null
        && api.getComponents().getSchemas() != null
        && api.getComponents().getSchemas().size() != walked) {
      walked = api.getComponents().getSchemas().size();
      each(api.getComponents().getSchemas(), "#/components/schemas", this::schema);
    }
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
      operation(e.getValue(), ptr(at, e.getKey().name().toLowerCase(java.util.Locale.ROOT)));
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

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void schema(Schema s, String at) {
    if (s == null || !seen.add(s)) {
      return;
    }
    if (s.get$ref() != null) {
      fix(s, at);
    }
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
  }

  /**
   * One {@code $ref} the resolver left: made relative to the root, processed, pointed at its
   * component.
   */
  private void fix(Schema<?> s, String at) {
    String ref = s.get$ref();
    if (ref.startsWith("#/components/")) {
      return; // to the root's components, or already rewritten to one
    }
    Path file = fileOf.apply(at);
    if (file == null) {
      return;
    }
    boolean inRoot = file.equals(root);
    String normalized;
    RefFormat format;
    if (ref.contains("://")) {
      normalized = ref;
      format = RefFormat.URL;
    } else if (ref.startsWith("#")) {
      // local: written in the root, it is the root's; written in another file, it is that file's
      if (inRoot) {
        return;
      }
      normalized = relative(file) + ref;
      format = RefFormat.RELATIVE;
    } else {
      int hash = ref.indexOf('#');
      String target = hash < 0 ? ref : ref.substring(0, hash);
      String fragment = hash < 0 ? "" : ref.substring(hash);
      Path targetFile = file.getParent().resolve(target).normalize();
      if (!Files.isRegularFile(targetFile)
          && Files.isRegularFile(root.getParent().resolve(target).normalize())) {
        targetFile =
            root.getParent().resolve(target).normalize(); // already made relative to the root
      }
      normalized = relative(targetFile) + fragment;
      format = RefFormat.RELATIVE;
    }
    String name = processor.processRefToExternalSchema(normalized, format);
    if (name != null) {
      s.set$ref("#/components/schemas/" + name);
      added.accept(name, normalized);
    }
  }

  private String relative(Path file) {
    String rel = root.getParent().relativize(file).toString().replace('\\', '/');
    return rel.startsWith("../") ? rel : "./" + rel;
  }
}
