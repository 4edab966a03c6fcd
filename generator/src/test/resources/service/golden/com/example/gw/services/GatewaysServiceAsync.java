package com.example.gw.services;

import com.example.gw.models.Gateway;
import com.example.gw.models.GatewayCreateParams;
import com.example.gw.models.GatewayDeleteParams;
import com.example.gw.models.GatewayGetParams;
import com.example.gw.models.GatewayTagParams;
import dev.specpoet.runtime.ApiRequest;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.RequestOptions;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code gateways} operations, async (every call returns a {@link java.util.concurrent.CompletableFuture}): {@code client.gateways()}.
 *
 * <p>Thread-safe; obtained from the client, which owns the connection pool.
 */
public final class GatewaysServiceAsync {
  private final ClientCore core;

  private final WithRawResponse withRawResponse;

  private final Object lock = new Object();

  private volatile GatewaysLogsServiceAsync logsService;

  private volatile GatewaysEventsServiceAsync eventsService;

  private volatile GatewaysEvaluationsServiceAsync evaluationsService;

  /**
   * A service over {@code core}. Applications reach services through the client; this constructor
   * is for the client and for tests.
   *
   * @param core the client's core: connection pool, retries and options
   */
  public GatewaysServiceAsync(ClientCore core) {
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
  public GatewaysLogsServiceAsync logs() {
    GatewaysLogsServiceAsync result = logsService;
    if (result == null) {
      synchronized (lock) {
        result = logsService;
        if (result == null) {
          result = new GatewaysLogsServiceAsync(core);
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
  public GatewaysEventsServiceAsync events() {
    GatewaysEventsServiceAsync result = eventsService;
    if (result == null) {
      synchronized (lock) {
        result = eventsService;
        if (result == null) {
          result = new GatewaysEventsServiceAsync(core);
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
  public GatewaysEvaluationsServiceAsync evaluations() {
    GatewaysEvaluationsServiceAsync result = evaluationsService;
    if (result == null) {
      synchronized (lock) {
        result = evaluationsService;
        if (result == null) {
          result = new GatewaysEvaluationsServiceAsync(core);
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
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @return a future of the result
   */
  public CompletableFuture<Gateway> create(GatewayCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /**
   * Create a new Gateway.
   *
   * <p>{@code POST /accounts/{account_id}/gateways}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return a future of the result
   */
  public CompletableFuture<Gateway> create(GatewayCreateParams params,
      RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    ApiRequest request;
    try {
      request = GatewaysService._createRequest(params);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return core.executeAsync(request, GatewaysService.CREATE_HANDLER, requestOptions);
  }

  /**
   * Fetch a Gateway.
   *
   * <p>{@code GET /accounts/{account_id}/gateways/{id}}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @return a future of the result
   */
  public CompletableFuture<Gateway> get(GatewayGetParams params) {
    return get(params, RequestOptions.none());
  }

  /**
   * Fetch a Gateway.
   *
   * <p>{@code GET /accounts/{account_id}/gateways/{id}}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return a future of the result
   */
  public CompletableFuture<Gateway> get(GatewayGetParams params, RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    ApiRequest request;
    try {
      request = GatewaysService._getRequest(params);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return core.executeAsync(request, GatewaysService.GET_HANDLER, requestOptions);
  }

  /**
   * Delete a Gateway.
   *
   * <p>{@code DELETE /accounts/{account_id}/gateways/{id}}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @return a future of nothing
   */
  public CompletableFuture<Void> delete(GatewayDeleteParams params) {
    return delete(params, RequestOptions.none());
  }

  /**
   * Delete a Gateway.
   *
   * <p>{@code DELETE /accounts/{account_id}/gateways/{id}}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return a future of nothing
   */
  public CompletableFuture<Void> delete(GatewayDeleteParams params, RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    ApiRequest request;
    try {
      request = GatewaysService._deleteRequest(params);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return core.executeAsync(request, GatewaysService.DELETE_HANDLER, requestOptions);
  }

  /**
   * Replace the tags of a Gateway.
   *
   * <p>{@code PUT /accounts/{account_id}/gateways/{id}/tags}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @return a future of the result
   */
  public CompletableFuture<List<String>> tag(GatewayTagParams params) {
    return tag(params, RequestOptions.none());
  }

  /**
   * Replace the tags of a Gateway.
   *
   * <p>{@code PUT /accounts/{account_id}/gateways/{id}/tags}
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return a future of the result
   */
  public CompletableFuture<List<String>> tag(GatewayTagParams params,
      RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    ApiRequest request;
    try {
      request = GatewaysService._tagRequest(params);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return core.executeAsync(request, GatewaysService.TAG_HANDLER, requestOptions);
  }

  /**
   * {@link GatewaysServiceAsync} with the HTTP status and headers of every response: each method returns a
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
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<Gateway>> create(GatewayCreateParams params) {
      return create(params, RequestOptions.none());
    }

    /**
     * Create a new Gateway.
     *
     * <p>{@code POST /accounts/{account_id}/gateways}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<Gateway>> create(GatewayCreateParams params,
        RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      ApiRequest request;
      try {
        request = GatewaysService._createRequest(params);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      return core.executeRawAsync(request, GatewaysService.CREATE_HANDLER, requestOptions);
    }

    /**
     * Fetch a Gateway.
     *
     * <p>{@code GET /accounts/{account_id}/gateways/{id}}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<Gateway>> get(GatewayGetParams params) {
      return get(params, RequestOptions.none());
    }

    /**
     * Fetch a Gateway.
     *
     * <p>{@code GET /accounts/{account_id}/gateways/{id}}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<Gateway>> get(GatewayGetParams params,
        RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      ApiRequest request;
      try {
        request = GatewaysService._getRequest(params);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      return core.executeRawAsync(request, GatewaysService.GET_HANDLER, requestOptions);
    }

    /**
     * Delete a Gateway.
     *
     * <p>{@code DELETE /accounts/{account_id}/gateways/{id}}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @return the status, headers and nothing
     */
    public CompletableFuture<RawResponse<Void>> delete(GatewayDeleteParams params) {
      return delete(params, RequestOptions.none());
    }

    /**
     * Delete a Gateway.
     *
     * <p>{@code DELETE /accounts/{account_id}/gateways/{id}}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and nothing
     */
    public CompletableFuture<RawResponse<Void>> delete(GatewayDeleteParams params,
        RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      ApiRequest request;
      try {
        request = GatewaysService._deleteRequest(params);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      return core.executeRawAsync(request, GatewaysService.DELETE_HANDLER, requestOptions);
    }

    /**
     * Replace the tags of a Gateway.
     *
     * <p>{@code PUT /accounts/{account_id}/gateways/{id}/tags}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<List<String>>> tag(GatewayTagParams params) {
      return tag(params, RequestOptions.none());
    }

    /**
     * Replace the tags of a Gateway.
     *
     * <p>{@code PUT /accounts/{account_id}/gateways/{id}/tags}
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the result
     */
    public CompletableFuture<RawResponse<List<String>>> tag(GatewayTagParams params,
        RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      ApiRequest request;
      try {
        request = GatewaysService._tagRequest(params);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      return core.executeRawAsync(request, GatewaysService.TAG_HANDLER, requestOptions);
    }
  }
}
