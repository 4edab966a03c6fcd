package dev.specpoet.runtime;

import dev.specpoet.runtime.errors.ApiConnectionException;
import dev.specpoet.runtime.errors.ApiTimeoutException;
import dev.specpoet.runtime.errors.SpecPoetException;
import dev.specpoet.runtime.http.CallTimeoutException;
import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One call on its way through the {@link CallPipeline}: the HTTP request every attempt starts from,
 * the call's limits (retries, whole-call deadline), the redactor of its messages, the number of the
 * current attempt, and how each way a call can end becomes a value or an exception. Made by {@link
 * ClientCore} per call; used by one attempt at a time.
 */
final class Exchange {
  static final String USER_AGENT = "specpoet-runtime/" + RuntimeVersion.get() + " (Java)";

  private final ApiRequest request;
  private final HttpRequest base;
  private final int maxRetries;
  private final Duration callTimeout;
  private final long deadline;
  private final boolean streams;

  /** The client's credentials plus those this call's own headers carry. */
  private final Redactor redactor;

  /**
   * Written by the pipeline between attempts; the futures an asynchronous call goes through order
   * these writes before the next attempt's reads.
   */
  private int attempt;

  private long sentNanos;

  Exchange(
      ClientOptions options,
      Redactor clientRedactor,
      ApiRequest request,
      RequestOptions requestOptions,
      boolean streams) {
    this.request = Objects.requireNonNull(request, "request");
    this.streams = streams;
    RequestOptions ro = requestOptions == null ? RequestOptions.none() : requestOptions;
    this.maxRetries = ro.maxRetries() != null ? ro.maxRetries() : options.maxRetries();
    this.callTimeout = ro.timeout() != null ? ro.timeout() : options.callTimeout();
    this.deadline = callTimeout.isZero() ? 0 : System.nanoTime() + callTimeout.toNanos();

    String url;
    List<Map.Entry<String, String>> query = new ArrayList<>();
    if (request.link() != null) {
      url = Links.resolve(options.baseUrl(), request.link(), request.operationId());
      url = Links.withQueryCredentials(url, options.secretQueryParams());
    } else {
      query.addAll(request.queryParams());
      // a query credential unless the call sends that parameter itself (as headers: the call wins)
      options
          .secretQueryParams()
          .forEach(
              (name, value) -> {
                if (query.stream().noneMatch(q -> q.getKey().equals(name))) {
                  query.add(Map.entry(name, value));
                }
              });
      ApiRequest.replaceQuery(query, ro.queryParams());
      String encodedQuery = ApiRequest.encodeQuery(query);
      url = options.baseUrl() + request.path() + (encodedQuery.isEmpty() ? "" : "?" + encodedQuery);
    }

    TreeMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.put("Accept", request.accept());
    headers.put("User-Agent", USER_AGENT);
    headers.putAll(options.defaultHeaders());
    headers.putAll(options.secretHeaders());
    headers.putAll(request.headers());
    headers.putAll(ro.headers());
    this.redactor =
        clientRedactor
            .plusSensitiveHeaders(request.headers())
            .plusSensitiveHeaders(ro.headers())
            .plusSensitiveQuery(query);

    HttpRequest.Builder b = HttpRequest.builder(request.method(), url);
    headers.forEach(b::addHeader);
    b.body(request.body());
    b.readTimeout(ro.readTimeout());
    this.base = b.build();
  }

  /** The request every attempt starts from, before the layers adapt it. */
  HttpRequest request() {
    return base;
  }

  /** Whether the response body is streamed to the handler rather than read whole first. */
  boolean streams() {
    return streams;
  }

  String operationId() {
    return request.operationId();
  }

  /** Whether the request may be sent again. */
  boolean isReplayable() {
    return request.isReplayable();
  }

  int maxRetries() {
    return maxRetries;
  }

  /** The whole-call deadline in {@link System#nanoTime()} terms, 0 for none. */
  long deadline() {
    return deadline;
  }

  Redactor redactor() {
    return redactor;
  }

  /** The current attempt: 0 for the first, {@code n} for retry {@code n}. */
  int attempt() {
    return attempt;
  }

  void nextAttempt() {
    attempt++;
  }

  /** When the current attempt was handed to the transport, in {@link System#nanoTime()} terms. */
  long sentNanos() {
    return sentNanos;
  }

  void sent() {
    sentNanos = System.nanoTime();
  }

  String where() {
    return Errors.where(request.operationId(), request.method(), request.pathTemplate());
  }

  /** The whole-call timeout expired: before an attempt, or as the transport's {@code cause}. */
  ApiTimeoutException timeout(Throwable cause) {
    return new ApiTimeoutException(
        where()
            + " timed out: the whole-call timeout of "
            + human(callTimeout)
            + " expired (not retried)",
        request.operationId(),
        cause);
  }

  /** The exception a call ends with when its last attempt got no response. */
  SpecPoetException connectionFailure(IOException e) {
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

  /** The calling thread was interrupted while it waited to retry after {@code outcome}. */
  ApiConnectionException interruptedWait(InterruptedException e, Outcome outcome) {
    ApiConnectionException failure =
        new ApiConnectionException(
            where() + ": interrupted while waiting to retry", request.operationId(), e);
    if (outcome.isFailure()) {
      failure.addSuppressed(outcome.failure());
    }
    return failure;
  }

  /** The future an asynchronous call waited on before retrying failed. */
  ApiConnectionException failedWait(Throwable e) {
    return new ApiConnectionException(
        where() + ": the wait before retry " + (attempt + 1) + " failed", request.operationId(), e);
  }

  /**
   * The call's result from its final response: the handled value of a 2xx, else the exception for
   * the status.
   */
  <T> RawResponse<T> read(HttpResponse response, ResponseHandler<T> handler) {
    ResponseContext ctx =
        new ResponseContext(
            request.operationId(), request.method(), request.pathTemplate(), response, redactor);
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      try {
        throw Errors.status(ctx, handler.errorBodies());
      } finally {
        response.close();
      }
    }
    T value;
    try {
      value = handler.handle(ctx);
    } catch (SpecPoetException e) {
      response.close();
      throw e;
    } catch (IOException | RuntimeException e) {
      response.close();
      throw Errors.parse(ctx, Errors.problem(e), e);
    }
    return new RawResponse<>(status, response.headers(), value);
  }

  /**
   * The calling thread was interrupted (as opposed to a connect, read or write timeout): such a
   * failure is never retried.
   */
  static boolean isInterruption(IOException e) {
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
