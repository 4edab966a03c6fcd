package dev.specpoet.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP response: status, headers (looked up ignoring case) and the body, either read whole
 * ({@link HttpTransport#execute}) or still streaming from the connection ({@link
 * HttpTransport#executeStreaming}). A streamed response holds its connection until the body is read
 * to the end or the response is {@link #close() closed}. Apart from the body, immutable.
 */
public final class HttpResponse implements Closeable {
  private final int statusCode;
  private final Map<String, List<String>> headers;

  /** The body once read whole; {@code null} while it is still a stream. */
  private byte[] body;

  /** The unread body of a streamed response, or {@code null}. */
  private InputStream stream;

  private boolean streamTaken;

  /**
   * Creates a response whose body is read whole.
   *
   * @param statusCode the HTTP status
   * @param headers the headers; copied into a case-insensitive map
   * @param body the body; {@code null} is treated as empty
   */
  public HttpResponse(int statusCode, Map<String, List<String>> headers, byte[] body) {
    this.statusCode = statusCode;
    this.headers = copy(headers);
    this.body = body == null ? new byte[0] : body;
  }

  private HttpResponse(int statusCode, Map<String, List<String>> headers, InputStream stream) {
    this.statusCode = statusCode;
    this.headers = copy(headers);
    this.stream = stream;
  }

  /**
   * Creates a response whose body is still streaming; closing {@code body} must release the
   * connection.
   *
   * @param statusCode the HTTP status
   * @param headers the headers; copied into a case-insensitive map
   * @param body the body as it arrives
   * @return the response
   */
  public static HttpResponse streamed(
      int statusCode, Map<String, List<String>> headers, InputStream body) {
    return new HttpResponse(
        statusCode, headers, body == null ? new ByteArrayInputStream(new byte[0]) : body);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
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
    return Collections.unmodifiableMap(copy);
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
   * Whether the body is an unread stream (the response holds its connection until closed).
   *
   * @return {@code true} for a streamed response whose body was neither read whole nor taken
   */
  public synchronized boolean isStreamed() {
    return stream != null && !streamTaken;
  }

  /**
   * Whether {@link #bodyStream()} took the streamed body (it can then not be read here).
   *
   * @return {@code true} once a streamed body was taken
   */
  public synchronized boolean bodyTaken() {
    return streamTaken;
  }

  /**
   * The body bytes (shared; do not modify). A streamed body is read to the end here and the
   * connection released.
   *
   * @return the body, empty when there was none
   * @throws UncheckedIOException when reading a streamed body fails
   * @throws IllegalStateException when the stream was already taken by {@link #bodyStream()}
   */
  public synchronized byte[] body() {
    if (body == null) {
      if (streamTaken) {
        throw new IllegalStateException("the body stream was already taken");
      }
      try (InputStream in = stream) {
        body = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("reading the response body failed", e);
      } finally {
        stream = null;
      }
    }
    return body;
  }

  /**
   * The body as a stream: the live connection of a streamed response (closing it releases the
   * connection; it can be taken once), or the bytes of a complete one.
   *
   * @return the stream
   * @throws IllegalStateException when a streamed body was already taken
   */
  public synchronized InputStream bodyStream() {
    if (body != null) {
      return new ByteArrayInputStream(body);
    }
    if (streamTaken) {
      throw new IllegalStateException("the body stream was already taken");
    }
    streamTaken = true;
    return stream;
  }

  /**
   * The body decoded as UTF-8.
   *
   * @return the text
   */
  public String bodyString() {
    return new String(body(), StandardCharsets.UTF_8);
  }

  /** Releases the connection of a streamed response whose body was not taken; else nothing. */
  @Override
  public synchronized void close() {
    if (stream != null && !streamTaken) {
      InputStream in = stream;
      stream = null;
      body = new byte[0];
      try {
        in.close();
      } catch (IOException e) {
        // the connection is gone either way
      }
    }
  }
}
