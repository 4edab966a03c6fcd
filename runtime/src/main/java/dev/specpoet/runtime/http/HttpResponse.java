package dev.specpoet.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A complete HTTP response: status, headers (looked up ignoring case) and the whole body. Immutable
 * apart from the body array, which is shared and must not be modified.
 */
public final class HttpResponse {
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * Creates a response.
   *
   * @param statusCode the HTTP status
   * @param headers the headers; copied into a case-insensitive map
   * @param body the body; {@code null} is treated as empty
   */
  public HttpResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
    this.statusCode = statusCode;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach(
          (k, v) ->
              copy.merge(
                  k,
                  List.copyOf(v),
                  (a, b) -> {
                    java.util.ArrayList<String> both = new java.util.ArrayList<>(a);
                    both.addAll(b);
                    return List.copyOf(both);
                  }));
    }
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body == null ? new byte[0] : body;
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
   * The headers; look-ups ignore case.
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
}
