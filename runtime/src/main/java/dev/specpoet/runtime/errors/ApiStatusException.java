package dev.specpoet.runtime.errors;

import dev.specpoet.runtime.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The API answered with an error status (or, for {@link UnsuccessfulResponseException}, with {@code
 * "success": false}). Carries the status, the response headers, the raw body, the parsed {@code
 * errors[]}, and the body parsed into the type the spec declares for that status ({@link
 * #typedBody(Class)}: the API's own error model, or a {@link Problem} for {@code
 * application/problem+json}). One subclass per status family, so callers can catch just what they
 * handle.
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

  private final transient Object typedBody;

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
    this(message, operationId, statusCode, headers, body, errors, null);
  }

  /**
   * Creates the exception with the body parsed into the type the spec declares for the status.
   *
   * @param message the complete message
   * @param operationId the operation that failed
   * @param statusCode the HTTP status
   * @param headers the response headers (names compared case-insensitively)
   * @param body the raw response body as text ({@code ""} when empty)
   * @param errors the parsed {@code errors[]}
   * @param typedBody the parsed body, or {@code null} when the spec declares none or it did not
   *     parse
   */
  public ApiStatusException(
      String message,
      String operationId,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors,
      Object typedBody) {
    super(message);
    this.typedBody = typedBody;
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
    return forStatus(message, operationId, statusCode, headers, body, errors, null);
  }

  /**
   * Like {@link #forStatus(String, String, int, Map, String, List)}, with the typed body.
   *
   * @param message the complete message
   * @param operationId the operation that failed
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the raw body
   * @param errors the parsed {@code errors[]}
   * @param typedBody the parsed body, or {@code null}
   * @return the matching exception, not thrown
   */
  public static ApiStatusException forStatus(
      String message,
      String operationId,
      int statusCode,
      Map<String, List<String>> headers,
      String body,
      List<ApiError> errors,
      Object typedBody) {
    String m = message;
    String o = operationId;
    int s = statusCode;
    Map<String, List<String>> h = headers;
    String b = body;
    List<ApiError> e = errors;
    Object t = typedBody;
    switch (statusCode) {
      case 400:
        return new BadRequestException(m, o, s, h, b, e, t);
      case 401:
        return new UnauthorizedException(m, o, s, h, b, e, t);
      case 403:
        return new PermissionDeniedException(m, o, s, h, b, e, t);
      case 404:
        return new NotFoundException(m, o, s, h, b, e, t);
      case 409:
        return new ConflictException(m, o, s, h, b, e, t);
      case 422:
        return new UnprocessableEntityException(m, o, s, h, b, e, t);
      case 429:
        return new RateLimitException(m, o, s, h, b, e, t);
      default:
        if (statusCode >= 500 && statusCode <= 599) {
          return new InternalServerException(m, o, s, h, b, e, t);
        }
        return new UnexpectedStatusException(m, o, s, h, b, e, t);
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

  /**
   * The body parsed into the type the operation's spec declares for this status (exact code, then
   * {@code 4XX}/{@code 5XX}, then {@code default}): one of the API's models, a {@link Problem} for
   * {@code application/problem+json}, or a {@code JsonNode}. Empty when the spec declares no body
   * for the status or the body did not parse as that type ({@link #body()} still has it).
   *
   * @return the parsed body
   */
  public Optional<Object> typedBody() {
    return Optional.ofNullable(typedBody);
  }

  /**
   * {@link #typedBody()} when it is a {@code type}.
   *
   * @param type the expected class, e.g. the API's {@code Error} model
   * @param <T> the class
   * @return the body as that class, or empty
   */
  public <T> Optional<T> typedBody(Class<T> type) {
    return type.isInstance(typedBody) ? Optional.of(type.cast(typedBody)) : Optional.empty();
  }

  /**
   * The body as an RFC 9457 problem: the typed body when it is one, else the body read as a problem
   * when the response's media type is {@code application/problem+json}.
   *
   * @return the problem, or empty
   */
  public Optional<Problem> problem() {
    if (typedBody instanceof Problem p) {
      return Optional.of(p);
    }
    String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/problem+json") || body.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(Json.mapper().readValue(body, Problem.class));
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
