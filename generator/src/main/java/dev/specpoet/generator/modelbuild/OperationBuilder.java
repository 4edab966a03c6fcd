package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.ErrorResponse;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.RequestBody;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.names.Words;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the document, in spec order: each with its operationId (declared, or derived
 * from method and path; a duplicate is renamed, as a repair), its place in the SDK (the
 * conventions'), its parameters, body, responses and pagination.
 */
final class OperationBuilder {
  private final SpecDocument doc;
  private final ApiConventions conventions;
  private final TypeResolver resolver;
  private final ParameterBuilder parameters;
  private final BodyBuilder bodies;
  private final ResponseBuilder responses;

  OperationBuilder(SpecDocument doc, TypeResolver resolver, ApiConventions conventions) {
    this.doc = doc;
    this.conventions = conventions;
    this.resolver = resolver;
    this.parameters = new ParameterBuilder(doc, resolver);
    this.bodies = new BodyBuilder(doc, resolver, resolver.objects());
    this.responses = new ResponseBuilder(doc, resolver, conventions);
  }

  List<Operation> build() {
    List<Operation> out = new ArrayList<>();
    Map<String, SourceLocation> ids = new HashMap<>();
    if (doc.api.getPaths() == null) {
      return out;
    }
    // a derived operationId (GET / -> 'get') gives way to every declared one
    Set<String> declared = new HashSet<>();
    for (PathItem item : doc.api.getPaths().values()) {
      if (item != null) {
        item.readOperations().forEach(op -> declared.add(op.getOperationId()));
      }
    }
    for (Map.Entry<String, PathItem> pe : doc.api.getPaths().entrySet()) {
      String path = pe.getKey();
      PathKey key = PathKey.of(path);
      PathItem item = pe.getValue();
      if (item == null) {
        continue;
      }
      SourceLocation pathAt = doc.loc("#/paths", path);
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> oe :
          item.readOperationsMap().entrySet()) {
        String method = oe.getKey().name().toLowerCase(Locale.ROOT);
        SourceLocation at = pathAt.child(method);
        io.swagger.v3.oas.models.Operation op = oe.getValue();
        String operationId =
            op.getOperationId() != null && !op.getOperationId().isBlank()
                ? op.getOperationId()
                : unusedId(Words.camel(method + " " + key.path()), declared, ids.keySet());
        SourceLocation first = ids.putIfAbsent(operationId, at);
        if (first != null) {
          String renamed = unusedId(Words.camel(method + " " + key.path()), declared, ids.keySet());
          doc.repair(
              Repair.DUPLICATE_OPERATION_ID,
              at,
              "duplicate operationId '"
                  + operationId
                  + "' (first used at "
                  + doc.withLine(first)
                  + "); this operation is named '"
                  + renamed
                  + "'",
              "give every operation a unique operationId");
          operationId = renamed;
          ids.put(operationId, at);
        }
        if (key.hasQuery()) {
          doc.repair(
              Repair.QUERY_IN_PATH,
              at,
              "the path key "
                  + path
                  + " has a query string; the path is "
                  + key.path()
                  + (key.parameters().isEmpty()
                      ? ""
                      : " and "
                          + key.parameters().stream()
                              .map(q -> "'" + q.name() + "'")
                              .collect(java.util.stream.Collectors.joining(", "))
                          + " query parameters")
                  + (key.unusable().isEmpty()
                      ? ""
                      : "; " + String.join("&", key.unusable()) + " is not sent"),
              "remove the query from the path key and declare its parameters with in: query");
        }
        out.add(operation(key, item, pathAt, oe.getKey(), op, operationId, at));
      }
    }
    return out;
  }

  /**
   * {@code base}, or {@code base2}, {@code base3} ... when a declared or earlier operation has it.
   */
  private static String unusedId(String base, Set<String> declared, Set<String> used) {
    String id = base;
    for (int n = 2; declared.contains(id) || used.contains(id); n++) {
      id = base + n;
    }
    return id;
  }

  private Operation operation(
      PathKey key,
      PathItem item,
      SourceLocation pathAt,
      PathItem.HttpMethod httpMethod,
      io.swagger.v3.oas.models.Operation op,
      String operationId,
      SourceLocation at) {
    ApiConventions.Placement placement = conventions.placement(op, operationId);
    List<String> group = placement.group();
    String methodName = placement.method();
    String paramsId = Operation.paramsTypeId(operationId);
    List<Parameter> params = parameters.build(key, item, pathAt, op, at, paramsId);
    RequestBody body = bodies.build(op, at, operationId);
    List<String> ownTypes = new ArrayList<>();
    Response response =
        resolver.collectTopLevel(ownTypes, () -> responses.success(op, at, "Response"));
    List<ErrorResponse> errors = responses.errors(op, at);
    Object declared =
        op.getExtensions() == null ? null : op.getExtensions().get("x-specpoet-pagination");
    Pagination pagination =
        conventions.pagination(
            PagingFacts.of(
                params,
                response,
                successHeaders(op, response),
                declared,
                httpMethod == PathItem.HttpMethod.GET,
                at,
                resolver),
            doc.diagnostics);
    return new Operation(
        operationId,
        methodName,
        placement.methodFromOperationId(),
        group,
        Operation.HttpMethod.valueOf(httpMethod.name()),
        key.path(),
        doc(op),
        params,
        body,
        response,
        errors,
        pagination,
        at,
        ownTypes);
  }

  /** The headers the success response declares, lower case (its {@code $ref} followed). */
  private Set<String> successHeaders(io.swagger.v3.oas.models.Operation op, Response response) {
    if (op.getResponses() == null) {
      return Set.of();
    }
    String code = response.status() > 0 ? Integer.toString(response.status()) : null;
    io.swagger.v3.oas.models.responses.ApiResponse r =
        code != null && op.getResponses().containsKey(code)
            ? op.getResponses().get(code)
            : op.getResponses().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("2XX") || e.getKey().equals("default"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    if (r != null && r.get$ref() != null) {
      r =
          doc.component(
              r.get$ref(), "responses", io.swagger.v3.oas.models.Components::getResponses);
    }
    if (r == null || r.getHeaders() == null) {
      return Set.of();
    }
    Set<String> names = new HashSet<>();
    r.getHeaders().keySet().forEach(h -> names.add(h.toLowerCase(Locale.ROOT)));
    return names;
  }

  /** The summary and the description (when it says more), and the deprecation flag. */
  static Doc doc(io.swagger.v3.oas.models.Operation op) {
    String summary = op.getSummary();
    String description = op.getDescription();
    String text =
        summary != null && description != null && !description.strip().equals(summary.strip())
            ? summary.strip() + "\n\n" + description.strip()
            : summary != null ? summary.strip() : description == null ? null : description.strip();
    return text == null && !Boolean.TRUE.equals(op.getDeprecated())
        ? Doc.NONE
        : new Doc(text, Boolean.TRUE.equals(op.getDeprecated()));
  }
}
