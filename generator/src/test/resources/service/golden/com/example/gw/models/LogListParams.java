package com.example.gw.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code client.gateways().logs().list(params)}: List Gateway Logs.
 *
 * <p>{@code GET /accounts/{account_id}/gateways/{gateway_id}/logs}
 */
public final class LogListParams {
  private final String accountId;

  private final String gatewayId;

  private final List<LogFilter> filters;

  private final List<String> tags;

  private final String search;

  private final Long page;

  private final Integer perPage;

  private final String cfAigTrace;

  private final Map<String, String> additionalHeaders;

  private final Map<String, List<String>> additionalQueryParams;

  private LogListParams(Builder builder) {
    this.accountId = builder.accountId;
    this.gatewayId = builder.gatewayId;
    this.filters = builder.filters == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.filters));
    this.tags = builder.tags == null ? null : Collections.unmodifiableList(new ArrayList<>(builder.tags));
    this.search = builder.search;
    this.page = builder.page;
    this.perPage = builder.perPage;
    this.cfAigTrace = builder.cfAigTrace;
    this.additionalHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalHeaders));
    Map<String, List<String>> query = new LinkedHashMap<>();
    builder.additionalQueryParams.forEach((name, values) -> query.put(name, List.copyOf(values)));
    this.additionalQueryParams = Collections.unmodifiableMap(query);
  }

  /**
   * The account.
   *
   * <p>Path parameter {@code account_id}; required.
   *
   * @return the value
   */
  public String accountId() {
    return accountId;
  }

  /**
   * The gateway.
   *
   * <p>Path parameter {@code gateway_id}; required.
   *
   * @return the value
   */
  public String gatewayId() {
    return gatewayId;
  }

  /**
   * Filters, sent as filters[0][key]=...
   *
   * <p>Query parameter {@code filters}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<List<LogFilter>> filters() {
    return Optional.ofNullable(filters);
  }

  /**
   * Tags, comma-separated.
   *
   * <p>Query parameter {@code tags}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<List<String>> tags() {
    return Optional.ofNullable(tags);
  }

  /**
   * Full-text search.
   *
   * <p>Query parameter {@code search}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<String> search() {
    return Optional.ofNullable(search);
  }

  /**
   * Page number, from 1.
   *
   * <p>Query parameter {@code page}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<Long> page() {
    return Optional.ofNullable(page);
  }

  /**
   * Items per page.
   *
   * <p>Query parameter {@code per_page}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<Integer> perPage() {
    return Optional.ofNullable(perPage);
  }

  /**
   * A trace id echoed in the logs.
   *
   * <p>Header {@code cf-aig-trace}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<String> cfAigTrace() {
    return Optional.ofNullable(cfAigTrace);
  }

  /**
   * Headers sent in addition to the documented ones (for API features the spec does not describe).
   *
   * @return the value
   */
  public Map<String, String> additionalHeaders() {
    return additionalHeaders;
  }

  /**
   * Query parameters sent in addition to the documented ones.
   *
   * @return the value
   */
  public Map<String, List<String>> additionalQueryParams() {
    return additionalQueryParams;
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding a copy of these params.
   *
   * @return this builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof LogListParams)) {
      return false;
    }
    LogListParams that = (LogListParams) other;
    return Objects.equals(accountId, that.accountId)
            && Objects.equals(gatewayId, that.gatewayId)
            && Objects.equals(filters, that.filters)
            && Objects.equals(tags, that.tags)
            && Objects.equals(search, that.search)
            && Objects.equals(page, that.page)
            && Objects.equals(perPage, that.perPage)
            && Objects.equals(cfAigTrace, that.cfAigTrace)
            && Objects.equals(additionalHeaders, that.additionalHeaders)
            && Objects.equals(additionalQueryParams, that.additionalQueryParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId, gatewayId, filters, tags, search, page, perPage, cfAigTrace, additionalHeaders, additionalQueryParams);
  }

  /**
   * The fields; secrets are masked and only the names of additional headers and body properties are shown.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "LogListParams{"
            + "accountId=" + accountId
            + ", gatewayId=" + gatewayId
            + ", filters=" + filters
            + ", tags=" + tags
            + ", search=" + search
            + ", page=" + page
            + ", perPage=" + perPage
            + ", cfAigTrace=" + cfAigTrace
            + ", additionalHeaders=" + additionalHeaders.keySet()
            + ", additionalQueryParams=" + additionalQueryParams
            + "}";
  }

  /**
   * Builds {@link LogListParams}; not thread-safe.
   */
  public static final class Builder {
    private String accountId;

    private String gatewayId;

    private List<LogFilter> filters;

    private List<String> tags;

    private String search;

    private Long page;

    private Integer perPage;

    private String cfAigTrace;

    private final Map<String, String> additionalHeaders = new LinkedHashMap<>();

    private final Map<String, List<String>> additionalQueryParams = new LinkedHashMap<>();

    private Builder() {
    }

    private Builder(LogListParams params) {
      this.accountId = params.accountId;
      this.gatewayId = params.gatewayId;
      this.filters = params.filters;
      this.tags = params.tags;
      this.search = params.search;
      this.page = params.page;
      this.perPage = params.perPage;
      this.cfAigTrace = params.cfAigTrace;
      this.additionalHeaders.putAll(params.additionalHeaders);
      params.additionalQueryParams.forEach((name, values) -> this.additionalQueryParams.put(name, new ArrayList<>(values)));
    }

    /**
     * The account.
     *
     * <p>Path parameter {@code account_id}; required.
     *
     * @param accountId the value
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = accountId;
      return this;
    }

    /**
     * The gateway.
     *
     * <p>Path parameter {@code gateway_id}; required.
     *
     * @param gatewayId the value
     * @return this builder
     */
    public Builder gatewayId(String gatewayId) {
      this.gatewayId = gatewayId;
      return this;
    }

    /**
     * Filters, sent as filters[0][key]=...
     *
     * <p>Query parameter {@code filters}; optional.
     *
     * @param filters the value
     * @return this builder
     */
    public Builder filters(List<LogFilter> filters) {
      this.filters = filters;
      return this;
    }

    /**
     * Tags, comma-separated.
     *
     * <p>Query parameter {@code tags}; optional.
     *
     * @param tags the value
     * @return this builder
     */
    public Builder tags(List<String> tags) {
      this.tags = tags;
      return this;
    }

    /**
     * Full-text search.
     *
     * <p>Query parameter {@code search}; optional.
     *
     * @param search the value
     * @return this builder
     */
    public Builder search(String search) {
      this.search = search;
      return this;
    }

    /**
     * Page number, from 1.
     *
     * <p>Query parameter {@code page}; optional.
     *
     * @param page the value
     * @return this builder
     */
    public Builder page(Long page) {
      this.page = page;
      return this;
    }

    /**
     * Items per page.
     *
     * <p>Query parameter {@code per_page}; optional.
     *
     * @param perPage the value
     * @return this builder
     */
    public Builder perPage(Integer perPage) {
      this.perPage = perPage;
      return this;
    }

    /**
     * A trace id echoed in the logs.
     *
     * <p>Header {@code cf-aig-trace}; optional.
     *
     * @param cfAigTrace the value
     * @return this builder
     */
    public Builder cfAigTrace(String cfAigTrace) {
      this.cfAigTrace = cfAigTrace;
      return this;
    }

    /**
     * Sends header {@code name} with {@code value} (replacing a previous value), for features the spec does not describe.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder putAdditionalHeader(String name, String value) {
      additionalHeaders.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Replaces all additional headers.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder additionalHeaders(Map<String, String> headers) {
      additionalHeaders.clear();
      headers.forEach(this::putAdditionalHeader);
      return this;
    }

    /**
     * Adds query parameter {@code name=value} (a repeated name adds another value), for features the spec does not describe.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder putAdditionalQueryParam(String name, String value) {
      additionalQueryParams.computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new ArrayList<>()).add(Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Replaces all additional query parameters.
     *
     * @param params the parameters
     * @return this builder
     */
    public Builder additionalQueryParams(Map<String, List<String>> params) {
      additionalQueryParams.clear();
      params.forEach((name, values) -> values.forEach(value -> putAdditionalQueryParam(name, value)));
      return this;
    }

    /**
     * The params.
     *
     * @return the params
     * @throws IllegalStateException when a required field is not set: {@code account_id}, {@code gateway_id}
     */
    public LogListParams build() {
      List<String> missing = new ArrayList<>();
      if (accountId == null || accountId.isEmpty()) {
        missing.add("account_id");
      }
      if (gatewayId == null || gatewayId.isEmpty()) {
        missing.add("gateway_id");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("LogListParams is missing required " + String.join(", ", missing)
                + ": set them on the builder before build() (path parameters must not be empty)");
      }
      return new LogListParams(this);
    }
  }
}
