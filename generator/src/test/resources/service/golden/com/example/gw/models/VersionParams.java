package com.example.gw.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Parameters of {@code client.version(params)}: The API version, as text.
 *
 * <p>{@code GET /version}
 */
public final class VersionParams {
  private final Map<String, String> additionalHeaders;

  private final Map<String, List<String>> additionalQueryParams;

  private VersionParams(Builder builder) {
    this.additionalHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalHeaders));
    Map<String, List<String>> query = new LinkedHashMap<>();
    builder.additionalQueryParams.forEach((name, values) -> query.put(name, List.copyOf(values)));
    this.additionalQueryParams = Collections.unmodifiableMap(query);
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
    if (!(other instanceof VersionParams)) {
      return false;
    }
    VersionParams that = (VersionParams) other;
    return Objects.equals(additionalHeaders, that.additionalHeaders)
            && Objects.equals(additionalQueryParams, that.additionalQueryParams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(additionalHeaders, additionalQueryParams);
  }

  /**
   * The fields; secrets are masked and only the names of additional headers and body properties are shown.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "VersionParams{"
            + "additionalHeaders=" + additionalHeaders.keySet()
            + ", additionalQueryParams=" + additionalQueryParams
            + "}";
  }

  /**
   * Builds {@link VersionParams}; not thread-safe.
   */
  public static final class Builder {
    private final Map<String, String> additionalHeaders = new LinkedHashMap<>();

    private final Map<String, List<String>> additionalQueryParams = new LinkedHashMap<>();

    private Builder() {
    }

    private Builder(VersionParams params) {
      this.additionalHeaders.putAll(params.additionalHeaders);
      params.additionalQueryParams.forEach((name, values) -> this.additionalQueryParams.put(name, new ArrayList<>(values)));
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
     */
    public VersionParams build() {
      return new VersionParams(this);
    }
  }
}
