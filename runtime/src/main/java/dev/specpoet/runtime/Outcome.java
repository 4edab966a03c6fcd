package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * What one attempt of a call came to, as the {@link Layer}s see it on its way back: a response (any
 * status) or an I/O failure, and, when a layer decided so, the wait before trying again. Immutable.
 */
final class Outcome {
  private final HttpResponse response;
  private final IOException failure;
  private final Duration retryDelay;

  private Outcome(HttpResponse response, IOException failure, Duration retryDelay) {
    this.response = response;
    this.failure = failure;
    this.retryDelay = retryDelay;
  }

  /** An attempt that got a response. */
  static Outcome of(HttpResponse response) {
    return new Outcome(Objects.requireNonNull(response, "response"), null, null);
  }

  /** An attempt that got no (complete) response. */
  static Outcome failed(IOException failure) {
    return new Outcome(null, Objects.requireNonNull(failure, "failure"), null);
  }

  /** The same result, to be tried again after {@code delay}. */
  Outcome retryAfter(Duration delay) {
    return new Outcome(response, failure, Objects.requireNonNull(delay, "delay"));
  }

  /** The same result, final: the call ends with it. */
  Outcome withoutRetry() {
    return retryDelay == null ? this : new Outcome(response, failure, null);
  }

  /** Releases the connection of a streamed response that will not be read (before a retry). */
  void release() {
    if (response != null) {
      response.close();
    }
  }

  /** Whether a layer decided to try again. */
  boolean isRetry() {
    return retryDelay != null;
  }

  /** The wait before the next attempt, or {@code null} when there is none. */
  Duration retryDelay() {
    return retryDelay;
  }

  /** Whether the attempt failed without a response. */
  boolean isFailure() {
    return failure != null;
  }

  /** The response, or {@code null} after a failure. */
  HttpResponse response() {
    return response;
  }

  /** The failure, or {@code null} when a response arrived. */
  IOException failure() {
    return failure;
  }
}
