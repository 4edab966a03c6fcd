package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Logs every attempt of a call at the configured {@link LogLevel}: the request on its way to the
 * transport, the response or the failure on its way back, and the wait before a retry. Never prints
 * a credential: credential headers show {@code <redacted>}, bodies (at {@link LogLevel#BODY}, first
 * 16 KiB) go through {@link Redactor#body}, and every line through {@link Redactor#scrub}. Only
 * bodies held in memory are logged: a request sent from a file or stream, multipart parts and a
 * streamed response (a download, server-sent events) are named, never read here. The innermost
 * layer, so it logs what the transport really sent and got.
 */
final class LoggingLayer implements Layer {
  private static final int MAX_BODY = 16 * 1024;

  private final System.Logger logger;
  private final LogLevel level;
  private final Set<String> redacted;

  LoggingLayer(System.Logger logger, LogLevel level, Set<String> secretHeaderNames) {
    this.logger = logger;
    this.level = level;
    TreeSet<String> names = new TreeSet<>();
    for (String n : secretHeaderNames) {
      names.add(n.toLowerCase(Locale.ROOT));
    }
    this.redacted = Set.copyOf(names);
  }

  boolean enabled() {
    return level != LogLevel.OFF && logger.isLoggable(System.Logger.Level.INFO);
  }

  @Override
  public HttpRequest beforeAttempt(Exchange exchange, HttpRequest request) {
    if (enabled()) {
      emit(requestLine(exchange, request), exchange.redactor());
    }
    return request;
  }

  @Override
  public Outcome afterAttempt(Exchange exchange, HttpRequest request, Outcome outcome) {
    if (enabled()) {
      long ms = (System.nanoTime() - exchange.sentNanos()) / 1_000_000;
      String line =
          outcome.isFailure()
              ? failureLine(exchange.operationId(), outcome.failure(), ms)
              : responseLine(exchange, outcome.response(), ms);
      emit(line, exchange.redactor());
    }
    return outcome;
  }

  @Override
  public void beforeWait(Exchange exchange, int retry, Duration delay) {
    if (enabled()) {
      emit(
          "... " + exchange.operationId() + ": retry " + retry + " in " + delay.toMillis() + " ms",
          exchange.redactor());
    }
  }

  private String requestLine(Exchange exchange, HttpRequest request) {
    StringBuilder s =
        new StringBuilder("--> ")
            .append(request.method())
            .append(' ')
            .append(request.url())
            .append(" (")
            .append(exchange.operationId());
    if (exchange.attempt() > 0) {
      s.append(", retry ").append(exchange.attempt());
    }
    s.append(')');
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      if (request.contentType() != null) {
        s.append("\nContent-Type: ").append(request.contentType());
      }
      headers(s, request.headers());
    }
    if (level == LogLevel.BODY && request.body() != null) {
      byte[] bytes = request.body().inMemoryBytes();
      if (bytes != null) {
        s.append('\n').append(exchange.redactor().body(bytes, MAX_BODY));
      } else {
        long length = request.body().contentLength();
        s.append("\n(")
            .append(length < 0 ? "a" : "a " + length + "-byte")
            .append(" body sent from a file, a stream or multipart parts; not logged)");
      }
    }
    return s.toString();
  }

  private String responseLine(Exchange exchange, HttpResponse response, long ms) {
    StringBuilder s =
        new StringBuilder("<-- ")
            .append(response.statusCode())
            .append(' ')
            .append(Errors.reason(response.statusCode()))
            .append(" (")
            .append(exchange.operationId())
            .append(", ")
            .append(ms)
            .append(" ms, ")
            .append(response.isStreamed() ? "streamed" : response.body().length + " bytes")
            .append(')');
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      headers(s, response.headers());
    }
    if (level == LogLevel.BODY && !response.isStreamed() && response.body().length > 0) {
      s.append('\n').append(exchange.redactor().body(response.body(), MAX_BODY));
    }
    return s.toString();
  }

  private static String failureLine(String operationId, Exception e, long ms) {
    return "<-- FAILED ("
        + operationId
        + ", "
        + ms
        + " ms): "
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private void headers(StringBuilder s, Map<String, List<String>> headers) {
    for (Map.Entry<String, List<String>> h : headers.entrySet()) {
      boolean secret =
          SensitiveNames.isSensitiveHeader(h.getKey())
              || redacted.contains(h.getKey().toLowerCase(Locale.ROOT));
      for (String v : h.getValue()) {
        s.append('\n').append(h.getKey()).append(": ").append(secret ? Redactor.MASK : v);
      }
    }
  }

  private void emit(String message, Redactor redactor) {
    logger.log(System.Logger.Level.INFO, redactor.scrub(message));
  }
}
