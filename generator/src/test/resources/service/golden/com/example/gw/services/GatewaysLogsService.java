package com.example.gw.services;

import com.example.gw.models.Log;
import com.example.gw.models.LogListParams;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.ApiRequest;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.Enveloped;
import dev.specpoet.runtime.QueryStyle;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.runtime.ResponseHandler;
import dev.specpoet.runtime.ResponseHandlers;
import dev.specpoet.runtime.pagination.Page;
import dev.specpoet.runtime.pagination.PageNumberStrategy;
import dev.specpoet.runtime.pagination.PaginationInfo;
import java.util.List;
import java.util.Objects;

/**
 * The {@code gateways.logs} operations: {@code client.gateways().logs()}.
 *
 * <p>Thread-safe; obtained from the client, which owns the connection pool.
 */
public final class GatewaysLogsService {
  static final ResponseHandler<Enveloped<List<Log>>> LIST_HANDLER = ResponseHandlers.envelopeWithInfo("result", "result_info",
      new TypeReference<List<Log>>() {});

  private final ClientCore core;

  private final WithRawResponse withRawResponse;

  /**
   * A service over {@code core}. Applications reach services through the client; this constructor
   * is for the client and for tests.
   *
   * @param core the client's core: connection pool, retries and options
   */
  public GatewaysLogsService(ClientCore core) {
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
   * @param params the parameters
   * @return the first page
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Page<Log> list(LogListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List Gateway Logs.
   *
   * <p>{@code GET /accounts/{account_id}/gateways/{gateway_id}/logs}
   *
   * <p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return the first page
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Page<Log> list(LogListParams params, RequestOptions requestOptions) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(requestOptions, "requestOptions");
    return _listPage(params, requestOptions, core.execute(_listRequest(params), LIST_HANDLER, requestOptions));
  }

  /**
   * The request of {@code list}, built from {@code params}.
   *
   * @param params the parameters
   * @return the request
   */
  static ApiRequest _listRequest(LogListParams params) {
    ApiRequest.Builder request = ApiRequest.builder("logList", "GET", "/accounts/{account_id}/gateways/{gateway_id}/logs");
    request.pathParam("account_id", params.accountId());
    request.pathParam("gateway_id", params.gatewayId());
    request.queryParam("filters", params.filters().orElse(null), QueryStyle.INDEXED_BRACKETS);
    request.queryParam("tags", params.tags().orElse(null), QueryStyle.FORM_NO_EXPLODE);
    request.queryParam("search", params.search().orElse(null));
    request.queryParam("page", params.page().orElse(null));
    request.queryParam("per_page", params.perPage().orElse(null));
    request.header("cf-aig-trace", params.cfAigTrace().orElse(null));
    request.extraHeaders(params.additionalHeaders());
    request.extraQueryParams(params.additionalQueryParams());
    return request.build();
  }

  private Page<Log> _listPage(LogListParams params, RequestOptions requestOptions,
      Enveloped<List<Log>> response) {
    PaginationInfo info = PaginationInfo.fromJson(response.resultInfo());
    return Page.of(response.result(), PageNumberStrategy.of(info,
            params.page().map(Number::longValue).orElse(1L),
            params.perPage().map(Number::longValue).orElse(20L)),
            next -> list(params.toBuilder().page(next).build(), requestOptions));
  }

  /**
   * {@link GatewaysLogsService} with the HTTP status and headers of every response: each method returns a
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
     * @param params the parameters
     * @return the status, headers and the first page
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Page<Log>> list(LogListParams params) {
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
     * @param params the parameters
     * @param requestOptions per-call overrides
     * @return the status, headers and the first page
     * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
     * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
     */
    public RawResponse<Page<Log>> list(LogListParams params, RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      RawResponse<Enveloped<List<Log>>> response = core.executeRaw(_listRequest(params), LIST_HANDLER, requestOptions);
      return new RawResponse<>(response.statusCode(), response.headers(), _listPage(params, requestOptions, response.value()));
    }
  }
}
