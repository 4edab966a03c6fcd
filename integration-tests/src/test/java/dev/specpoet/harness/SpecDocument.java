package dev.specpoet.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A spec as the data-driven tests read it (the AI Gateway's, or any the contract harness runs on):
 * its operations, their parameters, request bodies, security and SDK names ({@code
 * x-fern-sdk-group-name} / {@code x-fern-sdk-method-name}). Local {@code $ref}s are resolved on
 * access. Deliberately independent of the generator's own reading.
 */
public final class SpecDocument {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static SpecDocument instance;

  private final JsonNode root;
  private final List<SpecOperation> operations;

  private SpecDocument(JsonNode root) {
    this.root = root;
    List<SpecOperation> ops = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      JsonNode item = path.getValue();
      for (String method : METHODS) {
        JsonNode op = item.get(method);
        if (op == null) {
          continue;
        }
        // an operation's parameter replaces the path's parameter of the same name and place
        Map<String, SpecParameter> byKey = new java.util.LinkedHashMap<>();
        for (JsonNode p : iterable(item.path("parameters"))) {
          SpecParameter sp = parameter(p);
          byKey.put(sp.in() + ":" + sp.name(), sp);
        }
        for (JsonNode p : iterable(op.path("parameters"))) {
          SpecParameter sp = parameter(p);
          byKey.put(sp.in() + ":" + sp.name(), sp);
        }
        List<SpecParameter> params = new ArrayList<>(byKey.values());
        JsonNode body = resolve(op.path("requestBody"));
        JsonNode bodySchema = body.path("content").path("application/json").path("schema");
        JsonNode security = op.has("security") ? op.get("security") : root.path("security");
        ops.add(
            new SpecOperation(
                op.path("operationId").asText(),
                method.toUpperCase(java.util.Locale.ROOT),
                path.getKey(),
                List.of(op.path("x-fern-sdk-group-name").asText().split("\\.")),
                op.path("x-fern-sdk-method-name").asText(),
                List.copyOf(params),
                bodySchema.isMissingNode() ? null : bodySchema,
                body.path("required").asBoolean(false),
                body,
                security));
      }
    }
    this.operations = List.copyOf(ops);
  }

  /**
   * Reads a spec (YAML or JSON).
   *
   * @param path the file
   * @return the document
   */
  public static SpecDocument read(Path path) {
    try {
      return new SpecDocument(
          new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(path)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec " + path.toAbsolutePath(), e);
    }
  }

  /** The whole document. */
  public JsonNode root() {
    return root;
  }

  /** The spec the build unpacked (system property {@code specpoet.spec.file}), read once. */
  public static synchronized SpecDocument load() {
    if (instance == null) {
      String file = System.getProperty("specpoet.spec.file", "../spec/ai-gateway.yaml");
      Path path = Paths.get(file);
      try {
        instance =
            new SpecDocument(
                new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(path)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the spec " + path.toAbsolutePath(), e);
      }
    }
    return instance;
  }

  public List<SpecOperation> operations() {
    return operations;
  }

  public SpecOperation operation(String operationId) {
    return operations.stream()
        .filter(o -> o.operationId().equals(operationId))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no operation " + operationId + " in the spec"));
  }

  /** Follows a local {@code $ref} (repeatedly); other nodes are returned as they are. */
  public JsonNode resolve(JsonNode node) {
    int hops = 0;
    while (node != null && node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("only local $refs are supported: " + ref);
      }
      node = root.at(ref.substring(1));
      if (node.isMissingNode() || ++hops > 32) {
        throw new IllegalArgumentException("unresolvable $ref " + ref);
      }
    }
    return node;
  }

  private SpecParameter parameter(JsonNode node) {
    JsonNode p = resolve(node);
    JsonNode example = p.get("example");
    if (example == null && p.path("examples").isObject()) {
      for (JsonNode e : iterable(p.path("examples"))) {
        JsonNode value = resolve(e).get("value");
        if (value != null) {
          example = value;
          break;
        }
      }
    }
    return new SpecParameter(
        p.path("name").asText(),
        p.path("in").asText(),
        p.path("required").asBoolean(false),
        p.path("schema"),
        example);
  }

  static Iterable<JsonNode> iterable(JsonNode node) {
    return node::elements;
  }

  /** One parameter: name, location ({@code path}, {@code query}, {@code header}), schema. */
  public record SpecParameter(
      String name, String in, boolean required, JsonNode schema, JsonNode example) {}

  /** One operation of the spec. */
  public record SpecOperation(
      String operationId,
      String method,
      String path,
      List<String> group,
      String sdkMethod,
      List<SpecParameter> parameters,
      JsonNode bodySchema,
      boolean bodyRequired,
      JsonNode requestBody,
      JsonNode security) {

    /** The schema of the request body in one media type, or null. */
    public JsonNode bodySchema(String mediaType) {
      JsonNode schema = requestBody.path("content").path(mediaType).path("schema");
      return schema.isMissingNode() ? null : schema;
    }

    /** The spec's {@code encoding} of the request body in one media type (missing when none). */
    public JsonNode bodyEncoding(String mediaType) {
      return requestBody.path("content").path(mediaType).path("encoding");
    }

    @Override
    public String toString() {
      return operationId;
    }
  }
}
