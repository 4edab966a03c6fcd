package com.example.gw.services;

import com.example.gw.models.Event;
import com.example.gw.models.EventListParams;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.ApiRequest;
import dev.specpoet.runtime.ClientCore;
import dev.specpoet.runtime.Enveloped;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.runtime.ResponseHandler;
import dev.specpoet.runtime.ResponseHandlers;
import dev.specpoet.runtime.pagination.CursorStrategy;
import dev.specpoet.runtime.pagination.Page;
import dev.specpoet.runtime.pagination.PaginationInfo;
import java.util.List;
import java.util.Objects;

/**
 * The {@code gateways.events} operations: {@code client.gateways().events()}.
 *
 * <p>Thread-safe; obtained from the client, which owns the connection pool.
 */
public final class GatewaysEventsService {
  static final ResponseHandler<Enveloped<List<Event>>> LIST_HANDLER = ResponseHandlers.envelopeWithInfo("result", "result_info",
      new TypeReference<List<Event>>() {});

  private final ClientCore core;

  private final WithRawResponse withRawResponse;

  /**
   * A service over {@code core}. Applications reach services through the client; this constructor
   * is for the client and for tests.
   *
   * @param core the client's core: connection pool, retries and options
   */
  public GatewaysEventsService(ClientCore core) {
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
   * List events, newest first.
   *
   * <p>{@code GET /accounts/{account_id}/events}
   *
   * <p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.
   *
   * @param params the parameters
   * @return the first page
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Page<Event> list(EventListParams params) {
    return list(params, RequestOptions.none());
  }

  /**
   * List events, newest first.
   *
   * <p>{@code GET /accounts/{account_id}/events}
   *
   * <p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.
   *
   * @param params the parameters
   * @param requestOptions per-call overrides
   * @return the first page
   * @throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status
   * @throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached
   */
  public Page<Event> list(EventListParams params, RequestOptions requestOptions) {
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
  static ApiRequest _listRequest(EventListParams params) {
    ApiRequest.Builder request = ApiRequest.builder("eventList", "GET", "/accounts/{account_id}/events");
    request.pathParam("account_id", params.accountId());
    request.queryParam("cursor", params.cursor().orElse(null));
    request.queryParam("limit", params.limit().orElse(null));
    request.extraHeaders(params.additionalHeaders());
    request.extraQueryParams(params.additionalQueryParams());
    return request.build();
  }

  private Page<Event> _listPage(EventListParams params, RequestOptions requestOptions,
      Enveloped<List<Event>> response) {
    PaginationInfo info = PaginationInfo.fromJson(response.resultInfo());
    return Page.of(response.result(), CursorStrategy.of(response.body().at("/result_info/cursor").textValue(), info.hasMore()),
            next -> list(params.toBuilder().cursor(next).build(), requestOptions));
  }

  /**
   * {@link GatewaysEventsService} with the HTTP status and headers of every response: each method returns a
   * {@link dev.specpoet.runtime.RawResponse} around what the service method returns.
   */
  public final class WithRawResponse {
    private WithRawResponse() {
    }

    /**
     * List events, newest first.
     *
     * <p>{@code GET /accounts/{account_id}/events}
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
    public RawResponse<Page<Event>> list(EventListParams params) {
      return list(params, RequestOptions.none());
    }

    /**
     * List events, newest first.
     *
     * <p>{@code GET /accounts/{account_id}/events}
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
    public RawResponse<Page<Event>> list(EventListParams params, RequestOptions requestOptions) {
      Objects.requireNonNull(params, "params");
      Objects.requireNonNull(requestOptions, "requestOptions");
      RawResponse<Enveloped<List<Event>>> response = core.executeRaw(_listRequest(params), LIST_HANDLER, requestOptions);
      return new RawResponse<>(response.statusCode(), response.headers(), _listPage(params, requestOptions, response.value()));
    }
  }
}
