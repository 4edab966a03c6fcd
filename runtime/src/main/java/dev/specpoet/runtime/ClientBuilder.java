package dev.specpoet.runtime;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What every generated client builder offers whatever the spec says: the base URL, default headers,
 * timeouts, retries, logging, the transport, and {@link #fromEnv()}. A generated builder extends it
 * and adds only what its spec decides: one setter per credential, the default base URL, the
 * credentials {@code fromEnv()} reads ({@link EnvCredentials}) and {@code build()}. Not
 * thread-safe.
 *
 * <p>Each setter returns the concrete builder, so that {@code AiGatewayClient.builder().baseUrl(..)
 * .apiToken(..)} chains. The values are checked as {@link ClientOptions.Builder} checks them.
 *
 * @param <B> the concrete builder
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> extends OptionSetters<B> {
  private final String envPrefix;
  private final EnvCredentials<? super B> envCredentials;
  private Map<String, String> env;

  /**
   * Starts a builder with the default options and no base URL.
   *
   * @param envPrefix the prefix of the variables {@link #fromEnv()} reads, for example {@code
   *     CLOUDFLARE}
   * @param envCredentials the credentials {@link #fromEnv()} reads
   */
  protected ClientBuilder(String envPrefix, EnvCredentials<? super B> envCredentials) {
    this.envPrefix = Objects.requireNonNull(envPrefix, "envPrefix");
    this.envCredentials = Objects.requireNonNull(envCredentials, "envCredentials");
  }

  /**
   * Sets the environment {@link #fromEnv()} reads, instead of {@link System#getenv()} (for tests).
   *
   * @param variables the variables
   * @return this builder
   */
  public final B env(Map<String, String> variables) {
    this.env = variables == null ? null : Map.copyOf(variables);
    return self();
  }

  /**
   * Reads the environment: {@code <PREFIX>_BASE_URL} (the base URL), {@code <PREFIX>_LOG} (off,
   * basic, headers or body) and the credentials the client declares. Unset or blank variables
   * change nothing.
   *
   * @return this builder
   * @throws IllegalArgumentException when a variable holds an invalid value
   * @throws IllegalStateException when only part of a set of credentials that go together is set,
   *     and no other set is complete
   */
  public final B fromEnv() {
    String url = variable(envPrefix + "_BASE_URL");
    if (url != null) {
      baseUrl(url.trim());
    }
    String log = variable(envPrefix + "_LOG");
    if (log != null) {
      logLevel(LogLevel.parse(log, envPrefix + "_LOG"));
    }
    envCredentials.apply(self(), this::variable);
    return self();
  }

  /**
   * Changes any options at once (kept for code written against earlier generated builders, whose
   * {@code options(..)} took a {@code ClientOptions.Builder}; a lambda calling its setters works
   * unchanged).
   *
   * @param modifier changes the options
   * @return this builder
   */
  public final B options(Consumer<? super B> modifier) {
    modifier.accept(self());
    return self();
  }

  /** A variable of the environment; {@code null} when unset or blank. */
  private String variable(String name) {
    String value = env == null ? System.getenv(name) : env.get(name);
    return value == null || value.isBlank() ? null : value;
  }
}
