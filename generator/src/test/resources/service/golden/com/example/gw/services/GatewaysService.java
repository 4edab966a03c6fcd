package com.example.gw.services;

import com.example.gw.models.Gateway;
import com.example.gw.models.GatewayCreateParams;
import com.example.gw.models.GatewayDeleteParams;
import com.example.gw.models.GatewayGetParams;
import com.example.gw.models.GatewayTagParams;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.ApiRequest;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.runtime.ResponseHandler;
import dev.specpoet.runtime.ResponseHandlers;
import java.util.List;
import java.util.Objects;

/**
 * The {@code gateways} operations: {@code client.gateways()}.
 *
 * <p>Thread-safe; obtained from the client, which owns the connection pool.
 */
public final class GatewaysService {
  static final ResponseHandler<Gateway> CREATE_HANDLER = ResponseHandlers.envelope("result",
      new TypeReference<Gateway>() {});

  static final ResponseHandler<Gateway> GET_HANDLER = ResponseHandlers.envelope("result",
      new TypeReference<Gateway>() {});

  static final ResponseHandler<Void> DELETE_HANDLER = ResponseHandlers.discard();

  static final ResponseHandler<List<String>> TAG_HANDLER = ResponseHandlers.envelope("result",
      new TypeReference<List<String>>() {});

  private final ClientCore core;

  private final WithRawResponse withRawResponse;

  private final Object lock = new Object();

  private volatile GatewaysLogsService logsService;

  private volatile GatewaysEventsService eventsService;

  private volatile GatewaysEvaluationsService evaluationsService;

  /**
   * A service over {@code core}. Applications reach services through the client; this constructor
   * is for the client and for tests.
   *
   * @param core the client's core: connection pool, retries and options
   */
  public GatewaysService(ClientCore core) {
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
   * The {@code gateways.logs} operations.
   *
   * @return the service
   */
  public GatewaysLogsService logs() {
    GatewaysLogsService result = logsService;
    if (result == null) {
      synchronized (lock) {
        result = logsService;
        if (result == null) {
          result = new GatewaysLogsService(core);
          logsService = result;
        }
      }
    }
    return result;
  }

  /**
   * The {@code gateways.events} operations.
   *
   * @return the service
   */
  public GatewaysEventsService events() {
    GatewaysEventsService result = eventsService;
    if (result == null) {
      synchronized (lock) {
        result = eventsService;
        if (result == null) {
          result = new GatewaysEventsService(core);
          eventsService = result;
        }
      }
    }
    return result;
  }

  /**
   * The {@code gateways.evaluations} operations.
   *
   * @return the service
   */
  public GatewaysEvaluationsService evaluations() {
    GatewaysEvaluationsService result = evaluationsService;
    if (result == null) {
      synchronized (lock) {
        result = evaluationsService;
        if (result == null) {
          result = new GatewaysEvaluationsService(core);
          evaluationsService = result;
        }
      }
    }
    return result;
  }

  /**
   * Create a new Gateway.
   *
   * <p>{@code POST /accounts/{account_id}/gateways}
   *
   * @param params the parameters
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Gateway create(GatewayCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Create a new Gateway.
   *
   * <p>{@code POST /accounts/{account_id}/gateways}
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Gateway create(GatewayCreateParams params, RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    return core.execute(_createRequest(params), CREATE_HANDLER, requestOptions);
  }

  /**
   * The request of {@code create}, built from {@code params}.
   *
   * @param params the parameters
   * @return the request
   */
  static ApiRequest _createRequest(GatewayCreateParams params) {
    ApiRequest.Builder request = ApiRequest.builder("gatewayCreate", "POST", "/accounts/{account_id}/gateways");
    request.pathParam("account_id", params.accountId());
    request.jsonBody(params._body());
    request.extraHeaders(params.additionalHeaders());
    request.extraQueryParams(params.additionalQueryParams());
    return request.build();
  }

  /**
   * Fetch a Gateway.
   *
   * <p>{@code GET /accounts/{account_id}/gateways/{id}}
   *
   * @param params the parameters
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Gateway get(GatewayGetParams params) {
    return get(params, RequestOptions.none());
  }

  /**
   * Fetch a Gateway.
   *
   * <p>{@code GET /accounts/{account_id}/gateways/{id}}
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Gateway get(GatewayGetParams params, RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    return core.execute(_getRequest(params), GET_HANDLER, requestOptions);
  }

  /**
   * The request of {@code get}, built from {@code params}.
   *
   * @param params the parameters
   * @return the request
   */
  static ApiRequest _getRequest(GatewayGetParams params) {
    ApiRequest.Builder request = ApiRequest.builder("gatewayGet", "GET", "/accounts/{account_id}/gateways/{id}");
    request.pathParam("account_id", params.accountId());
    request.pathParam("id", params.id());
    request.extraHeaders(params.additionalHeaders());
    request.extraQueryParams(params.additionalQueryParams());
    return request.build();
  }

  /**
   * Delete a Gateway.
   *
   * <p>{@code DELETE /accounts/{account_id}/gateways/{id}}
   *
   * @param params the parameters
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public void delete(GatewayDeleteParams params) {
    delete(params, RequestOptions.none());
  }

  /**
   * Delete a Gateway.
   *
   * <p>{@code DELETE /accounts/{account_id}/gateways/{id}}
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public void delete(GatewayDeleteParams params, RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    core.execute(_deleteRequest(params), DELETE_HANDLER, requestOptions);
  }

  /**
   * The request of {@code delete}, built from {@code params}.
   *
   * @param params the parameters
   * @return the request
   */
  static ApiRequest _deleteRequest(GatewayDeleteParams params) {
    ApiRequest.Builder request = ApiRequest.builder("gatewayDelete", "DELETE", "/accounts/{account_id}/gateways/{id}");
    request.pathParam("account_id", params.accountId());
    request.pathParam("id", params.id());
    request.extraHeaders(params.additionalHeaders());
    request.extraQueryParams(params.additionalQueryParams());
    return request.build();
  }

  /**
   * Replace the tags of a Gateway.
   *
   * <p>{@code PUT /accounts/{account_id}/gateways/{id}/tags}
   *
   * @param params the parameters
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public List<String> tag(GatewayTagParams params) {
    return tag(params, RequestOptions.none());
  }

  /**
   * Replace the tags of a Gateway.
   *
   * <p>{@code PUT /accounts/{account_id}/gateways/{id}/tags}
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return the result
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public List<String> tag(GatewayTagParams params, RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    return core.execute(_tagRequest(params), TAG_HANDLER, requestOptions);
  }

  /**
   * The request of {@code tag}, built from {@code params}.
   *
   * @param params the parameters
   * @return the request
   */
  static ApiRequest _tagRequest(GatewayTagParams params) {
    ApiRequest.Builder request = ApiRequest.builder("gatewayTag", "PUT", "/accounts/{account_id}/gateways/{id}/tags");
    request.pathParam("account_id", params.accountId());
    request.pathParam("id", params.id());
    request.jsonBody(params._body());
    request.extraHeaders(params.additionalHeaders());
    request.extraQueryParams(params.additionalQueryParams());
    return request.build();
  }

  /**
   * {@link GatewaysService} with the HTTP status and headers of every response: each method returns a
   * {@link dev.specpoet.runtime.RawResponse} around what the service method returns.
   */
  public final class WithRawResponse {
    private WithRawResponse() {
    }

    /**
     * Create a new Gateway.
     *
     * <p>{@code POST /accounts/{account_id}/gateways}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Gateway> create(GatewayCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Create a new Gateway.
     *
     * <p>{@code POST /accounts/{account_id}/gateways}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Gateway> create(GatewayCreateParams params, RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      return core.executeRaw(_createRequest(params), CREATE_HANDLER, requestOptions);
    }

    /**
     * Fetch a Gateway.
     *
     * <p>{@code GET /accounts/{account_id}/gateways/{id}}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Gateway> get(GatewayGetParams params) {
      return get(params, RequestOptions.none());
    }

    /**
     * Fetch a Gateway.
     *
     * <p>{@code GET /accounts/{account_id}/gateways/{id}}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Gateway> get(GatewayGetParams params, RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      return core.executeRaw(_getRequest(params), GET_HANDLER, requestOptions);
    }

    /**
     * Delete a Gateway.
     *
     * <p>{@code DELETE /accounts/{account_id}/gateways/{id}}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @return the status, headers and nothing
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Void> delete(GatewayDeleteParams params) {
      return delete(params, RequestOptions.none());
    }

    /**
     * Delete a Gateway.
     *
     * <p>{@code DELETE /accounts/{account_id}/gateways/{id}}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and nothing
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Void> delete(GatewayDeleteParams params, RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      return core.executeRaw(_deleteRequest(params), DELETE_HANDLER, requestOptions);
    }

    /**
     * Replace the tags of a Gateway.
     *
     * <p>{@code PUT /accounts/{account_id}/gateways/{id}/tags}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<List<String>> tag(GatewayTagParams params) {
      return tag(params, RequestOptions.none());
    }

    /**
     * Replace the tags of a Gateway.
     *
     * <p>{@code PUT /accounts/{account_id}/gateways/{id}/tags}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<List<String>> tag(GatewayTagParams params, RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      return core.executeRaw(_tagRequest(params), TAG_HANDLER, requestOptions);
    }
  }
}
