package dev.specpoet.runtime.errors;

import java.util.List;
import java.util.Map;

/** The API answered 422 Unprocessable Entity: the request was well-formed but not valid. */
public class UnprocessableEntityException extends ApiStatusException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception; see {@link ApiStatusException#ApiStatusException}.
   *
   * @param message the complete message
   * @param operationId the operation that failed
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the raw body
   * @param errors the parsed {@code errors[]}
   */
  public UnprocessableEntityException(
      String message,
      String operationId,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors) {
    super(message, operationId, statusCode, headers, body, errors);
  }

  /**
   * Creates the exception with the error body parsed into the type the spec declares for the
   * status; see {@link ApiStatusException#ApiStatusException(String, String, int, Map, String,
   * List, Object)}.
   *
   * @param message the complete message
   * @param operationId the operation that failed
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the raw body
   * @param errors the parsed {@code errors[]}
   * @param typedBody the parsed body, or {@code null}
   */
  public UnprocessableEntityException(
      String message,
      String operationId,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors,
      Object typedBody) {
    super(message, operationId, statusCode, headers, body, errors, typedBody);
  }
}
