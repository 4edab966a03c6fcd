package dev.specpoet.generator.model;

import java.util.List;

/**
 * One HTTP operation.
 *
 * @param operationId the spec's operationId (or one derived from method and path)
 * @param methodName the SDK method name as the spec spells it ({@code x-fern-sdk-method-name}, or
 *     derived); the names stage turns it into a Java identifier
 * @param methodFromOperationId whether {@code methodName} is the operationId (no convention named
 *     the method): the names stage then drops the service's noun from it ({@code createBooking} ->
 *     {@code create}) where that is safe
 * @param groupPath the resource this operation belongs to (see {@link Resource#path()})
 * @param parameters path, query, header and cookie parameters, in spec order
 * @param body the request body, or null
 * @param response the success response
 * @param errors the declared error responses (status codes or ranges like {@code 4XX})
 * @param pagination how to page through the results, or null for a plain call
 * @param ownTypeIds the top-level types its responses define inline (their name hints start from
 *     {@code Response}): the names stage names them after the operation ({@code LogListResponse})
 */
public record Operation(
    String operationId,
    String methodName,
    boolean methodFromOperationId,
    List<String> groupPath,
    HttpMethod httpMethod,
    String pathTemplate,
    Doc doc,
    List<Parameter> parameters,
    RequestBody body,
    Response response,
    List<ErrorResponse> errors,
    Pagination pagination,
    SourceLocation source,
    List<String> ownTypeIds) {
  public Operation {
    groupPath = List.copyOf(groupPath);
    parameters = List.copyOf(parameters);
    errors = List.copyOf(errors);
    ownTypeIds = List.copyOf(ownTypeIds);
  }

  /**
   * Synthetic type id of this operation's params class: inline schemas of its parameters and body
   * nest inside it ({@code DatasetCreateParams.Filter}).
   */
  public String paramsTypeId() {
    return paramsTypeId(operationId);
  }

  /**
   * The type id of an operation's inline object request body: a class nested in its params class
   * ({@code DatasetCreateParams.Body}).
   */
  public static String bodyTypeId(String operationId) {
    return "operation:" + operationId + ":body";
  }

  /** {@link #paramsTypeId()} of the operation with this id. */
  public static String paramsTypeId(String operationId) {
    return "operation:" + operationId + ":params";
  }

  public enum HttpMethod {
    GET,
    PUT,
    POST,
    DELETE,
    OPTIONS,
    HEAD,
    PATCH,
    TRACE;

    /** Whether a retry of this method is safe by HTTP semantics. */
    public boolean idempotent() {
      return this != POST && this != PATCH;
    }
  }
}
