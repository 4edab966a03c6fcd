package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpRequest;
import java.time.Duration;

/**
 * The whole-call timeout: each attempt may take only what is left of it (the transport enforces
 * that and fails with {@link dev.specpoet.runtime.http.CallTimeoutException}), an attempt that
 * would start after it fails at once, and a retry whose wait would end after it is not made (the
 * call ends with the outcome that asked for it). The outermost layer, so it judges the final retry
 * decision.
 */
final class DeadlineLayer implements Layer {
  static final DeadlineLayer INSTANCE = new DeadlineLayer();

  private DeadlineLayer() {}

  @Override
  public HttpRequest beforeAttempt(Exchange exchange, HttpRequest request) {
    if (exchange.deadline() == 0) {
      return request;
    }
    long remaining = exchange.deadline() - System.nanoTime();
    if (remaining <= 0) {
      throw exchange.timeout(null);
    }
    return request.toBuilder().callTimeout(Duration.ofNanos(remaining)).build();
  }

  @Override
  public Outcome afterAttempt(Exchange exchange, HttpRequest request, Outcome outcome) {
    if (outcome.isRetry()
        && exchange.deadline() != 0
        && System.nanoTime() + outcome.retryDelay().toNanos() >= exchange.deadline()) {
      return outcome.withoutRetry();
    }
    return outcome;
  }
}
