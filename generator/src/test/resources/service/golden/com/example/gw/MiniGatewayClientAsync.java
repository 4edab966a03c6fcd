package com.example.gw;

import com.example.gw.models.PingParams;
import com.example.gw.models.VersionParams;
import com.example.gw.services.GatewaysServiceAsync;
import com.example.gw.services.MiniGatewayServiceAsync;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.ClientBuilder;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.ClientOptions;
import dev.specpoet.runtime.RequestOptions;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Async client for Mini Gateway API (version 1.0.0).
 *
 * <p>A small API shaped like Cloudflare's AI Gateway.
 *
 * <p>One client is meant to be shared by all threads of an application; close it when done.
 * Every call returns a {@link java.util.concurrent.CompletableFuture}; list calls complete with an
 * {@link dev.specpoet.runtime.pagination.AsyncPage}. The blocking twin is {@link #sync()}.
 *
 * <pre>{@code
 * try (MiniGatewayClientAsync client = MiniGatewayClientAsync.builder()
 *     .apiToken(System.getenv("MINI_TOKEN"))
 *     .build()) {
 *   var result = client.ping(PingParams.builder()
 *       .build());
 *   result.join();
 * }
 * }</pre>
 *
 * <p>Or {@code MiniGatewayClientAsync.fromEnv()}: {@code MINI_TOKEN}, {@code MINI_GATEWAY_API_EMAIL}, {@code MINI_GATEWAY_API_KEY}, {@code MINI_GATEWAY_BASE_URL} (optional) and {@code MINI_GATEWAY_LOG} ({@code basic}, {@code headers} or {@code body}; optional).
 * The default base URL is {@code https://api.example.com/client/v4}.
 */
public final class MiniGatewayClientAsync implements AutoCloseable {
  /**
   * The base URL used unless another is set: the spec's first server.
   */
  public static final String DEFAULT_BASE_URL = "https://api.example.com/client/v4";

  /**
   * The prefix of the environment variables {@code fromEnv()} reads ({@code MINI_GATEWAY_BASE_URL}, {@code MINI_GATEWAY_LOG}).
   */
  public static final String ENV_PREFIX = "MINI_GATEWAY";

  private final ClientCore core;

  private final MiniGatewayClient sync;

  private final Object lock = new Object();

  private final MiniGatewayServiceAsync rootService;

  private volatile GatewaysServiceAsync gatewaysService;

  /**
   * The async twin of {@code sync}, on the same core.
   *
   * @param core the client's core: connection pool, retries and options
   * @param sync the blocking client
   */
  MiniGatewayClientAsync(ClientCore core, MiniGatewayClient sync) {
    this.core = core;
    this.sync = sync;
    this.rootService = new MiniGatewayServiceAsync(core);
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
  public static MiniGatewayClientAsync fromEnv() {
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
   * The blocking twin of this client, sharing its connection pool.
   *
   * @return the value
   */
  public MiniGatewayClient sync() {
    return sync;
  }

  /**
   * A new client with these options changed by {@code modifier}. The new client has its own
   * connection pool unless a transport was set, and must be closed too.
   *
   * @param modifier changes the options
   * @return the new client
   */
  public MiniGatewayClientAsync withOptions(Consumer<ClientOptions.Builder> modifier) {
    ClientOptions.Builder options = core.options().toBuilder();
    modifier.accept(options);
    return new MiniGatewayClient(options.build()).async();
  }

  /**
   * The {@code gateways} operations.
   *
   * @return the service
   */
  public GatewaysServiceAsync gateways() {
    GatewaysServiceAsync result = gatewaysService;
    if (result == null) {
      synchronized (lock) {
        result = gatewaysService;
        if (result == null) {
          result = new GatewaysServiceAsync(core);
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
  public MiniGatewayServiceAsync.WithRawResponse withRawResponse() {
    return root().withRawResponse();
  }

  /**
   * Checks the API is up.
   *
   * <p>{@code GET /ping}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @return a future of the result
   */
  public CompletableFuture<Map<String, JsonNode>> ping(PingParams params) {
    return root().ping(params);
  }

  /**
   * Checks the API is up.
   *
   * <p>{@code GET /ping}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return a future of the result
   */
  public CompletableFuture<Map<String, JsonNode>> ping(PingParams params,
      RequestOptions requestOptions) {
    return root().ping(params, requestOptions);
  }

  /**
   * Checks the API is up.
   *
   * <p>{@code GET /ping}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @return a future of the result
   */
  public CompletableFuture<Map<String, JsonNode>> ping() {
    return root().ping();
  }

  /**
   * Checks the API is up.
   *
   * <p>{@code GET /ping}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param requestOptions per-call overrides
   * @return a future of the result
   */
  public CompletableFuture<Map<String, JsonNode>> ping(RequestOptions requestOptions) {
    return root().ping(requestOptions);
  }

  /**
   * The API version, as text.
   *
   * <p>{@code GET /version}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @return a future of the result
   */
  public CompletableFuture<String> version(VersionParams params) {
    return root().version(params);
  }

  /**
   * The API version, as text.
   *
   * <p>{@code GET /version}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return a future of the result
   */
  public CompletableFuture<String> version(VersionParams params, RequestOptions requestOptions) {
    return root().version(params, requestOptions);
  }

  /**
   * The API version, as text.
   *
   * <p>{@code GET /version}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @return a future of the result
   */
  public CompletableFuture<String> version() {
    return root().version();
  }

  /**
   * The API version, as text.
   *
   * <p>{@code GET /version}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param requestOptions per-call overrides
   * @return a future of the result
   */
  public CompletableFuture<String> version(RequestOptions requestOptions) {
    return root().version(requestOptions);
  }

  private MiniGatewayServiceAsync root() {
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
   * Builds {@link MiniGatewayClientAsync}: the options of {@link ClientBuilder}, the credentials of {@link MiniGatewayClient.BaseBuilder}; not thread-safe.
   */
  public static final class Builder extends MiniGatewayClient.BaseBuilder<Builder> {
    private Builder() {
    }

    /**
     * The client.
     *
     * @return the client
     * @throws IllegalArgumentException naming the option that is missing or invalid
     */
    public MiniGatewayClientAsync build() {
      return new MiniGatewayClient(buildOptions()).async();
    }
  }
}
