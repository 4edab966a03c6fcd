package dev.specpoet.aigateway.it.spec;

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
 * The AI Gateway spec as the data-driven tests read it: its operations, their parameters, request
 * bodies and SDK names ({@code x-fern-sdk-group-name} / {@code x-fern-sdk-method-name}). Local
 * {@code $ref}s are resolved on access. Deliberately independent of the generator's own reading.
 */
public final class SpecDocument {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
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
        List<SpecParameter> params = new ArrayList<>();
        for (JsonNode p : iterable(item.path("parameters"))) {
          params.add(parameter(p));
        }
        for (JsonNode p : iterable(op.path("parameters"))) {
          params.add(parameter(p));
        }
        JsonNode body = resolve(op.path("requestBody"));
        JsonNode bodySchema = body.path("content").path("application/json").path("schema");
        ops.add(
            new SpecOperation(
                op.path("operationId").asText(),
                method.toUpperCase(java.util.Locale.ROOT),
                path.getKey(),
                List.of(op.path("x-fern-sdk-group-name").asText().split("\\.")),
                op.path("x-fern-sdk-method-name").asText(),
                List.copyOf(params),
                bodySchema.isMissingNode() ? null : bodySchema,
                body.path("required").asBoolean(false)));
      }
    }
    this.operations = List.copyOf(ops);
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
    return new SpecParameter(
        p.path("name").asText(),
        p.path("in").asText(),
        p.path("required").asBoolean(false),
        p.path("schema"),
        p.get("example"));
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
      boolean bodyRequired) {

    @Override
    public String toString() {
      return operationId;
    }
  }
}
