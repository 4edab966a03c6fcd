package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

  static RetryPolicy policy(double jitter) {
    return RetryPolicy.builder()
        .jitter(() -> jitter)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  static Map<String, List<String>> headers(String name, String value) {
    return Map.of(name, List.of(value));
  }

  @Test
  void retryableStatuses() {
    for (int s : new int[] {408, 409, 429, 500, 501, 502, 503, 504, 599}) {
      assertTrue(RetryPolicy.isRetryableStatus(s), "" + s);
    }
    for (int s : new int[] {200, 301, 400, 401, 403, 404, 405, 410, 422, 600}) {
      assertFalse(RetryPolicy.isRetryableStatus(s), "" + s);
    }
  }

  @Test
  void backoffDoublesUpToTheCap() {
    RetryPolicy p = policy(1.0);
    assertEquals(Duration.ofMillis(500), p.backoff(0));
    assertEquals(Duration.ofSeconds(1), p.backoff(1));
    assertEquals(Duration.ofSeconds(4), p.backoff(3));
    assertEquals(Duration.ofSeconds(8), p.backoff(4));
    assertEquals(Duration.ofSeconds(8), p.backoff(5));
    assertEquals(Duration.ofSeconds(8), p.backoff(100), "no overflow for large retry numbers");
  }

  @Test
  void fullJitterScalesTheCeiling() {
    assertEquals(Duration.ZERO, policy(0.0).backoff(3));
    assertEquals(Duration.ofSeconds(2), policy(0.5).backoff(3));
    RetryPolicy real = RetryPolicy.defaults();
    for (int i = 0; i < 50; i++) {
      Duration d = real.backoff(2);
      assertTrue(!d.isNegative() && d.compareTo(Duration.ofSeconds(2)) <= 0, d.toString());
    }
  }

  @Test
  void retryAfterSeconds() {
    assertEquals(
        Optional.of(Duration.ofSeconds(3)),
        policy(1).delayBeforeRetry(0, headers("Retry-After", "3")));
    assertEquals(
        Optional.of(Duration.ofMillis(1500)),
        policy(1).delayBeforeRetry(0, headers("retry-after", " 1.5 ")));
    assertEquals(
        Optional.of(Duration.ZERO), policy(1).delayBeforeRetry(0, headers("Retry-After", "-4")));
  }

  @Test
  void retryAfterHttpDate() {
    assertEquals(
        Optional.of(Duration.ofSeconds(30)),
        policy(1).delayBeforeRetry(0, headers("Retry-After", "Sun, 22 Nov 2026 06:00:30 GMT")));
    assertEquals(
        Optional.of(Duration.ZERO),
        policy(1).delayBeforeRetry(0, headers("Retry-After", "Sun, 22 Nov 2026 05:00:00 GMT")),
        "a date in the past: at once");
  }

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    Map<String, List<String>> h =
        Map.of("Retry-After-Ms", List.of("120"), "Retry-After", List.of("5"));
    assertEquals(Optional.of(Duration.ofMillis(120)), policy(1).delayBeforeRetry(0, h));
  }

  @Test
  void retryAfterOverTheLimitMeansDoNotRetry() {
    assertEquals(Optional.empty(), policy(1).delayBeforeRetry(0, headers("Retry-After", "61")));
    assertEquals(
        Optional.of(Duration.ofSeconds(60)),
        policy(1).delayBeforeRetry(0, headers("Retry-After", "60")));
    assertEquals(
        Optional.empty(),
        policy(1).delayBeforeRetry(0, headers("Retry-After", "Sun, 22 Nov 2026 07:00:00 GMT")));
    RetryPolicy generous = policy(1).toBuilder().maxRetryAfter(Duration.ofMinutes(5)).build();
    assertEquals(
        Optional.of(Duration.ofSeconds(61)),
        generous.delayBeforeRetry(0, headers("Retry-After", "61")));
  }

  @Test
  void unreadableRetryAfterFallsBackToBackoff() {
    assertEquals(
        Optional.of(Duration.ofSeconds(1)),
        policy(1).delayBeforeRetry(1, headers("Retry-After", "soon")));
    assertEquals(Optional.of(Duration.ofSeconds(1)), policy(1).delayBeforeRetry(1, null));
  }

  @Test
  void invalidSettingsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> RetryPolicy.builder().initialBackoff(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(10)).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-1)));
  }
}
