package dev.specpoet.aigateway.it.support;

import dev.specpoet.runtime.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The retry policy's sleeper for tests: records every wait the client asked for (so a test can
 * prove it obeyed {@code Retry-After}) and waits at most a few milliseconds for real, so the suite
 * stays fast while the calls still cross real sockets.
 */
public final class RecordingSleeper implements Sleeper {

  private static final Duration REAL_CAP = Duration.ofMillis(5);
  private final List<Duration> waits = new ArrayList<>();

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    record(duration);
    Thread.sleep(cap(duration).toMillis());
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    record(duration);
    CompletableFuture<Void> done = new CompletableFuture<>();
    CompletableFuture.delayedExecutor(cap(duration).toMillis(), TimeUnit.MILLISECONDS)
        .execute(() -> done.complete(null));
    return done;
  }

  private synchronized void record(Duration duration) {
    waits.add(duration);
  }

  /** The waits asked for, in order. */
  public synchronized List<Duration> waits() {
    return new ArrayList<>(waits);
  }

  private static Duration cap(Duration d) {
    return d.compareTo(REAL_CAP) > 0 ? REAL_CAP : d.isNegative() ? Duration.ZERO : d;
  }
}
