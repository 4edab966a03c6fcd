package com.example.gw.services;

import com.example.gw.models.Evaluation;
import com.example.gw.models.EvaluationListParams;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.ApiRequest;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.Enveloped;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.runtime.ResponseHandler;
import dev.specpoet.runtime.ResponseHandlers;
import dev.specpoet.runtime.pagination.OffsetStrategy;
import dev.specpoet.runtime.pagination.Page;
import dev.specpoet.runtime.pagination.PaginationInfo;
import java.util.List;
import java.util.Objects;

/**
 * The {@code gateways.evaluations} operations: {@code client.gateways().evaluations()}.
 *
 * <p>Thread-safe; obtained from the client, which owns the connection pool.
 */
public final class GatewaysEvaluationsService {
  static final ResponseHandler<Enveloped<List<Evaluation>>> LIST_HANDLER = ResponseHandlers.envelopeWithInfo("result", "result_info",
      new TypeReference<List<Evaluation>>() {});

  private final ClientCore core;

  private final WithRawResponse withRawResponse;

  /**
   * A service over {@code core}. Applications reach services through the client; this constructor
   * is for the client and for tests.
   *
   * @param core the client's core: connection pool, retries and options
   */
  public GatewaysEvaluationsService(ClientCore core) {
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
   * List evaluations.
   *
   * <p>{@code GET /accounts/{account_id}/evaluations}
   *
   * <p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.
   *
   * @param params the parameters
   * @return the first page
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Page<Evaluation> list(EvaluationListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List evaluations.
   *
   * <p>{@code GET /accounts/{account_id}/evaluations}
   *
   * <p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return the first page
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Page<Evaluation> list(EvaluationListParams params, RequestOptions requestOptions) {
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
  static ApiRequest _listRequest(EvaluationListParams params) {
    ApiRequest.Builder request = ApiRequest.builder("evaluationList", "GET", "/accounts/{account_id}/evaluations");
    request.pathParam("account_id", params.accountId());
    request.queryParam("offset", params.offset().orElse(null));
    request.queryParam("limit", params.limit().orElse(null));
    request.extraHeaders(params.additionalHeaders());
    request.extraQueryParams(params.additionalQueryParams());
    return request.build();
  }

  private Page<Evaluation> _listPage(EvaluationListParams params, RequestOptions requestOptions,
      Enveloped<List<Evaluation>> response) {
    PaginationInfo info = PaginationInfo.fromJson(response.resultInfo());
    return Page.of(response.result(), OffsetStrategy.of(info,
            params.offset().map(Number::longValue).orElse(0L),
            params.limit().map(Number::longValue).orElse(null)),
            next -> list(params.toBuilder().offset(Math.toIntExact(next)).build(), requestOptions));
  }

  /**
   * {@link GatewaysEvaluationsService} with the HTTP status and headers of every response: each method returns a
   * {@link dev.specpoet.runtime.RawResponse} around what the service method returns.
   */
  public final class WithRawResponse {
    private WithRawResponse() {
    }

    /**
     * List evaluations.
     *
     * <p>{@code GET /accounts/{account_id}/evaluations}
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
    public RawResponse<Page<Evaluation>> list(EvaluationListParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * List evaluations.
     *
     * <p>{@code GET /accounts/{account_id}/evaluations}
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
    public RawResponse<Page<Evaluation>> list(EvaluationListParams params,
        RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      RawResponse<Enveloped<List<Evaluation>>> response = core.executeRaw(_listRequest(params), LIST_HANDLER, requestOptions);
      return new RawResponse<>(response.statusCode(), response.headers(), _listPage(params, requestOptions, response.value()));
    }
  }
}
