package dev.specpoet.runtime.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The API answered with an error status (or, for {@link UnsuccessfulResponseException}, with {@code
 * "success": false}). Carries the status, the response headers, the raw body and the parsed {@code
 * errors[]}. One subclass per status family, so callers can catch just what they handle.
 */
public class ApiStatusException extends SpecPoetException {
  private static final long serialVersionUID = 1L;

  /** The operation that failed. */
  private final String operationId;

  /** The HTTP status. */
  private final int statusCode;

  private final transient Map<String, List<String>> headers;

  /** The raw response body. */
  private final String body;

  private final transient List<ApiError> errors;

  /**
   * Creates the exception. The runtime builds the message (it never contains credentials, nor the
   * values of secret members of a body it quotes) and scrubs the body and errors; use {@link
   * #forStatus} to get the subclass that matches a status.
   *
   * @param message the complete message
   * @param operationId the operation that failed
   * @param statusCode the HTTP status
   * @param headers the response headers (names compared case-insensitively)
   * @param body the raw response body as text ({@code ""} when empty)
   * @param errors the parsed {@code errors[]}
   */
  public ApiStatusException(
      String message,
      String operationId,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors) {
    super(message);
    this.operationId = operationId;
    this.statusCode = statusCode;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    }
    this.headers = java.util.Collections.unmodifiableMap(copy);
    this.body = body == null ? "" : body;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * Creates the exception type that matches {@code statusCode}: 400, 401, 403, 404, 409, 422, 429,
   * 5xx, or {@link UnexpectedStatusException} for any other status.
   *
   * @param message the complete message
   * @param operationId the operation that failed
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the raw body
   * @param errors the parsed {@code errors[]}
   * @return the matching exception, not thrown
   */
  public static ApiStatusException forStatus(
      String message,
      String operationId,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors) {
    switch (statusCode) {
      case 400:
        return new BadRequestException(message, operationId, statusCode, headers, body, errors);
      case 401:
        return new UnauthorizedException(message, operationId, statusCode, headers, body, errors);
      case 403:
        return new PermissionDeniedException(
            message, operationId, statusCode, headers, body, errors);
      case 404:
        return new NotFoundException(message, operationId, statusCode, headers, body, errors);
      case 409:
        return new ConflictException(message, operationId, statusCode, headers, body, errors);
      case 422:
        return new UnprocessableEntityException(
            message, operationId, statusCode, headers, body, errors);
      case 429:
        return new RateLimitException(message, operationId, statusCode, headers, body, errors);
      default:
        if (statusCode >= 500 && statusCode <= 599) {
          return new InternalServerException(
              message, operationId, statusCode, headers, body, errors);
        }
        return new UnexpectedStatusException(
            message, operationId, statusCode, headers, body, errors);
    }
  }

  /**
   * The operation that failed, as named in the spec.
   *
   * @return the operation id
   */
  public String operationId() {
    return operationId;
  }

  /**
   * The HTTP status of the response.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The response headers; look-ups ignore case.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a response header.
   *
   * @param name the header name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The response body as text. When the runtime builds the exception, any of the client's own
   * credential values in it (a server may echo them) are replaced with {@code <redacted>}; the rest
   * is as received.
   *
   * @return the body, {@code ""} when it was empty
   */
  public String body() {
    return body;
  }

  /**
   * The API's {@code errors[]}, parsed (the client's own credentials in their messages replaced
   * with {@code <redacted>}, as in {@link #body()}).
   *
   * @return the errors; empty when the body had none (an HTML page, say)
   */
  public List<ApiError> errors() {
    return errors;
  }
}
