package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Logs HTTP exchanges at the configured {@link LogLevel}; never prints a credential: credential
 * headers show {@code <redacted>}, bodies (at {@link LogLevel#BODY}, first 16 KiB) go through
 * {@link Redactor#body}, and every line through {@link Redactor#scrub}.
 */
final class HttpLog {
  private static final int MAX_BODY = 16 * 1024;

  private final System.Logger logger;
  private final LogLevel level;
  private final Set<String> redacted;

  HttpLog(System.Logger logger, LogLevel level, Set<String> secretHeaderNames) {
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

  void request(String operationId, HttpRequest request, int attempt, Redactor redactor) {
    if (!enabled()) {
      return;
    }
    StringBuilder s =
        new StringBuilder("--> ")
            .append(request.method())
            .append(' ')
            .append(request.url())
            .append(" (")
            .append(operationId);
    if (attempt > 0) {
      s.append(", retry ").append(attempt);
    }
    s.append(')');
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      if (request.contentType() != null) {
        s.append("\nContent-Type: ").append(request.contentType());
      }
      headers(s, request.headers());
    }
    if (level == LogLevel.BODY && request.body() != null) {
      s.append('\n').append(redactor.body(request.body(), MAX_BODY));
    }
    emit(s.toString(), redactor);
  }

  void response(String operationId, HttpResponse response, long startNanos, Redactor redactor) {
    if (!enabled()) {
      return;
    }
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    StringBuilder s =
        new StringBuilder("<-- ")
            .append(response.statusCode())
            .append(' ')
            .append(Errors.reason(response.statusCode()))
            .append(" (")
            .append(operationId)
            .append(", ")
            .append(ms)
            .append(" ms, ")
            .append(response.body().length)
            .append(" bytes)");
    if (level.compareTo(LogLevel.HEADERS) >= 0) {
      headers(s, response.headers());
    }
    if (level == LogLevel.BODY && response.body().length > 0) {
      s.append('\n').append(redactor.body(response.body(), MAX_BODY));
    }
    emit(s.toString(), redactor);
  }

  void failure(String operationId, Exception e, long startNanos, Redactor redactor) {
    if (!enabled()) {
      return;
    }
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    emit(
        "<-- FAILED ("
            + operationId
            + ", "
            + ms
            + " ms): "
            + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()),
        redactor);
  }

  void retry(String operationId, int retry, java.time.Duration delay, Redactor redactor) {
    if (!enabled()) {
      return;
    }
    emit("... " + operationId + ": retry " + retry + " in " + delay.toMillis() + " ms", redactor);
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
