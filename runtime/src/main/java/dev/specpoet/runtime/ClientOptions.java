package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpTransport;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything a client is configured with: base URL, credentials, default headers, timeouts,
 * retries, logging and the HTTP transport. Immutable and thread-safe; {@link #toString()} masks
 * every credential.
 *
 * <p>Credentials are headers that are sent but never logged nor shown: {@link
 * Builder#bearerToken(String)} ({@code Authorization: Bearer ...}) and {@link
 * Builder#secretHeader(String, String)} (for example {@code X-Auth-Email} and {@code X-Auth-Key}).
 */
public final class ClientOptions {
  /** Default connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Default read timeout: 60 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

  /** Default write timeout: 60 s. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);

  /** Default maximum number of retries: 2. */
  public static final int DEFAULT_MAX_RETRIES = 2;

  private final String baseUrl;
  private final Map<String, String> defaultHeaders;
  private final Map<String, String> secretHeaders;
  private final Map<String, String> secretQueryParams;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final int maxRetries;
  private final RetryPolicy retryPolicy;
  private final LogLevel logLevel;
  private final HttpTransport transport;

  ClientOptions(OptionSetters<?> b, String baseUrl) {
    this.baseUrl = baseUrl;
    this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.defaultHeaders));
    this.secretHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.secretHeaders));
    this.secretQueryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.secretQueryParams));
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.maxRetries = b.maxRetries;
    this.retryPolicy = b.retryPolicy;
    this.logLevel = b.logLevel;
    this.transport = b.transport;
  }

  /**
   * Starts options with the defaults (no base URL yet, no credentials, 2 retries, logging off).
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these options, to derive changed ones.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.defaultHeaders.putAll(defaultHeaders);
    b.secretHeaders.putAll(secretHeaders);
    b.secretQueryParams.putAll(secretQueryParams);
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.maxRetries = maxRetries;
    b.retryPolicy = retryPolicy;
    b.logLevel = logLevel;
    b.transport = transport;
    return b;
  }

  /**
   * The base URL every request path is appended to, without a trailing slash.
   *
   * @return the base URL
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The connect timeout of each attempt ({@link Duration#ZERO}: none).
   *
   * @return the timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * The read timeout: the longest silence while waiting for response bytes ({@link Duration#ZERO}:
   * none). Retried when it expires.
   *
   * @return the timeout
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * The write timeout of each attempt ({@link Duration#ZERO}: none).
   *
   * @return the timeout
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * The whole-call timeout: a deadline for the call including every retry and the waits between
   * them ({@link Duration#ZERO}: none, the default). Not retried when it expires.
   *
   * @return the timeout
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * How many times a failed call is retried (0: never).
   *
   * @return the maximum number of retries
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The backoff and {@code Retry-After} rules.
   *
   * @return the retry policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * How much is logged.
   *
   * @return the log level
   */
  public LogLevel logLevel() {
    return logLevel;
  }

  /**
   * The headers sent with every request, credentials excluded.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /**
   * The names of the credential headers (values are never exposed).
   *
   * @return an unmodifiable set
   */
  public Set<String> secretHeaderNames() {
    return secretHeaders.keySet();
  }

  /**
   * Whether any credential is configured.
   *
   * @return {@code true} when a bearer token, a secret header or a secret query parameter is set
   */
  public boolean hasCredentials() {
    return !secretHeaders.isEmpty() || !secretQueryParams.isEmpty();
  }

  /**
   * The transport given to the builder.
   *
   * @return the transport, or {@code null} when the client builds an {@link
   *     dev.specpoet.runtime.http.OkHttpTransport} from the timeouts
   */
  public HttpTransport transport() {
    return transport;
  }

  /** The credential headers with their values; for {@link ClientCore} only. */
  Map<String, String> secretHeaders() {
    return secretHeaders;
  }

  /**
   * The names of the credential query parameters (values are never exposed).
   *
   * @return an unmodifiable set
   */
  public Set<String> secretQueryParamNames() {
    return secretQueryParams.keySet();
  }

  /** The credential query parameters with their values; for {@link Exchange} only. */
  Map<String, String> secretQueryParams() {
    return secretQueryParams;
  }

  /**
   * Masks every credential: the values of {@link Builder#bearerToken}, {@link Builder#secretHeader}
   * and {@link Builder#secretQueryParam} (shown as {@code ?name}), and of every default header
   * whose name carries a credential ({@code Authorization}, {@code Cookie}, {@code X-Auth-Key},
   * {@code X-Api-Key}...), by the same rule the logs use.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ClientOptions{baseUrl=").append(baseUrl);
    s.append(", defaultHeaders={");
    boolean firstHeader = true;
    for (Map.Entry<String, String> h : defaultHeaders.entrySet()) {
      s.append(firstHeader ? "" : ", ")
          .append(h.getKey())
          .append('=')
          .append(SensitiveNames.isSensitiveHeader(h.getKey()) ? Redactor.MASK : h.getValue());
      firstHeader = false;
    }
    s.append('}');
    s.append(", credentials={");
    boolean first = true;
    for (String name : secretHeaders.keySet()) {
      s.append(first ? "" : ", ").append(name).append('=').append(Redactor.MASK);
      first = false;
    }
    for (String name : secretQueryParams.keySet()) {
      s.append(first ? "" : ", ").append("?").append(name).append('=').append(Redactor.MASK);
      first = false;
    }
    s.append("}, connectTimeout=")
        .append(connectTimeout)
        .append(", readTimeout=")
        .append(readTimeout)
        .append(", writeTimeout=")
        .append(writeTimeout)
        .append(", callTimeout=")
        .append(callTimeout)
        .append(", maxRetries=")
        .append(maxRetries)
        .append(", retryPolicy=")
        .append(retryPolicy)
        .append(", logLevel=")
        .append(logLevel)
        .append(", transport=")
        .append(transport == null ? "okhttp (default)" : transport.getClass().getSimpleName())
        .append('}');
    return s.toString();
  }

  /** Builds {@link ClientOptions}. Not thread-safe. */
  public static final class Builder extends OptionSetters<Builder> {
    private Builder() {}

    /**
     * Checks the options and builds them.
     *
     * @return the options
     * @throws IllegalArgumentException naming the option when one is missing or invalid
     */
    public ClientOptions build() {
      return buildOptions();
    }
  }
}
