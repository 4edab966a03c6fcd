package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpTransport;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The option setters, and their checks, that {@link ClientOptions.Builder} and every generated
 * client builder (through {@link ClientBuilder}) share: base URL, default headers, timeouts,
 * retries, logging, the transport, and credentials in their generic forms ({@link #bearerToken},
 * {@link #secretHeader}, {@link #secretQueryParam}; a generated builder also offers them under the
 * names its spec gives). Each setter returns the concrete builder. Not thread-safe; only this
 * package subclasses it.
 *
 * @param <B> the concrete builder
 */
public abstract class OptionSetters<B extends OptionSetters<B>> {
  String baseUrl;
  final Map<String, String> defaultHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  final Map<String, String> secretHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  final Map<String, String> secretQueryParams = new TreeMap<>();
  Duration connectTimeout = ClientOptions.DEFAULT_CONNECT_TIMEOUT;
  Duration readTimeout = ClientOptions.DEFAULT_READ_TIMEOUT;
  Duration writeTimeout = ClientOptions.DEFAULT_WRITE_TIMEOUT;
  Duration callTimeout = Duration.ZERO;
  int maxRetries = ClientOptions.DEFAULT_MAX_RETRIES;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  LogLevel logLevel = LogLevel.OFF;
  HttpTransport transport;

  OptionSetters() {}

  /**
   * This builder as its concrete type.
   *
   * @return this builder
   */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /**
   * Sets the base URL, for example {@code https://api.cloudflare.com/client/v4}.
   *
   * @param value an absolute http or https URL
   * @return this builder
   */
  public final B baseUrl(String value) {
    this.baseUrl = value;
    return self();
  }

  /**
   * Sends {@code Authorization: Bearer <token>} with every request. Never logged nor shown.
   *
   * @param token the API token; {@code null} removes it
   * @return this builder
   */
  public final B bearerToken(String token) {
    if (token == null) {
      secretHeaders.remove("Authorization");
    } else {
      checkValue("bearer token", token);
      secretHeaders.put("Authorization", "Bearer " + token);
    }
    return self();
  }

  /**
   * Sends a credential header (for example {@code X-Auth-Key}) with every request. Its value is
   * never logged nor shown.
   *
   * @param name the header name
   * @param value the credential; {@code null} removes the header
   * @return this builder
   */
  public final B secretHeader(String name, String value) {
    checkName(name);
    if (value == null) {
      secretHeaders.remove(name);
    } else {
      checkValue("header " + name, value);
      secretHeaders.put(name, value);
    }
    return self();
  }

  /**
   * Sends a credential as a query parameter (an API key {@code in: query}, for example {@code
   * api_key}) with every request, replacing a parameter of that name the call sets. Its value is
   * never logged nor shown: log lines and messages show the URL with {@code <redacted>} in its
   * place. A query credential travels in the URL, which servers and proxies may log; prefer a
   * header when the API offers one.
   *
   * @param name the query parameter name
   * @param value the credential; {@code null} removes it
   * @return this builder
   */
  public final B secretQueryParam(String name, String value) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("query parameter name must not be empty");
    }
    if (value == null) {
      secretQueryParams.remove(name);
    } else {
      checkValue("query parameter " + name, value);
      secretQueryParams.put(name, value);
    }
    return self();
  }

  /**
   * Sends a header with every request (replacing an earlier one of the same name).
   *
   * @param name the header name
   * @param value the value; {@code null} removes the header
   * @return this builder
   */
  public final B header(String name, String value) {
    checkName(name);
    if (value == null) {
      defaultHeaders.remove(name);
    } else {
      checkValue("header " + name, value);
      defaultHeaders.put(name, value);
    }
    return self();
  }

  /**
   * Sets the connect timeout.
   *
   * @param value zero (none) or positive
   * @return this builder
   */
  public final B connectTimeout(Duration value) {
    this.connectTimeout = nonNegative(value, "connectTimeout");
    return self();
  }

  /**
   * Sets the read timeout (retried when it expires).
   *
   * @param value zero (none) or positive
   * @return this builder
   */
  public final B readTimeout(Duration value) {
    this.readTimeout = nonNegative(value, "readTimeout");
    return self();
  }

  /**
   * Sets the write timeout.
   *
   * @param value zero (none) or positive
   * @return this builder
   */
  public final B writeTimeout(Duration value) {
    this.writeTimeout = nonNegative(value, "writeTimeout");
    return self();
  }

  /**
   * Sets the whole-call timeout: a deadline covering every attempt and wait of a call; not retried
   * when it expires.
   *
   * @param value zero (none, the default) or positive
   * @return this builder
   */
  public final B callTimeout(Duration value) {
    this.callTimeout = nonNegative(value, "callTimeout");
    return self();
  }

  /**
   * Sets how many times a failed call is retried.
   *
   * @param value zero or more (default 2)
   * @return this builder
   */
  public final B maxRetries(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, not " + value);
    }
    this.maxRetries = value;
    return self();
  }

  /**
   * Sets the backoff and {@code Retry-After} rules.
   *
   * @param value the policy
   * @return this builder
   */
  public final B retryPolicy(RetryPolicy value) {
    this.retryPolicy = Objects.requireNonNull(value, "retryPolicy");
    return self();
  }

  /**
   * Sets how much is logged.
   *
   * @param value the level
   * @return this builder
   */
  public final B logLevel(LogLevel value) {
    this.logLevel = Objects.requireNonNull(value, "logLevel");
    return self();
  }

  /**
   * Sets the HTTP transport. The client does not close a transport given here. Default: an {@link
   * dev.specpoet.runtime.http.OkHttpTransport} built from the timeouts and closed with the client.
   *
   * @param value the transport; {@code null} for the default
   * @return this builder
   */
  public final B transport(HttpTransport value) {
    this.transport = value;
    return self();
  }

  /**
   * Checks the options and builds them.
   *
   * @return the options
   * @throws IllegalArgumentException naming the option when one is missing or invalid
   */
  protected final ClientOptions buildOptions() {
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalArgumentException(
          "baseUrl is required: set it with baseUrl(...) or the"
              + " <PREFIX>_BASE_URL environment variable");
    }
    String url = baseUrl.trim();
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "baseUrl '" + url + "' is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || !(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "baseUrl '"
              + url
              + "' must be an absolute http or https URL, like https://api.cloudflare.com/client/v4");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "baseUrl '" + url + "' must not have a query or a fragment");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "baseUrl must not contain user info (credentials);"
              + " use bearerToken(...) or secretHeader(...)");
    }
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    return new ClientOptions(this, url);
  }

  private static Duration nonNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }

  static void checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a header name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(
            "header name '" + name + "' has a character HTTP does not allow in names");
      }
    }
  }

  /** Never quotes the value: it may be a credential. */
  static void checkValue(String what, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\t') || c == 0x7f) {
        throw new IllegalArgumentException(
            what + " contains a line break or a control character; remove it");
      }
    }
  }
}
