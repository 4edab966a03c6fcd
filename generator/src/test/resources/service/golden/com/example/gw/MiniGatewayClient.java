package com.example.gw;

import com.example.gw.models.PingParams;
import com.example.gw.models.VersionParams;
import com.example.gw.services.GatewaysService;
import com.example.gw.services.MiniGatewayService;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.ClientBuilder;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.ClientOptions;
import dev.specpoet.runtime.EnvCredentials;
import dev.specpoet.runtime.RequestOptions;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Blocking client for Mini Gateway API (version 1.0.0).
 *
 * <p>A small API shaped like Cloudflare's AI Gateway.
 *
 * <p>One client is meant to be shared by all threads of an application; close it when done.
 * List calls return a {@link dev.specpoet.runtime.pagination.Page}; {@link #async()} is the async twin.
 *
 * <pre>{@code
 * try (MiniGatewayClient client = MiniGatewayClient.builder()
 *     .apiToken(System.getenv("MINI_TOKEN"))
 *     .build()) {
 *   var result = client.ping(PingParams.builder()
 *       .build());
 * }
 * }</pre>
 *
 * <p>Or {@code MiniGatewayClient.fromEnv()}: {@code MINI_TOKEN}, {@code MINI_GATEWAY_API_EMAIL}, {@code MINI_GATEWAY_API_KEY}, {@code MINI_GATEWAY_BASE_URL} (optional) and {@code MINI_GATEWAY_LOG} ({@code basic}, {@code headers} or {@code body}; optional).
 * The default base URL is {@code https://api.example.com/client/v4}.
 */
public final class MiniGatewayClient implements AutoCloseable {
  /**
   * The base URL used unless another is set: the spec's first server.
   */
  public static final String DEFAULT_BASE_URL = "https://api.example.com/client/v4";

  /**
   * The prefix of the environment variables {@code fromEnv()} reads ({@code MINI_GATEWAY_BASE_URL}, {@code MINI_GATEWAY_LOG}).
   */
  public static final String ENV_PREFIX = "MINI_GATEWAY";

  private final ClientCore core;

  private final MiniGatewayClientAsync async;

  private final Object lock = new Object();

  private final MiniGatewayService rootService;

  private volatile GatewaysService gatewaysService;

  /**
   * A client with {@code options} (usually made by {@link #builder()}).
   *
   * @param options the options, with the base URL and credentials
   */
  public MiniGatewayClient(ClientOptions options) {
    this(new ClientCore(Objects.requireNonNull(options, "options")));
  }

  private MiniGatewayClient(ClientCore core) {
    this.core = core;
    this.async = new MiniGatewayClientAsync(core, this);
    this.rootService = new MiniGatewayService(core);
  }

  /**
   * A builder with the default base URL and no credentials.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code MINI_TOKEN}, {@code MINI_GATEWAY_API_EMAIL}, {@code MINI_GATEWAY_API_KEY}, {@code MINI_GATEWAY_BASE_URL} (optional) and {@code MINI_GATEWAY_LOG} ({@code basic}, {@code headers} or {@code body}; optional).
   *
   * @return the client
   * @throws IllegalArgumentException when a variable holds an invalid value
   */
  public static MiniGatewayClient fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * The options this client runs with.
   *
   * @return the options
   */
  public ClientOptions options() {
    return core.options();
  }

  /**
   * The async twin of this client, sharing its connection pool: every call returns a
   * {@link java.util.concurrent.CompletableFuture}. Closing either closes both.
   *
   * @return the value
   */
  public MiniGatewayClientAsync async() {
    return async;
  }

  /**
   * A new client with these options changed by {@code modifier}. The new client has its own
   * connection pool unless a transport was set, and must be closed too.
   *
   * @param modifier changes the options
   * @return the new client
   */
  public MiniGatewayClient withOptions(Consumer<ClientOptions.Builder> modifier) {
    ClientOptions.Builder options = core.options().toBuilder();
    modifier.accept(options);
    return new MiniGatewayClient(options.build());
  }

  /**
   * The {@code gateways} operations.
   *
   * @return the service
   */
  public GatewaysService gateways() {
    GatewaysService result = gatewaysService;
    if (result == null) {
      synchronized (lock) {
        result = gatewaysService;
        if (result == null) {
          result = new GatewaysService(core);
          gatewaysService = result;
        }
      }
    }
    return result;
  }

  /**
   * A view of this service whose methods return the HTTP status and headers with the value.
   *
   * @return the value
   */
  public MiniGatewayService.WithRawResponse withRawResponse() {
    return root().withRawResponse();
  }

  /**
   * Checks the API is up.
   *
   * <p>{@code GET /ping}
   *
   * @param params the parameters
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Map<String, JsonNode> ping(PingParams params) {
    return root().ping(params);
  }

  /**
   * Checks the API is up.
   *
   * <p>{@code GET /ping}
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Map<String, JsonNode> ping(PingParams params, RequestOptions requestOptions) {
    return root().ping(params, requestOptions);
  }

  /**
   * Checks the API is up.
   *
   * <p>{@code GET /ping}
   *
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Map<String, JsonNode> ping() {
    return root().ping();
  }

  /**
   * Checks the API is up.
   *
   * <p>{@code GET /ping}
   *
   * @param requestOptions per-call overrides
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Map<String, JsonNode> ping(RequestOptions requestOptions) {
    return root().ping(requestOptions);
  }

  /**
   * The API version, as text.
   *
   * <p>{@code GET /version}
   *
   * @param params the parameters
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public String version(VersionParams params) {
    return root().version(params);
  }

  /**
   * The API version, as text.
   *
   * <p>{@code GET /version}
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public String version(VersionParams params, RequestOptions requestOptions) {
    return root().version(params, requestOptions);
  }

  /**
   * The API version, as text.
   *
   * <p>{@code GET /version}
   *
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public String version() {
    return root().version();
  }

  /**
   * The API version, as text.
   *
   * <p>{@code GET /version}
   *
   * @param requestOptions per-call overrides
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public String version(RequestOptions requestOptions) {
    return root().version(requestOptions);
  }

  private MiniGatewayService root() {
    return rootService;
  }

  /**
   * Releases the connection pool and threads (of both twins). Calls made afterwards fail.
   */
  @Override
  public void close() {
    core.close();
  }

  /**
   * What the builders of {@link MiniGatewayClient} and its async twin take that the spec decides: the
   * credentials and the default base URL; every other option comes from {@link ClientBuilder}.
   *
   * <p>{@code fromEnv()} reads {@code MINI_TOKEN}, {@code MINI_GATEWAY_API_EMAIL}, {@code MINI_GATEWAY_API_KEY}, {@code MINI_GATEWAY_BASE_URL} (optional) and {@code MINI_GATEWAY_LOG} ({@code basic}, {@code headers} or {@code body}; optional).
   *
   * @param <B> the concrete builder
   */
  public abstract static class BaseBuilder<B extends BaseBuilder<B>> extends ClientBuilder<B> {
    /**
     * The credentials {@code fromEnv()} reads, in the spec's order.
     */
    private static final EnvCredentials<BaseBuilder<?>> ENV_CREDENTIALS = EnvCredentials.each(
        EnvCredentials.variable("MINI_TOKEN", BaseBuilder::apiToken),
        EnvCredentials.variable("MINI_GATEWAY_API_EMAIL", BaseBuilder::apiEmail),
        EnvCredentials.variable("MINI_GATEWAY_API_KEY", BaseBuilder::apiKey));

    BaseBuilder() {
      super(ENV_PREFIX, ENV_CREDENTIALS);
      baseUrl(DEFAULT_BASE_URL);
    }

    /**
     * An API token.
     *
     * <p>Sent as {@code Authorization: Bearer <token>}; never logged. {@code fromEnv()} reads {@code MINI_TOKEN}.
     *
     * @param token the token
     * @return this builder
     */
    public B apiToken(String token) {
      return bearerToken(token);
    }

    /**
     * The account email.
     *
     * <p>Sent as header {@code X-Auth-Email}; never logged. {@code fromEnv()} reads {@code MINI_GATEWAY_API_EMAIL}.
     *
     * @param value the value
     * @return this builder
     */
    public B apiEmail(String value) {
      return secretHeader("X-Auth-Email", value);
    }

    /**
     * The global API key.
     *
     * <p>Sent as header {@code X-Auth-Key}; never logged. {@code fromEnv()} reads {@code MINI_GATEWAY_API_KEY}.
     *
     * @param value the value
     * @return this builder
     */
    public B apiKey(String value) {
      return secretHeader("X-Auth-Key", value);
    }
  }

  /**
   * Builds {@link MiniGatewayClient}: the options of {@link ClientBuilder}, the credentials of {@link BaseBuilder}; not thread-safe.
   */
  public static final class Builder extends BaseBuilder<Builder> {
    private Builder() {
    }

    /**
     * The client.
     *
     * @return the client
     * @throws IllegalArgumentException naming the option that is missing or invalid
     */
    public MiniGatewayClient build() {
      return new MiniGatewayClient(buildOptions());
    }
  }
}
