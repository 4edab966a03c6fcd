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
}
