package dev.specpoet.runtime.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as a {@link HttpTransport} sees it: method, absolute URL (already encoded),
 * headers, an optional {@link RequestBody} (which says whether it can be sent again on a retry),
 * and optional per-request timeouts. Immutable.
 */
public final class HttpRequest {
  private final String method;
  private final String url;
  private final Map<String, List<String>> headers;
  private final RequestBody body;
  private final Duration callTimeout;
  private final Duration readTimeout;

  private HttpRequest(Builder b) {
    this.method = b.method;
    this.url = b.url;
    LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
    b.headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = b.body;
    this.callTimeout = b.callTimeout;
    this.readTimeout = b.readTimeout;
  }

  /**
   * Starts a request.
   *
   * @param method the HTTP method, upper case
   * @param url the absolute, encoded URL
   * @return a builder
   */
  public static Builder builder(String method, String url) {
    return new Builder(method, url);
  }

  /**
   * A builder holding this request's values, to derive a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(method, url);
    headers.forEach((k, v) -> b.headers.put(k, new ArrayList<>(v)));
    b.body = body;
    b.callTimeout = callTimeout;
    b.readTimeout = readTimeout;
    return b;
  }

  /**
   * The HTTP method.
   *
   * @return the method, upper case
   */
  public String method() {
    return method;
  }

  /**
   * The absolute URL, path and query already percent-encoded.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * The headers in the order they are sent.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The body.
   *
   * @return the body, or {@code null} for none
   */
  public RequestBody body() {
    return body;
  }

  /**
   * The media type of the body.
   *
   * @return the content type, or {@code null} when there is no body
   */
  public String contentType() {
    return body == null ? null : body.contentType();
  }

  /**
   * Whether the request can be sent again: it has no body, or a replayable one.
   *
   * @return {@code false} when the body is a one-shot stream
   */
  public boolean isReplayable() {
    return body == null || body.isReplayable();
  }

  /**
   * The whole-call timeout for this request.
   *
   * @return the timeout, or {@code null} for the transport's default
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * The read timeout for this request.
   *
   * @return the timeout, or {@code null} for the transport's default
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** Builds a {@link HttpRequest}. */
  public static final class Builder {
    private final String method;
    private final String url;
    private final LinkedHashMap<String, List<String>> headers = new LinkedHashMap<>();
    private RequestBody body;
    private Duration callTimeout;
    private Duration readTimeout;

    private Builder(String method, String url) {
      this.method = Objects.requireNonNull(method, "method");
      this.url = Objects.requireNonNull(url, "url");
    }

    /**
     * Adds a header value (keeps earlier values of the same name).
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder addHeader(String name, String value) {
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Sets the body held in memory.
     *
     * @param body the bytes, kept by reference; {@code null} for none
     * @param contentType its media type
     * @return this builder
     */
    public Builder body(byte[] body, String contentType) {
      this.body = body == null ? null : RequestBody.of(body, contentType);
      return this;
    }

    /**
     * Sets the body.
     *
     * @param body the body; {@code null} for none
     * @return this builder
     */
    public Builder body(RequestBody body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the whole-call timeout of this request.
     *
     * @param timeout the timeout; {@code null} for the transport's default
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Sets the read timeout of this request.
     *
     * @param timeout the timeout; {@code null} for the transport's default
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public HttpRequest build() {
      return new HttpRequest(this);
    }
  }
}
