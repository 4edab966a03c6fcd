package com.example.gw.services;

import com.example.gw.models.PingParams;
import com.example.gw.models.VersionParams;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.ApiRequest;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.runtime.ResponseContext;
import dev.specpoet.runtime.ResponseHandler;
import dev.specpoet.runtime.ResponseHandlers;
import java.util.Map;
import java.util.Objects;

/**
 * The operations that belong to no group.
 *
 * <p>Thread-safe; obtained from the client, which owns the connection pool.
 */
public final class MiniGatewayService {
  static final ResponseHandler<Map<String, JsonNode>> PING_HANDLER = ResponseHandlers.json(
      new TypeReference<Map<String, JsonNode>>() {});

  static final ResponseHandler<String> VERSION_HANDLER = ResponseContext::bodyString;

  private final ClientCore core;

  private final WithRawResponse withRawResponse;

  /**
   * A service over {@code core}. Applications reach services through the client; this constructor
   * is for the client and for tests.
   *
   * @param core the client's core: connection pool, retries and options
   */
  public MiniGatewayService(ClientCore core) {
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
   * @param params the parameters
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Map<String, JsonNode> ping(PingParams params) {
    return ping(params, RequestOptions.none());
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
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    return core.execute(_pingRequest(params), PING_HANDLER, requestOptions);
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
    return ping(PingParams.builder().build(), RequestOptions.none());
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
    return ping(PingParams.builder().build(), requestOptions);
  }

  /**
   * The request of {@code ping}, built from {@code params}.
   *
   * @param params the parameters
   * @return the request
   */
  static ApiRequest _pingRequest(PingParams params) {
    ApiRequest.Builder request = ApiRequest.builder("ping", "GET", "/ping");
    request.extraHeaders(params.additionalHeaders());
    request.extraQueryParams(params.additionalQueryParams());
    return request.build();
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
    return version(params, RequestOptions.none());
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
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    return core.execute(_versionRequest(params), VERSION_HANDLER, requestOptions);
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
    return version(VersionParams.builder().build(), RequestOptions.none());
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
    return version(VersionParams.builder().build(), requestOptions);
  }

  /**
   * The request of {@code version}, built from {@code params}.
   *
   * @param params the parameters
   * @return the request
   */
  static ApiRequest _versionRequest(VersionParams params) {
    ApiRequest.Builder request = ApiRequest.builder("version", "GET", "/version");
    request.extraHeaders(params.additionalHeaders());
    request.extraQueryParams(params.additionalQueryParams());
    return request.build();
  }

  /**
   * {@link MiniGatewayService} with the HTTP status and headers of every response: each method returns a
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
     * @param params the parameters
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Map<String, JsonNode>> ping(PingParams params) {
      return ping(params, RequestOptions.none());
    }

    /**
     * Checks the API is up.
     *
     * <p>{@code GET /ping}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Map<String, JsonNode>> ping(PingParams params,
        RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      return core.executeRaw(_pingRequest(params), PING_HANDLER, requestOptions);
    }

    /**
     * Checks the API is up.
     *
     * <p>{@code GET /ping}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Map<String, JsonNode>> ping() {
      return ping(PingParams.builder().build(), RequestOptions.none());
    }

    /**
     * Checks the API is up.
     *
     * <p>{@code GET /ping}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Map<String, JsonNode>> ping(RequestOptions requestOptions) {
      return ping(PingParams.builder().build(), requestOptions);
    }

    /**
     * The API version, as text.
     *
     * <p>{@code GET /version}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<String> version(VersionParams params) {
      return version(params, RequestOptions.none());
    }

    /**
     * The API version, as text.
     *
     * <p>{@code GET /version}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<String> version(VersionParams params, RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      return core.executeRaw(_versionRequest(params), VERSION_HANDLER, requestOptions);
    }

    /**
     * The API version, as text.
     *
     * <p>{@code GET /version}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<String> version() {
      return version(VersionParams.builder().build(), RequestOptions.none());
    }

    /**
     * The API version, as text.
     *
     * <p>{@code GET /version}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<String> version(RequestOptions requestOptions) {
      return version(VersionParams.builder().build(), requestOptions);
    }
  }
}
