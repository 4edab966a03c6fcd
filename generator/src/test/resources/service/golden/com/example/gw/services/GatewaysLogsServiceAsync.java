package com.example.gw.services;

import com.example.gw.models.Log;
import com.example.gw.models.LogListParams;
import dev.specpoet.runtime.ApiRequest;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.Enveloped;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.runtime.pagination.AsyncPage;
import dev.specpoet.runtime.pagination.PageNumberStrategy;
import dev.specpoet.runtime.pagination.PaginationInfo;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code gateways.logs} operations, async (every call returns a {@link java.util.concurrent.CompletableFuture}): {@code client.gateways().logs()}.
 *
 * <p>Thread-safe; obtained from the client, which owns the connection pool.
 */
public final class GatewaysLogsServiceAsync {
  private final ClientCore core;

  private final WithRawResponse withRawResponse;

  /**
   * A service over {@code core}. Applications reach services through the client; this constructor
   * is for the client and for tests.
   *
   * @param core the client's core: connection pool, retries and options
   */
  public GatewaysLogsServiceAsync(ClientCore core) {
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
   * List Gateway Logs.
   *
   * <p>{@code GET /accounts/{account_id}/gateways/{gateway_id}/logs}
   *
   * <p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @return a future of the first page
   */
  public CompletableFuture<AsyncPage<Log>> list(LogListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List Gateway Logs.
   *
   * <p>{@code GET /accounts/{account_id}/gateways/{gateway_id}/logs}
   *
   * <p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.
   *
   * <p>The future fails with the same exceptions the blocking call throws.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return a future of the first page
   */
  public CompletableFuture<AsyncPage<Log>> list(LogListParams params,
      RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    ApiRequest request;
    try {
      request = GatewaysLogsService._listRequest(params);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Enveloped<List<Log>>> call = core.executeAsync(request, GatewaysLogsService.LIST_HANDLER, requestOptions);
    CompletableFuture<AsyncPage<Log>> result = call.thenApply(response -> _listPage(params, requestOptions, response));
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        call.cancel(false);
      }
    });
    return result;
  }

  private AsyncPage<Log> _listPage(LogListParams params, RequestOptions requestOptions,
      Enveloped<List<Log>> response) {
    PaginationInfo info = PaginationInfo.fromJson(response.resultInfo());
    return AsyncPage.of(response.result(), PageNumberStrategy.of(info,
            params.page().map(Number::longValue).orElse(1L),
            params.perPage().map(Number::longValue).orElse(20L)),
            next -> list(params.toBuilder().page(next).build(), requestOptions));
  }

  /**
   * {@link GatewaysLogsServiceAsync} with the HTTP status and headers of every response: each method returns a
   * {@link dev.specpoet.runtime.RawResponse} around what the service method returns.
   */
  public final class WithRawResponse {
    private WithRawResponse() {
    }

    /**
     * List Gateway Logs.
     *
     * <p>{@code GET /accounts/{account_id}/gateways/{gateway_id}/logs}
     *
     * <p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @return the status, headers and the first page
     */
    public CompletableFuture<RawResponse<AsyncPage<Log>>> list(LogListParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * List Gateway Logs.
     *
     * <p>{@code GET /accounts/{account_id}/gateways/{gateway_id}/logs}
     *
     * <p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.
     *
     * <p>Returns the HTTP status and headers with the value.
     *
     * <p>The future fails with the same exceptions the blocking call throws.
     *
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the first page
     */
    public CompletableFuture<RawResponse<AsyncPage<Log>>> list(LogListParams params,
        RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      ApiRequest request;
      try {
        request = GatewaysLogsService._listRequest(params);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      CompletableFuture<RawResponse<Enveloped<List<Log>>>> call = core.executeRawAsync(request, GatewaysLogsService.LIST_HANDLER, requestOptions);
      CompletableFuture<RawResponse<AsyncPage<Log>>> result = call.thenApply(response -> new RawResponse<>(response.statusCode(), response.headers(),
              _listPage(params, requestOptions, response.value())));
      result.whenComplete((value, failure) -> {
        if (result.isCancelled()) {
          call.cancel(false);
        }
      });
      return result;
    }
  }
}
