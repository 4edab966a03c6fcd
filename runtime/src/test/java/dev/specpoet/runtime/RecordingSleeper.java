package dev.specpoet.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A sleeper that records every wait and returns at once. */
final class RecordingSleeper implements Sleeper {
  final List<Duration> sleeps = new ArrayList<>();
  final List<Duration> delays = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
  }

  @Override
  public synchronized CompletableFuture<Void> delay(Duration duration) {
    delays.add(duration);
    return CompletableFuture.completedFuture(null);
  }

  synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  synchronized List<Duration> delays() {
    return List.copyOf(delays);
  }
}
