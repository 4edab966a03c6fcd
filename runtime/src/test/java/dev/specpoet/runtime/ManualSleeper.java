package dev.specpoet.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A sleeper for asynchronous calls only: every {@link #delay} returns {@link #gate}, which the test
 * completes (or cancels, or fails) when it likes; {@link #asked} completes with the first delay
 * asked for. Blocking sleeps fail the test.
 */
final class ManualSleeper implements Sleeper {
  final CompletableFuture<Void> gate;
  final CompletableFuture<Duration> asked = new CompletableFuture<>();

  ManualSleeper() {
    this(new CompletableFuture<>());
  }

  ManualSleeper(CompletableFuture<Void> gate) {
    this.gate = gate;
  }

  @Override
  public void sleep(Duration duration) {
    throw new AssertionError("an asynchronous call slept a thread");
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    asked.complete(duration);
    return gate;
  }
}
