package dev.specpoet.runtime;

import dev.specpoet.runtime.errors.ApiConnectionException;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.ApiTimeoutException;
import dev.specpoet.runtime.http.HttpTransport;
import dev.specpoet.runtime.http.OkHttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends {@link ApiRequest}s: adds the base URL, default headers and credentials, retries what may
 * be retried, logs, turns error statuses into exceptions and 2xx bodies into values. One per
 * client; the blocking and the asynchronous client share it, and with it one transport (one
 * connection pool and one dispatcher). Thread-safe.
 *
 * <p>A call is an {@link Exchange} sent through a {@link CallPipeline}: the layers {@link
 * DeadlineLayer} (whole-call timeout), {@link RetryLayer} and {@link LoggingLayer} (when logging is
 * on), outermost first, around the {@link HttpTransport}. Blocking and asynchronous calls go
 * through the same layers; only the pipeline's sending and waiting differ.
 */
public final class ClientCore implements AutoCloseable {
  /** The name of the {@link System.Logger} HTTP exchanges are logged to. */
  public static final String LOGGER_NAME = "dev.specpoet.runtime.http";

  private final ClientOptions options;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final Redactor redactor;
  private final CallPipeline pipeline;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates the core of a client. When the options name no transport, an {@link OkHttpTransport} is
   * built from their timeouts and closed by {@link #close()}.
   *
   * @param options the client's options
   */
  public ClientCore(ClientOptions options) {
    this(options, System.getLogger(LOGGER_NAME));
  }

  ClientCore(ClientOptions options, System.Logger logger) {
    this.options = Objects.requireNonNull(options, "options");
    if (options.transport() != null) {
      this.transport = options.transport();
      this.ownsTransport = false;
    } else {
      this.transport =
          OkHttpTransport.create(
              options.connectTimeout(), options.readTimeout(), options.writeTimeout());
      this.ownsTransport = true;
    }
    List<String> secrets = new ArrayList<>();
    options
        .secretHeaders()
        .forEach((name, value) -> secrets.addAll(Redactor.credentialsOf(name, value)));
    options
        .secretQueryParams()
        .values()
        .forEach(value -> secrets.addAll(Redactor.queryCredentialsOf(value)));
    this.redactor = new Redactor(secrets).plusSensitiveHeaders(options.defaultHeaders());
    List<Layer> layers = new ArrayList<>();
    layers.add(DeadlineLayer.INSTANCE);
    layers.add(new RetryLayer(options.retryPolicy()));
    if (options.logLevel() != LogLevel.OFF) {
      layers.add(new LoggingLayer(logger, options.logLevel(), options.secretHeaderNames()));
    }
    this.pipeline = new CallPipeline(transport, options.retryPolicy().sleeper(), layers);
  }

  /**
   * The options this client was built with.
   *
   * @return the options
   */
  public ClientOptions options() {
    return options;
  }

  /**
   * The transport requests go through.
   *
   * @return the transport
   */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * Sends a request, retrying as the options allow, and returns the handled 2xx response.
   *
   * @param request the request
   * @param handler reads the 2xx response
   * @param requestOptions per-call overrides; {@code null} for none
   * @param <T> the value type
   * @return the value
   * @throws ApiStatusException (a subclass per status) for an error status
   * @throws ApiConnectionException when no response arrived ({@link ApiTimeoutException} for
   *     timeouts)
   * @throws dev.specpoet.runtime.errors.ResponseParseException when the body does not parse
   */
  public <T> T execute(
      ApiRequest request, ResponseHandler<T> handler, RequestOptions requestOptions) {
    Exchange exchange = exchange(request, requestOptions, handler);
    return pipeline.send(exchange, response -> exchange.read(response, handler).value());
  }

  /**
   * Like {@link #execute} but also returns the status and headers.
   *
   * @param request the request
   * @param handler reads the 2xx response
   * @param requestOptions per-call overrides; {@code null} for none
   * @param <T> the value type
   * @return the status, headers and value
   */
  public <T> RawResponse<T> executeRaw(
      ApiRequest request, ResponseHandler<T> handler, RequestOptions requestOptions) {
    Exchange exchange = exchange(request, requestOptions, handler);
    return pipeline.send(exchange, response -> exchange.read(response, handler));
  }

  /**
   * Sends a request without blocking: the same rules as {@link #execute}, and waits between retries
   * hold no thread.
   *
   * @param request the request
   * @param handler reads the 2xx response (on a transport thread)
   * @param requestOptions per-call overrides; {@code null} for none
   * @param <T> the value type
   * @return a future with the value, or failed with the exception {@link #execute} would throw;
   *     cancelling it cancels the call
   */
  public <T> CompletableFuture<T> executeAsync(
      ApiRequest request, ResponseHandler<T> handler, RequestOptions requestOptions) {
    Exchange exchange;
    try {
      exchange = exchange(request, requestOptions, handler);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return pipeline.sendAsync(exchange, response -> exchange.read(response, handler).value());
  }

  /**
   * Like {@link #executeAsync} but also returns the status and headers.
   *
   * @param request the request
   * @param handler reads the 2xx response
   * @param requestOptions per-call overrides; {@code null} for none
   * @param <T> the value type
   * @return a future with the status, headers and value
   */
  public <T> CompletableFuture<RawResponse<T>> executeRawAsync(
      ApiRequest request, ResponseHandler<T> handler, RequestOptions requestOptions) {
    Exchange exchange;
    try {
      exchange = exchange(request, requestOptions, handler);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return pipeline.sendAsync(exchange, response -> exchange.read(response, handler));
  }

  private Exchange exchange(
      ApiRequest request, RequestOptions requestOptions, ResponseHandler<?> handler) {
    if (closed.get()) {
      throw new IllegalStateException("the client is closed; create a new one");
    }
    return new Exchange(options, redactor, request, requestOptions, handler.streams());
  }

  /** Releases the transport's threads and connections, when this client created the transport. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsTransport) {
      transport.close();
    }
  }
}
