package dev.specpoet.runtime;

import dev.specpoet.runtime.errors.ApiConnectionException;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.ApiTimeoutException;
import dev.specpoet.runtime.errors.SpecPoetException;
import dev.specpoet.runtime.http.CallTimeoutException;
import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpResponse;
import dev.specpoet.runtime.http.HttpTransport;
import dev.specpoet.runtime.http.OkHttpTransport;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends {@link ApiRequest}s: adds the base URL, default headers and credentials, retries what may
 * be retried, logs, turns error statuses into exceptions and 2xx bodies into values. One per
 * client; the blocking and the asynchronous client share it, and with it one transport (one
 * connection pool and one dispatcher). Thread-safe.
 */
public final class ClientCore implements AutoCloseable {
  /** The name of the {@link System.Logger} HTTP exchanges are logged to. */
  public static final String LOGGER_NAME = "dev.specpoet.runtime.http";

  private static final String USER_AGENT = "specpoet-runtime/0.1.0 (Java)";

  private final ClientOptions options;
  private final HttpTransport transport;
  private final boolean ownsTransport;
  private final Redactor redactor;
  private final HttpLog log;
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
    this.redactor = new Redactor(secrets).plusSensitiveHeaders(options.defaultHeaders());
    this.log = new HttpLog(logger, options.logLevel(), options.secretHeaderNames());
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
    return executeRaw(request, handler, requestOptions).value();
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
    Exchange exchange = new Exchange(request, requestOptions);
    for (int attempt = 0; ; attempt++) {
      HttpRequest httpRequest = exchange.attemptRequest();
      log.request(request.operationId(), httpRequest, attempt, exchange.redactor);
      long started = System.nanoTime();
      HttpResponse response;
      try {
        response = transport.execute(httpRequest);
      } catch (IOException e) {
        log.failure(request.operationId(), e, started, exchange.redactor);
        Optional<Duration> delay = exchange.retryAfterFailure(e, attempt);
        if (delay.isEmpty()) {
          throw exchange.connectionFailure(e, attempt);
        }
        sleep(exchange, attempt, delay.get(), e);
        continue;
      }
      log.response(request.operationId(), response, started, exchange.redactor);
      if (isSuccess(response.statusCode())) {
        return new RawResponse<>(
            response.statusCode(), response.headers(), exchange.handle(handler, response));
      }
      Optional<Duration> delay = exchange.retryAfterStatus(response, attempt);
      if (delay.isEmpty()) {
        throw exchange.statusFailure(response);
      }
      sleep(exchange, attempt, delay.get(), null);
    }
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
    CompletableFuture<RawResponse<T>> raw = executeRawAsync(request, handler, requestOptions);
    CompletableFuture<T> result = raw.thenApply(RawResponse::value);
    result.whenComplete(
        (v, e) -> {
          if (result.isCancelled()) {
            raw.cancel(false);
          }
        });
    return result;
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
    CompletableFuture<RawResponse<T>> result = new CompletableFuture<>();
    Exchange exchange;
    try {
      exchange = new Exchange(request, requestOptions);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return result;
    }
    AtomicReference<CompletableFuture<?>> current = new AtomicReference<>();
    result.whenComplete(
        (v, e) -> {
          if (result.isCancelled()) {
            CompletableFuture<?> inFlight = current.get();
            if (inFlight != null) {
              inFlight.cancel(true);
            }
          }
        });
    attemptAsync(exchange, handler, 0, result, current);
    return result;
  }

  private <T> void attemptAsync(
      Exchange exchange,
      ResponseHandler<T> handler,
      int attempt,
      CompletableFuture<RawResponse<T>> result,
      AtomicReference<CompletableFuture<?>> current) {
    if (result.isDone()) {
      return;
    }
    String operationId = exchange.request.operationId();
    HttpRequest httpRequest;
    try {
      httpRequest = exchange.attemptRequest();
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    log.request(operationId, httpRequest, attempt, exchange.redactor);
    long started = System.nanoTime();
    CompletableFuture<HttpResponse> call;
    try {
      call = transport.executeAsync(httpRequest);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    current.set(call);
    call.whenComplete(
        (response, error) -> {
          try {
            if (error != null) {
              Throwable cause = unwrap(error);
              if (cause instanceof CancellationException || result.isDone()) {
                return;
              }
              if (!(cause instanceof IOException)) {
                result.completeExceptionally(cause);
                return;
              }
              IOException io = (IOException) cause;
              log.failure(operationId, io, started, exchange.redactor);
              Optional<Duration> delay = exchange.retryAfterFailure(io, attempt);
              if (delay.isEmpty()) {
                result.completeExceptionally(exchange.connectionFailure(io, attempt));
              } else {
                scheduleRetry(exchange, handler, attempt, delay.get(), result, current);
              }
              return;
            }
            log.response(operationId, response, started, exchange.redactor);
            if (isSuccess(response.statusCode())) {
              result.complete(
                  new RawResponse<>(
                      response.statusCode(),
                      response.headers(),
                      exchange.handle(handler, response)));
              return;
            }
            Optional<Duration> delay = exchange.retryAfterStatus(response, attempt);
            if (delay.isEmpty()) {
              result.completeExceptionally(exchange.statusFailure(response));
            } else {
              scheduleRetry(exchange, handler, attempt, delay.get(), result, current);
            }
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
  }

  private <T> void scheduleRetry(
      Exchange exchange,
      ResponseHandler<T> handler,
      int attempt,
      Duration delay,
      CompletableFuture<RawResponse<T>> result,
      AtomicReference<CompletableFuture<?>> current) {
    log.retry(exchange.request.operationId(), attempt + 1, delay, exchange.redactor);
    CompletableFuture<Void> wait = options.retryPolicy().sleeper().delay(delay);
    current.set(wait);
    wait.whenComplete(
        (v, e) -> {
          if (e != null) {
            if (!result.isDone()) {
              result.completeExceptionally(
                  new ApiConnectionException(
                      Errors.where(
                              exchange.request.operationId(),
                              exchange.request.method(),
                              exchange.request.pathTemplate())
                          + ": the wait before retry "
                          + (attempt + 1)
                          + " failed",
                      exchange.request.operationId(),
                      unwrap(e)));
            }
            return;
          }
          attemptAsync(exchange, handler, attempt + 1, result, current);
        });
  }

  private void sleep(Exchange exchange, int attempt, Duration delay, IOException cause) {
    log.retry(exchange.request.operationId(), attempt + 1, delay, exchange.redactor);
    try {
      options.retryPolicy().sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ApiConnectionException failure =
          new ApiConnectionException(
              exchange.where() + ": interrupted while waiting to retry",
              exchange.request.operationId(),
              e);
      if (cause != null) {
        failure.addSuppressed(cause);
      }
      throw failure;
    }
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status <= 299;
  }

  /** Releases the transport's threads and connections, when this client created the transport. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsTransport) {
      transport.close();
    }
  }

  /** One call: its fixed request parts, its limits, and the retry decisions. */
  private final class Exchange {
    final ApiRequest request;
    final HttpRequest base;
    final int maxRetries;
    final Duration callTimeout;
    final long deadline;

    /** The client's credentials plus those this call's own headers carry. */
    final Redactor redactor;

    Exchange(ApiRequest request, RequestOptions requestOptions) {
      if (closed.get()) {
        throw new IllegalStateException("the client is closed; create a new one");
      }
      this.request = Objects.requireNonNull(request, "request");
      RequestOptions ro = requestOptions == null ? RequestOptions.none() : requestOptions;
      this.maxRetries = ro.maxRetries() != null ? ro.maxRetries() : options.maxRetries();
      this.callTimeout = ro.timeout() != null ? ro.timeout() : options.callTimeout();
      this.deadline = callTimeout.isZero() ? 0 : System.nanoTime() + callTimeout.toNanos();

      List<Map.Entry<String, String>> query = new ArrayList<>(request.queryParams());
      ApiRequest.replaceQuery(query, ro.queryParams());
      String encodedQuery = ApiRequest.encodeQuery(query);
      String url =
          options.baseUrl() + request.path() + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery);

      TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.put("Accept", "application/json");
      headers.put("User-Agent", USER_AGENT);
      headers.putAll(options.defaultHeaders());
      headers.putAll(options.secretHeaders());
      headers.putAll(request.headers());
      headers.putAll(ro.headers());
      this.redactor =
          ClientCore.this
              .redactor
              .plusSensitiveHeaders(request.headers())
              .plusSensitiveHeaders(ro.headers());

      HttpRequest.Builder b = HttpRequest.builder(request.method(), url);
      headers.forEach(b::addHeader);
      b.body(request.body(), request.contentType());
      b.readTimeout(ro.readTimeout());
      this.base = b.build();
    }

    String where() {
      return Errors.where(request.operationId(), request.method(), request.pathTemplate());
    }

    HttpRequest attemptRequest() {
      if (deadline == 0) {
        return base;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw timeout(null);
      }
      return base.toBuilder().callTimeout(Duration.ofNanos(remaining)).build();
    }

    ApiTimeoutException timeout(Throwable cause) {
      return new ApiTimeoutException(
          where()
              + " timed out: the whole-call timeout of "
              + human(callTimeout)
              + " expired (not retried)",
          request.operationId(),
          cause);
    }

    /** The wait before retrying after an I/O failure, or empty when it must not be retried. */
    Optional<Duration> retryAfterFailure(IOException e, int attempt) {
      if (e instanceof CallTimeoutException
          || isInterruption(e)
          || attempt >= maxRetries
          || !request.isReplayable()) {
        return Optional.empty();
      }
      return fits(options.retryPolicy().backoff(attempt));
    }

    /** The wait before retrying after an error status, or empty when it must not be retried. */
    Optional<Duration> retryAfterStatus(HttpResponse response, int attempt) {
      if (!RetryPolicy.isRetryableStatus(response.statusCode())
          || attempt >= maxRetries
          || !request.isReplayable()) {
        return Optional.empty();
      }
      return options
          .retryPolicy()
          .delayBeforeRetry(attempt, response.headers())
          .flatMap(this::fits);
    }

    private Optional<Duration> fits(Duration delay) {
      if (deadline != 0 && System.nanoTime() + delay.toNanos() >= deadline) {
        return Optional.empty();
      }
      return Optional.of(delay);
    }

    SpecPoetException connectionFailure(IOException e, int attempt) {
      if (e instanceof CallTimeoutException) {
        return timeout(e);
      }
      String attempts = (attempt + 1) + (attempt == 0 ? " attempt" : " attempts");
      String detail =
          e.getMessage() == null
              ? e.getClass().getSimpleName()
              : e.getClass().getSimpleName() + ": " + e.getMessage();
      Throwable cause = Errors.redacted(e, redactor);
      if (isInterruption(e)) {
        return new ApiConnectionException(
            where() + " was interrupted (not retried)", request.operationId(), cause);
      }
      if (e instanceof SocketTimeoutException) {
        return new ApiTimeoutException(
            redactor.scrub(where() + " timed out after " + attempts + " (" + detail + ")"),
            request.operationId(),
            cause);
      }
      return new ApiConnectionException(
          redactor.scrub(where() + " failed after " + attempts + ": " + detail),
          request.operationId(),
          cause);
    }

    ApiStatusException statusFailure(HttpResponse response) {
      return Errors.status(
          request.operationId(),
          request.method(),
          request.pathTemplate(),
          response.statusCode(),
          response.headers(),
          response.body(),
          redactor);
    }

    <T> T handle(ResponseHandler<T> handler, HttpResponse response) {
      ResponseContext ctx =
          new ResponseContext(
              request.operationId(),
              request.method(),
              request.pathTemplate(),
              response.statusCode(),
              response.headers(),
              response.body(),
              redactor);
      try {
        return handler.handle(ctx);
      } catch (SpecPoetException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        throw Errors.parse(ctx, Errors.problem(e), e);
      }
    }
  }

  /** The calling thread was interrupted (as opposed to a connect, read or write timeout). */
  private static boolean isInterruption(IOException e) {
    return e instanceof InterruptedIOException
            && !(e instanceof SocketTimeoutException)
            && !(e instanceof CallTimeoutException)
        || Thread.currentThread().isInterrupted();
  }

  private static String human(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }
}
