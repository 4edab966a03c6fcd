package dev.specpoet.runtime;

import dev.specpoet.runtime.http.CallTimeoutException;
import dev.specpoet.runtime.http.HttpRequest;
import java.io.IOException;

/**
 * Whether and when an attempt is tried again, under the client's {@link RetryPolicy}: connection
 * failures and connect, read or write timeouts after the policy's backoff; the statuses 408, 409,
 * 429 and 5xx after the server's {@code Retry-After} (the call fails at once when that is longer
 * than the policy allows) or the backoff. Never the whole-call timeout, an interrupted thread, a
 * request that cannot be sent again, nor more than the call's {@link Exchange#maxRetries()}.
 */
final class RetryLayer implements Layer {
  private final RetryPolicy policy;

  RetryLayer(RetryPolicy policy) {
    this.policy = policy;
  }

  @Override
  public Outcome afterAttempt(Exchange exchange, HttpRequest request, Outcome outcome) {
    int attempt = exchange.attempt();
    if (attempt >= exchange.maxRetries() || !exchange.isReplayable()) {
      return outcome;
    }
    if (outcome.isFailure()) {
      IOException e = outcome.failure();
      if (e instanceof CallTimeoutException || Exchange.isInterruption(e)) {
        return outcome;
      }
      return outcome.retryAfter(policy.backoff(attempt));
    }
    if (!RetryPolicy.isRetryableStatus(outcome.response().statusCode())) {
      return outcome;
    }
    return policy
        .delayBeforeRetry(attempt, outcome.response().headers())
        .map(outcome::retryAfter)
        .orElse(outcome);
  }
}
