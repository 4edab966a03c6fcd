package com.example.gw.services;

import com.example.gw.models.PingParams;
import com.example.gw.models.VersionParams;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.ApiRequest;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.RequestOptions;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The operations that belong to no group, async.
 *
 * <p>Thread-safe; obtained from the client, which owns the connection pool.
 */
public final class MiniGatewayServiceAsync {
  private final ClientCore core;

  private final WithRawResponse withRawResponse;

  /**
   * A service over {@code core}. Applications reach services through the client; this constructor
   * is for the client and for tests.
   *
   * @param core the client's core: connection pool, retries and options
   */
  public MiniGatewayServiceAsync(ClientCore core) {
    this.core = Objects.requireNonNull(core, "core");
    this.withRawResponse = new WithRawResponse();
  }

  /**
   * A view of this service whose methods return the HTTP status and headers with the value.
   *
   * @return the value
   */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
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
    return ping(params, RequestOptions.none());
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
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    ApiRequest request;
    try {
      request = MiniGatewayService._pingRequest(params);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return core.executeAsync(request, MiniGatewayService.PING_HANDLER, requestOptions);
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
    return ping(PingParams.builder().build(), RequestOptions.none());
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
    return ping(PingParams.builder().build(), requestOptions);
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
    return version(params, RequestOptions.none());
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
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    ApiRequest request;
    try {
      request = MiniGatewayService._versionRequest(params);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return core.executeAsync(request, MiniGatewayService.VERSION_HANDLER, requestOptions);
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
    return version(VersionParams.builder().build(), RequestOptions.none());
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
    return version(VersionParams.builder().build(), requestOptions);
  }

  /**
   * {@link MiniGatewayServiceAsync} with the HTTP status and headers of every response: each method returns a
   * {@link dev.specpoet.runtime.RawResponse} around what the service method returns.
   */
  public final class WithRawResponse {
    private WithRawResponse() {
    }

    /**
     * Checks the API is up.
     *
     * <p>{@code GET /ping}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<Map<String, JsonNode>>> ping(PingParams params) {
      return ping(params, RequestOptions.none());
    }

    /**
     * Checks the API is up.
     *
     * <p>{@code GET /ping}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<Map<String, JsonNode>>> ping(PingParams params,
        RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      ApiRequest request;
      try {
        request = MiniGatewayService._pingRequest(params);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      return core.executeRawAsync(request, MiniGatewayService.PING_HANDLER, requestOptions);
    }

    /**
     * Checks the API is up.
     *
     * <p>{@code GET /ping}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<Map<String, JsonNode>>> ping() {
      return ping(PingParams.builder().build(), RequestOptions.none());
    }

    /**
     * Checks the API is up.
     *
     * <p>{@code GET /ping}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<Map<String, JsonNode>>> ping(
        RequestOptions requestOptions) {
      return ping(PingParams.builder().build(), requestOptions);
    }

    /**
     * The API version, as text.
     *
     * <p>{@code GET /version}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<String>> version(VersionParams params) {
      return version(params, RequestOptions.none());
    }

    /**
     * The API version, as text.
     *
     * <p>{@code GET /version}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<String>> version(VersionParams params,
        RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      ApiRequest request;
      try {
        request = MiniGatewayService._versionRequest(params);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      return core.executeRawAsync(request, MiniGatewayService.VERSION_HANDLER, requestOptions);
    }

    /**
     * The API version, as text.
     *
     * <p>{@code GET /version}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<String>> version() {
      return version(VersionParams.builder().build(), RequestOptions.none());
    }

    /**
     * The API version, as text.
     *
     * <p>{@code GET /version}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<String>> version(RequestOptions requestOptions) {
      return version(VersionParams.builder().build(), requestOptions);
    }
  }
}
