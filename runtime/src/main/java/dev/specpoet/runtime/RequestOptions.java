package dev.specpoet.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Per-call overrides of the client's options: whole-call and read timeouts, the number of retries,
 * extra headers (replacing same-named ones, credentials included) and extra query parameters.
 * Immutable; {@link #none()} overrides nothing.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Duration readTimeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Map<String, List<String>> queryParams;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.readTimeout = b.readTimeout;
    this.maxRetries = b.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    LinkedHashMap<String, List<String>> q = new LinkedHashMap<>();
    b.queryParams.forEach((k, v) -> q.put(k, List.copyOf(v)));
    this.queryParams = Collections.unmodifiableMap(q);
  }

  /**
   * Options that override nothing.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Starts per-call options.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The whole-call timeout of this call (all attempts and waits).
   *
   * @return the timeout, or {@code null} for the client's
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The read timeout of this call.
   *
   * @return the timeout, or {@code null} for the client's
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * The maximum number of retries of this call.
   *
   * @return the number, or {@code null} for the client's
   */
  public Integer maxRetries() {
    return maxRetries;
  }

  /**
   * Headers added to this call, replacing same-named ones.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Query parameters added to this call, replacing same-named ones.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> queryParams() {
    return queryParams;
  }

  /** Lists what is overridden; header values are not shown. */
  @Override
  public String toString() {
    return "RequestOptions{timeout="
        + timeout
        + ", readTimeout="
        + readTimeout
        + ", maxRetries="
        + maxRetries
        + ", headers="
        + headers.keySet()
        + ", queryParams="
        + queryParams.keySet()
        + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Duration readTimeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, List<String>> queryParams = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the whole-call timeout of this call (all attempts and waits); not retried when it
     * expires.
     *
     * @param value a positive duration, or zero for none
     * @return this builder
     */
    public Builder timeout(Duration value) {
      this.timeout = nonNegative(value, "timeout");
      return this;
    }

    /**
     * Sets the read timeout of this call.
     *
     * @param value a positive duration, or zero for none
     * @return this builder
     */
    public Builder readTimeout(Duration value) {
      this.readTimeout = nonNegative(value, "readTimeout");
      return this;
    }

    /**
     * Sets how many times this call is retried.
     *
     * @param value zero or more
     * @return this builder
     */
    public Builder maxRetries(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxRetries must be 0 or more, not " + value);
      }
      this.maxRetries = value;
      return this;
    }

    /**
     * Adds a header to this call, replacing a same-named one.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      OptionSetters.checkName(name);
      Objects.requireNonNull(value, "value");
      OptionSetters.checkValue("header " + name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Adds a query parameter value to this call; all values given here for a name replace the
     * request's own values of that name.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder queryParam(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      queryParams.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }
  }
}
