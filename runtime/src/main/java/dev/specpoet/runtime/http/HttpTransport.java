package dev.specpoet.runtime.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * What the runtime needs from an HTTP library: send one request, get the whole response. Retries,
 * errors, logging and JSON live above this interface, so another HTTP library can be plugged in by
 * implementing these three methods. {@link OkHttpTransport} is the default.
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>the response body is read completely and the underlying connection released before
 *       returning (nothing to close for the caller);
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

  /** Releases the transport's threads and connections. Calls made afterwards may fail. */
  @Override
  void close();
}
