package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpRequest;
import java.time.Duration;

/**
 * One layer of the call pipeline around the {@link dev.specpoet.runtime.http.HttpTransport}: the
 * whole-call deadline ({@link DeadlineLayer}), retries ({@link RetryLayer}) and logging ({@link
 * LoggingLayer}). A layer only decides; it never sends nor waits. {@link CallPipeline} sends each
 * attempt and waits between attempts, once for blocking and once for asynchronous calls, so a
 * layer's rules hold for both without a second copy.
 *
 * <p>For each attempt, {@link #beforeAttempt} runs from the outermost layer inwards, the transport
 * sends the request, and {@link #afterAttempt} runs from the innermost layer outwards. When the
 * outcome that comes out asks for a retry, every layer hears of the wait through {@link
 * #beforeWait}, the pipeline waits, and the next attempt starts. Layers are immutable and shared by
 * all calls of a client; what belongs to one call is in its {@link Exchange}.
 */
interface Layer {

  /**
   * The request of the attempt {@link Exchange#attempt()} on its way to the transport.
   *
   * @param exchange the call
   * @param request the request as the outer layers left it
   * @return the request to pass on (the same or a changed copy)
   * @throws dev.specpoet.runtime.errors.SpecPoetException to end the call before this attempt
   */
  default HttpRequest beforeAttempt(Exchange exchange, HttpRequest request) {
    return request;
  }

  /**
   * What the attempt came to, on its way back.
   *
   * @param exchange the call
   * @param request the request that was sent
   * @param outcome the outcome as the inner layers left it
   * @return the outcome to pass on: the same, one that asks for a retry ({@link
   *     Outcome#retryAfter}) or one that takes a retry back ({@link Outcome#withoutRetry})
   */
  default Outcome afterAttempt(Exchange exchange, HttpRequest request, Outcome outcome) {
    return outcome;
  }

  /**
   * Told before the pipeline waits to retry.
   *
   * @param exchange the call
   * @param retry the number of the coming retry, 1 for the first
   * @param delay how long the pipeline is about to wait
   */
  default void beforeWait(Exchange exchange, int retry, Duration delay) {}
}
