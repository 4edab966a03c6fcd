package dev.specpoet.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A complete response as a {@link ResponseHandler} sees it, with the operation it answers.
 * Immutable apart from the body array, which is shared and must not be modified.
 */
public final class ResponseContext {
  private final String operationId;
  private final String method;
  private final String pathTemplate;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final Redactor redactor;

  /**
   * Creates a context (the client does; tests of handlers may too).
   *
   * @param operationId the operation answered
   * @param method the HTTP method
   * @param pathTemplate the path template of the operation
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the body; {@code null} is treated as empty
   */
  public ResponseContext(
      String operationId,
      String method,
      String pathTemplate,
      int statusCode,
      Map<String, List<String>> headers,
      byte[] body) {
    this(operationId, method, pathTemplate, statusCode, headers, body, Redactor.NONE);
  }

  ResponseContext(
      String operationId,
      String method,
      String pathTemplate,
      int statusCode,
      Map<String, List<String>> headers,
      byte[] body,
      Redactor redactor) {
    this.operationId = operationId;
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.statusCode = statusCode;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      h.putAll(headers);
    }
    this.headers = Collections.unmodifiableMap(h);
    this.body = body == null ? new byte[0] : body;
    this.redactor = redactor;
  }

  /**
   * The operation this response answers.
   *
   * @return the operation id
   */
  public String operationId() {
    return operationId;
  }

  /**
   * The HTTP method of the request.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The path template of the operation.
   *
   * @return the template
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * The HTTP status.
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
   * The first value of a header.
   *
   * @param name the name, any case
   * @return the value, or {@code null} when absent
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The body bytes (shared; do not modify).
   *
   * @return the body, empty when there was none
   */
  public byte[] body() {
    return body;
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the text
   */
  public String bodyString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  Redactor redactor() {
    return redactor;
  }
}
