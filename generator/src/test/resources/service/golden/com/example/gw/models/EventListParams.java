package com.example.gw.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code client.gateways().events().list(params)}: List events, newest first.
 *
 * <p>{@code GET /accounts/{account_id}/events}
 */
public final class EventListParams {
  private final String accountId;

  private final String cursor;

  private final Integer limit;

  private final Map<String, String> additionalHeaders;

  private final Map<String, List<String>> additionalQueryParams;

  private EventListParams(Builder builder) {
    this.accountId = builder.accountId;
    this.cursor = builder.cursor;
    this.limit = builder.limit;
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
   * Where the page starts.
   *
   * <p>Query parameter {@code cursor}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /**
   * Items per page.
   *
   * <p>Query parameter {@code limit}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
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
    if (!(other instanceof EventListParams)) {
      return false;
    }
    EventListParams that = (EventListParams) other;
    return Objects.equals(accountId, that.accountId)
            && Objects.equals(cursor, that.cursor)
            && Objects.equals(limit, that.limit)
            && Objects.equals(additionalHeaders, that.additionalHeaders)
            && Objects.equals(additionalQueryParams, that.additionalQueryParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId, cursor, limit, additionalHeaders, additionalQueryParams);
  }

  /**
   * The fields; secrets are masked and only the names of additional headers and body properties are shown.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "EventListParams{"
            + "accountId=" + accountId
            + ", cursor=" + cursor
            + ", limit=" + limit
            + ", additionalHeaders=" + additionalHeaders.keySet()
            + ", additionalQueryParams=" + additionalQueryParams
            + "}";
  }

  /**
   * Builds {@link EventListParams}; not thread-safe.
   */
  public static final class Builder {
    private String accountId;

    private String cursor;

    private Integer limit;

    private final Map<String, String> additionalHeaders = new LinkedHashMap<>();

    private final Map<String, List<String>> additionalQueryParams = new LinkedHashMap<>();

    private Builder() {
    }

    private Builder(EventListParams params) {
      this.accountId = params.accountId;
      this.cursor = params.cursor;
      this.limit = params.limit;
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
     * Where the page starts.
     *
     * <p>Query parameter {@code cursor}; optional.
     *
     * @param cursor the value
     * @return this builder
     */
    public Builder cursor(String cursor) {
      this.cursor = cursor;
      return this;
    }

    /**
     * Items per page.
     *
     * <p>Query parameter {@code limit}; optional.
     *
     * @param limit the value
     * @return this builder
     */
    public Builder limit(Integer limit) {
      this.limit = limit;
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
     * @throws IllegalStateException when a required field is not set: {@code account_id}
     */
    public EventListParams build() {
      List<String> missing = new ArrayList<>();
      if (accountId == null || accountId.isEmpty()) {
        missing.add("account_id");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("EventListParams is missing required " + String.join(", ", missing)
                + ": set them on the builder before build() (path parameters must not be empty)");
      }
      return new EventListParams(this);
    }
  }
}
