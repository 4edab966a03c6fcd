package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A response as a {@link ResponseHandler} sees it, with the operation it answers: the whole body
 * ({@link #body()}), or, for a handler that {@link ResponseHandler#streams() streams}, the body as
 * it arrives ({@link #bodyStream()}). Immutable apart from the body, which is shared and must not
 * be modified.
 */
public final class ResponseContext {
  private final String operationId;
  private final String method;
  private final String pathTemplate;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final HttpResponse response;
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
    this.response = new HttpResponse(statusCode, headers, body);
    this.redactor = redactor;
  }

  ResponseContext(
      String operationId,
      String method,
      String pathTemplate,
      HttpResponse response,
      Redactor redactor) {
    this.operationId = operationId;
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.statusCode = response.statusCode();
    this.headers = response.headers();
    this.response = response;
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
   * The body bytes (shared; do not modify). A streamed body is read to the end first.
   *
   * @return the body, empty when there was none or when {@link #bodyStream()} took it
   */
  public byte[] body() {
    return response.bodyTaken() ? new byte[0] : response.body();
  }

  /**
   * The body as it arrives: closing the stream releases the connection. Once taken, {@link #body()}
   * is empty.
   *
   * @return the stream
   */
  public InputStream bodyStream() {
    return response.bodyStream();
  }

  /** Releases the connection when the body was not taken. */
  void close() {
    response.close();
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the text
   */
  public String bodyString() {
    return new String(body(), StandardCharsets.UTF_8);
  }

  Redactor redactor() {
    return redactor;
  }
}
