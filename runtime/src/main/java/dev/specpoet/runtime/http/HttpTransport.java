package dev.specpoet.runtime.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * What the runtime needs from an HTTP library: send one request, get the response. Retries, errors,
 * logging and JSON live above this interface, so another HTTP library can be plugged in by
 * implementing {@link #execute}, {@link #executeAsync} and {@link #close}; the streaming methods
 * fall back to those (the body then arrives whole) unless the implementation streams. {@link
 * OkHttpTransport} is the default.
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>{@link #execute} and {@link #executeAsync} read the response body completely and release
 *       the connection before returning (nothing to close for the caller): the path of JSON calls;
 *   <li>{@link #executeStreaming} and {@link #executeStreamingAsync} return as soon as the status
 *       and headers arrive, with a {@link HttpResponse#streamed streamed} body the caller reads and
 *       closes (downloads, server-sent events); for them the whole-call timeout ends when the
 *       headers arrive, and reading the body is bounded by the read timeout only;
 *   <li>a request body is written with {@link RequestBody#writeTo}; a body that is not {@link
 *       RequestBody#isReplayable() replayable} is written at most once;
 *   <li>{@link HttpRequest#callTimeout()} and {@link HttpRequest#readTimeout()}, when set, override
 *       the transport's defaults for this request only;
 *   <li>when the whole-call timeout expires, fail with {@link CallTimeoutException} (the runtime
 *       does not retry it); connect, read and write timeouts fail with {@link
 *       java.net.SocketTimeoutException} (retried); any other I/O failure with an {@link
 *       IOException} (retried);
 *   <li>instances are thread-safe and shared by all calls of a client.
 * </ul>
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * Sends a request and waits for the complete response.
   *
   * @param request the request
   * @return the response, body fully read
   * @throws IOException when no complete response arrived
   */
  HttpResponse execute(HttpRequest request) throws IOException;

  /**
   * Sends a request without blocking the calling thread.
   *
   * @param request the request
   * @return a future completed with the response, or exceptionally with the {@link IOException}
   *     {@link #execute} would have thrown; cancelling it cancels the request
   */
  CompletableFuture<HttpResponse> executeAsync(HttpRequest request);

  /**
   * Sends a request and returns once the status and headers arrived; the body streams.
   *
   * @param request the request
   * @return the response; the caller must read its body to the end or close it
   * @throws IOException when no response arrived
   */
  default HttpResponse executeStreaming(HttpRequest request) throws IOException {
    return execute(request);
  }

  /**
   * Like {@link #executeStreaming}, without blocking the calling thread.
   *
   * @param request the request
   * @return a future completed with the response (its body streaming), or exceptionally with the
   *     {@link IOException}; cancelling it cancels the request
   */
  default CompletableFuture<HttpResponse> executeStreamingAsync(HttpRequest request) {
    return executeAsync(request);
  }

  /** Releases the transport's threads and connections. Calls made afterwards may fail. */
  @Override
  void close();
}
