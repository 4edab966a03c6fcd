package dev.specpoet.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How the client waits between retries; replaceable so tests need not really wait. Blocking calls
 * use {@link #sleep}; asynchronous calls use {@link #delay}, which must not block a thread.
 */
public interface Sleeper {

  /**
   * Blocks the calling thread.
   *
   * @param duration how long
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * A future that completes after {@code duration}, without holding a thread while waiting.
   *
   * @param duration how long
   * @return the future
   */
  CompletableFuture<Void> delay(Duration duration);

  /**
   * The real clock: {@link Thread#sleep} and {@link CompletableFuture#delayedExecutor}.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}

/** The real waits. */
final class SystemSleeper implements Sleeper {
  static final SystemSleeper INSTANCE = new SystemSleeper();

  private SystemSleeper() {}

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (!duration.isZero() && !duration.isNegative()) {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS, Runnable::run)
        .execute(() -> done.complete(null));
    return done;
  }
}
