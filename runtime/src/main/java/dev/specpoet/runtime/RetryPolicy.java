package dev.specpoet.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before retrying. What is retried: connection failures and connect, read
 * or write timeouts (never the whole-call timeout), and the statuses 408, 409, 429 and 5xx; how
 * many times is {@link ClientOptions#maxRetries()} (or the per-call override).
 *
 * <p>The wait before retry {@code n} (0-based) is the server's {@code retry-after-ms} or {@code
 * Retry-After} (seconds or an HTTP date) when it sent one and it is at most {@link
 * #maxRetryAfter()}; a longer one is not waited for: the call fails at once with the server's
 * answer. Otherwise it is exponential backoff with full jitter: a random duration between zero and
 * {@code min(maxBackoff, initialBackoff * 2^n)}.
 *
 * <p>Immutable and thread-safe. The {@link Sleeper}, {@link Clock} and jitter source can be
 * replaced, which tests do so they never really wait.
 */
public final class RetryPolicy {
  /** Default first backoff ceiling: 0.5 s. */
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);

  /** Default backoff cap: 8 s. */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(8);

  /** Default longest {@code Retry-After} obeyed: 60 s. */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private static final RetryPolicy DEFAULTS = builder().build();

  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Sleeper sleeper;
  private final Clock clock;
  private final DoubleSupplier jitter;

  private RetryPolicy(Builder b) {
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.jitter = b.jitter;
  }

  /**
   * The default policy: 0.5 s initial backoff, 8 s cap, {@code Retry-After} obeyed up to 60 s, real
   * sleeping.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a policy from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this policy's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.initialBackoff = initialBackoff;
    b.maxBackoff = maxBackoff;
    b.maxRetryAfter = maxRetryAfter;
    b.sleeper = sleeper;
    b.clock = clock;
    b.jitter = jitter;
    return b;
  }

  /**
   * Whether a response status is worth retrying: 408, 409, 429 and 5xx.
   *
   * @param statusCode the HTTP status
   * @return {@code true} for a retryable status
   */
  public static boolean isRetryableStatus(int statusCode) {
    return statusCode == 408
        || statusCode == 409
        || statusCode == 429
        || (statusCode >= 500 && statusCode <= 599);
  }

  /**
   * The ceiling of the first backoff.
   *
   * @return the initial backoff
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * The cap of every backoff.
   *
   * @return the maximum backoff
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The longest server-requested wait that is obeyed.
   *
   * @return the maximum {@code Retry-After}
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * How waits happen.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The clock that HTTP-date {@code Retry-After} values are measured against.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The jittered exponential backoff before retry {@code retry}.
   *
   * @param retry the retry number, 0 for the first retry
   * @return a duration between zero and {@code min(maxBackoff, initialBackoff * 2^retry)}
   */
  public Duration backoff(int retry) {
    long ceiling = maxBackoff.toNanos();
    long initial = initialBackoff.toNanos();
    if (retry < 62 && initial <= (ceiling >> Math.min(retry, 62))) {
      ceiling = Math.min(ceiling, initial << retry);
    }
    double fraction = Math.min(Math.max(jitter.getAsDouble(), 0.0), 1.0);
    return Duration.ofNanos((long) (ceiling * fraction));
  }

  /**
   * The wait the server asked for: {@code retry-after-ms} (milliseconds), else {@code Retry-After}
   * as seconds or as an HTTP date. A date in the past gives zero.
   *
   * @param headers the response headers (names compared ignoring case)
   * @return the requested wait, or empty when there is none or it cannot be read
   */
  public Optional<Duration> retryAfter(Map<String, List<String>> headers) {
    String millis = first(headers, "retry-after-ms");
    if (millis != null) {
      try {
        double ms = Double.parseDouble(millis.trim());
        if (Double.isFinite(ms)) {
          return Optional.of(Duration.ofNanos((long) (Math.max(ms, 0) * 1_000_000)));
        }
      } catch (NumberFormatException e) {
        // fall through to Retry-After
      }
    }
    String value = first(headers, "retry-after");
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    try {
      double seconds = Double.parseDouble(v);
      if (Double.isFinite(seconds)) {
        return Optional.of(Duration.ofNanos((long) (Math.max(seconds, 0) * 1_000_000_000L)));
      }
      return Optional.empty();
    } catch (NumberFormatException e) {
      // maybe an HTTP date
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration until = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(until.isNegative() ? Duration.ZERO : until);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The wait before retry {@code retry} after a response with these headers, or empty when the
   * server asked for a longer wait than {@link #maxRetryAfter()} (then the call must not be
   * retried).
   *
   * @param retry the retry number, 0 for the first retry
   * @param headers the response headers; {@code null} or empty after a connection failure
   * @return the wait, or empty for "do not retry"
   */
  public Optional<Duration> delayBeforeRetry(int retry, Map<String, List<String>> headers) {
    if (headers != null) {
      Optional<Duration> requested = retryAfter(headers);
      if (requested.isPresent()) {
        return requested.get().compareTo(maxRetryAfter) > 0 ? Optional.empty() : requested;
      }
    }
    return Optional.of(backoff(retry));
  }

  private static String first(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "RetryPolicy{initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * Sets the ceiling of the first backoff (doubled for each further retry).
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder initialBackoff(Duration value) {
      this.initialBackoff = positive(value, "initialBackoff");
      return this;
    }

    /**
     * Sets the cap of every backoff.
     *
     * @param value a positive duration
     * @return this builder
     */
    public Builder maxBackoff(Duration value) {
      this.maxBackoff = positive(value, "maxBackoff");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} that is obeyed; a longer one fails the call at once.
     *
     * @param value zero or positive
     * @return this builder
     */
    public Builder maxRetryAfter(Duration value) {
      Objects.requireNonNull(value, "maxRetryAfter");
      if (value.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must not be negative: " + value);
      }
      this.maxRetryAfter = value;
      return this;
    }

    /**
     * Sets how waits happen (tests pass one that records and returns at once).
     *
     * @param value the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value, "sleeper");
      return this;
    }

    /**
     * Sets the clock HTTP-date {@code Retry-After} values are compared with.
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * Sets the source of jitter: each call returns a fraction in {@code [0, 1]} of the backoff
     * ceiling to wait.
     *
     * @param value the source
     * @return this builder
     */
    public Builder jitter(DoubleSupplier value) {
      this.jitter = Objects.requireNonNull(value, "jitter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      if (initialBackoff.compareTo(maxBackoff) > 0) {
        throw new IllegalArgumentException(
            "initialBackoff ("
                + initialBackoff
                + ") must not exceed maxBackoff ("
                + maxBackoff
                + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }
  }
}
