package dev.specpoet.generator.modelbuild;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The schema at a JSON pointer of the parsed document, for a {@code $ref} that points at a schema
 * outside {@code #/components/schemas/NAME}: inside another schema ({@code
 * #/components/schemas/X/properties/y}, {@code .../items}, {@code .../allOf/0}), under a parameter,
 * header, request body or response ({@code #/components/parameters/p/schema}, {@code
 * #/paths/~1a/get/responses/200/content/application~1json/schema}). Such a pointer is legal; it
 * names the schema written there. {@code $ref}s on the way are not followed (a pointer names a
 * place, as JSON Pointer does).
 */
final class SchemaPointers {
  private SchemaPointers() {}

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** The schema at these (unescaped) segments, or null when there is none. */
  static Schema<?> find(OpenAPI api, List<String> segments) {
    Object node = api;
    for (String s : segments) {
      node = step(node, s);
      if (node == null) {
        return null;
      }
    }
    return node instanceof Schema<?> schema ? schema : null;
  }

  @SuppressWarnings("rawtypes")
  private static Object step(Object node, String s) {
    if (node instanceof OpenAPI api) {
      return switch (s) {
        case "paths" -> api.getPaths();
        case "webhooks" -> api.getWebhooks();
        case "components" -> api.getComponents();
        default -> null;
      };
    }
    if (node instanceof Components c) {
      return switch (s) {
        case "schemas" -> c.getSchemas();
        case "parameters" -> c.getParameters();
        case "responses" -> c.getResponses();
        case "requestBodies" -> c.getRequestBodies();
        case "headers" -> c.getHeaders();
        case "pathItems" -> c.getPathItems();
        default -> null;
      };
    }
    if (node instanceof Map<?, ?> map) {
      return map.get(s);
    }
    if (node instanceof List<?> list) {
      try {
        int i = Integer.parseInt(s);
        return i >= 0 && i < list.size() ? list.get(i) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (node instanceof PathItem item) {
      if (s.equals("parameters")) {
        return item.getParameters();
      }
      return METHODS.contains(s)
          ? item.readOperationsMap().get(PathItem.HttpMethod.valueOf(s.toUpperCase(Locale.ROOT)))
          : null;
    }
    if (node instanceof Operation op) {
      return switch (s) {
        case "parameters" -> op.getParameters();
        case "requestBody" -> op.getRequestBody();
        case "responses" -> op.getResponses();
        case "callbacks" -> op.getCallbacks();
        default -> null;
      };
    }
    if (node instanceof Parameter p) {
      return s.equals("schema") ? p.getSchema() : s.equals("content") ? p.getContent() : null;
    }
    if (node instanceof Header h) {
      return s.equals("schema") ? h.getSchema() : s.equals("content") ? h.getContent() : null;
    }
    if (node instanceof RequestBody b) {
      return s.equals("content") ? b.getContent() : null;
    }
    if (node instanceof ApiResponse r) {
      return s.equals("content") ? r.getContent() : s.equals("headers") ? r.getHeaders() : null;
    }
    if (node instanceof Content content) {
      return content.get(s);
    }
    if (node instanceof MediaType m) {
      return s.equals("schema") ? m.getSchema() : null;
    }
    if (node instanceof Schema schema) {
      return schemaStep(schema, s);
    }
    return null;
  }

  @SuppressWarnings("rawtypes")
  private static Object schemaStep(Schema schema, String s) {
    return switch (s) {
      case "properties" -> schema.getProperties();
      case "patternProperties" -> schema.getPatternProperties();
      case "dependentSchemas" -> schema.getDependentSchemas();
      case "items" -> schema.getItems();
      case "additionalProperties" ->
          schema.getAdditionalProperties() instanceof Schema ap ? ap : null;
      case "allOf" -> schema.getAllOf();
      case "anyOf" -> schema.getAnyOf();
      case "oneOf" -> schema.getOneOf();
      case "prefixItems" -> schema.getPrefixItems();
      case "not" -> schema.getNot();
      case "if" -> schema.getIf();
      case "then" -> schema.getThen();
      case "else" -> schema.getElse();
      case "contains" -> schema.getContains();
      case "propertyNames" -> schema.getPropertyNames();
      default -> null;
    };
  }

  /**
   * What a type defined at these segments is named from: the last name on the way ({@code
   * .../properties/shortUUID} is {@code shortUUID}, {@code .../parameters/companyId/schema} is
   * {@code companyId}), the component for a place inside it, {@code Response} or {@code Body} for
   * an operation's.
   */
  static String hint(List<String> segments) {
    for (int i = segments.size() - 1; i >= 1; i--) {
      String parent = segments.get(i - 1);
      String s = segments.get(i);
      switch (parent) {
        case "properties", "schemas", "parameters", "headers", "patternProperties" -> {
          if (!s.matches("\\d+")) {
            return s;
          }
        }
        case "responses" -> {
          return "Response";
        }
        default -> {
          if (s.equals("requestBody")) {
            return "Body";
          }
        }
      }
    }
    return "Type";
  }
}
