package com.example.gw.models;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.specpoet.runtime.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters of {@code client.gateways().create(params)}: Create a new Gateway.
 *
 * <p>{@code POST /accounts/{account_id}/gateways}
 */
public final class GatewayCreateParams {
  private final String accountId;

  private final String id;

  private final Integer cacheTtl;

  private final Boolean collectLogs;

  private final String rateLimitingTechnique;

  private final String logpushPublicKey;

  private final Map<String, String> additionalHeaders;

  private final Map<String, List<String>> additionalQueryParams;

  private final Map<String, Object> additionalBodyProperties;

  /**
   * JSON names of the nullable fields that were set, so that an explicit null is sent.
   */
  private final Set<String> _present;

  private GatewayCreateParams(Builder builder) {
    this.accountId = builder.accountId;
    this.id = builder.id;
    this.cacheTtl = builder.cacheTtl;
    this.collectLogs = builder.collectLogs;
    this.rateLimitingTechnique = builder.rateLimitingTechnique;
    this.logpushPublicKey = builder.logpushPublicKey;
    this.additionalHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalHeaders));
    Map<String, List<String>> query = new LinkedHashMap<>();
    builder.additionalQueryParams.forEach((name, values) -> query.put(name, List.copyOf(values)));
    this.additionalQueryParams = Collections.unmodifiableMap(query);
    this.additionalBodyProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalBodyProperties));
    this._present = Set.copyOf(builder._present);
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
   * gateway id
   *
   * <p>Body property {@code id}; required.
   *
   * @return the value
   */
  public String id() {
    return id;
  }

  /**
   * Cache time to live in seconds; null: no caching.
   *
   * <p>Body property {@code cache_ttl}; required, may be null.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<Integer> cacheTtl() {
    return Optional.ofNullable(cacheTtl);
  }

  /**
   * Whether logs are kept.
   *
   * <p>Body property {@code collect_logs}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<Boolean> collectLogs() {
    return Optional.ofNullable(collectLogs);
  }

  /**
   * fixed or sliding; null clears it.
   *
   * <p>Body property {@code rate_limiting_technique}; optional (set to null to send an explicit null).
   *
   * @return the value, or empty when it is not set
   */
  public Optional<String> rateLimitingTechnique() {
    return Optional.ofNullable(rateLimitingTechnique);
  }

  /**
   * The key &lt;b&gt;logpush&lt;/b&gt; encrypts with &#64;since v2 *&#47;.
   *
   * <p>Body property {@code logpush_public_key}; optional.
   *
   * @return the value, or empty when it is not set
   */
  public Optional<String> logpushPublicKey() {
    return Optional.ofNullable(logpushPublicKey);
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
   * Body properties sent in addition to the documented ones (they win over a documented field of the same name).
   *
   * @return the value
   */
  public Map<String, Object> additionalBodyProperties() {
    return additionalBodyProperties;
  }

  /**
   * The JSON body the generated service sends: the documented fields that are set (a nullable field set to
   * null is sent as null) and the additional body properties. Not meant for application code.
   *
   * @return the value
   */
  public ObjectNode _body() {
    ObjectNode body = Json.mapper().createObjectNode();
    if (id != null) {
      body.set("id", Json.mapper().valueToTree(id));
    }
    if (cacheTtl != null || _present.contains("cache_ttl")) {
      body.set("cache_ttl", Json.mapper().valueToTree(cacheTtl));
    }
    if (collectLogs != null) {
      body.set("collect_logs", Json.mapper().valueToTree(collectLogs));
    }
    if (rateLimitingTechnique != null || _present.contains("rate_limiting_technique")) {
      body.set("rate_limiting_technique", Json.mapper().valueToTree(rateLimitingTechnique));
    }
    if (logpushPublicKey != null) {
      body.set("logpush_public_key", Json.mapper().valueToTree(logpushPublicKey));
    }
    additionalBodyProperties.forEach((name, value) -> body.set(name, Json.mapper().valueToTree(value)));
    return body;
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
    if (!(other instanceof GatewayCreateParams)) {
      return false;
    }
    GatewayCreateParams that = (GatewayCreateParams) other;
    return Objects.equals(accountId, that.accountId)
            && Objects.equals(id, that.id)
            && Objects.equals(cacheTtl, that.cacheTtl)
            && Objects.equals(collectLogs, that.collectLogs)
            && Objects.equals(rateLimitingTechnique, that.rateLimitingTechnique)
            && Objects.equals(logpushPublicKey, that.logpushPublicKey)
            && Objects.equals(additionalHeaders, that.additionalHeaders)
            && Objects.equals(additionalQueryParams, that.additionalQueryParams)
            && Objects.equals(additionalBodyProperties, that.additionalBodyProperties)
            && Objects.equals(_present, that._present);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountId, id, cacheTtl, collectLogs, rateLimitingTechnique, logpushPublicKey, additionalHeaders, additionalQueryParams, additionalBodyProperties, _present);
  }

  /**
   * The fields; secrets are masked and only the names of additional headers and body properties are shown.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "GatewayCreateParams{"
            + "accountId=" + accountId
            + ", id=" + id
            + ", cacheTtl=" + cacheTtl
            + ", collectLogs=" + collectLogs
            + ", rateLimitingTechnique=" + rateLimitingTechnique
            + ", logpushPublicKey=" + (logpushPublicKey == null ? "null" : "***")
            + ", additionalHeaders=" + additionalHeaders.keySet()
            + ", additionalQueryParams=" + additionalQueryParams
            + ", additionalBodyProperties=" + additionalBodyProperties.keySet()
            + "}";
  }

  /**
   * Builds {@link GatewayCreateParams}; not thread-safe.
   */
  public static final class Builder {
    private String accountId;

    private String id;

    private Integer cacheTtl;

    private Boolean collectLogs;

    private String rateLimitingTechnique;

    private String logpushPublicKey;

    private final Map<String, String> additionalHeaders = new LinkedHashMap<>();

    private final Map<String, List<String>> additionalQueryParams = new LinkedHashMap<>();

    private final Map<String, Object> additionalBodyProperties = new LinkedHashMap<>();

    private final Set<String> _present = new LinkedHashSet<>();

    private Builder() {
    }

    private Builder(GatewayCreateParams params) {
      this.accountId = params.accountId;
      this.id = params.id;
      this.cacheTtl = params.cacheTtl;
      this.collectLogs = params.collectLogs;
      this.rateLimitingTechnique = params.rateLimitingTechnique;
      this.logpushPublicKey = params.logpushPublicKey;
      this.additionalHeaders.putAll(params.additionalHeaders);
      params.additionalQueryParams.forEach((name, values) -> this.additionalQueryParams.put(name, new ArrayList<>(values)));
      this.additionalBodyProperties.putAll(params.additionalBodyProperties);
      this._present.addAll(params._present);
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
     * gateway id
     *
     * <p>Body property {@code id}; required.
     *
     * @param id the value
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Cache time to live in seconds; null: no caching.
     *
     * <p>Body property {@code cache_ttl}; required, may be null.
     *
     * @param cacheTtl the value
     * @return this builder
     */
    public Builder cacheTtl(Integer cacheTtl) {
      this.cacheTtl = cacheTtl;
      this._present.add("cache_ttl");
      return this;
    }

    /**
     * Whether logs are kept.
     *
     * <p>Body property {@code collect_logs}; optional.
     *
     * @param collectLogs the value
     * @return this builder
     */
    public Builder collectLogs(Boolean collectLogs) {
      this.collectLogs = collectLogs;
      return this;
    }

    /**
     * fixed or sliding; null clears it.
     *
     * <p>Body property {@code rate_limiting_technique}; optional (set to null to send an explicit null).
     *
     * @param rateLimitingTechnique the value
     * @return this builder
     */
    public Builder rateLimitingTechnique(String rateLimitingTechnique) {
      this.rateLimitingTechnique = rateLimitingTechnique;
      this._present.add("rate_limiting_technique");
      return this;
    }

    /**
     * The key &lt;b&gt;logpush&lt;/b&gt; encrypts with &#64;since v2 *&#47;.
     *
     * <p>Body property {@code logpush_public_key}; optional.
     *
     * @param logpushPublicKey the value
     * @return this builder
     */
    public Builder logpushPublicKey(String logpushPublicKey) {
      this.logpushPublicKey = logpushPublicKey;
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
     * Sends body property {@code name} with {@code value} (any JSON-serialisable value; null sends JSON null).
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder putAdditionalBodyProperty(String name, Object value) {
      additionalBodyProperties.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Replaces all additional body properties.
     *
     * @param properties the properties
     * @return this builder
     */
    public Builder additionalBodyProperties(Map<String, ?> properties) {
      additionalBodyProperties.clear();
      additionalBodyProperties.putAll(properties);
      return this;
    }

    /**
     * The params.
     *
     * @return the params
     * @throws IllegalStateException when a required field is not set: {@code account_id}, {@code id}, {@code cache_ttl}
     */
    public GatewayCreateParams build() {
      List<String> missing = new ArrayList<>();
      if (accountId == null || accountId.isEmpty()) {
        missing.add("account_id");
      }
      if (id == null) {
        missing.add("id");
      }
      if (!_present.contains("cache_ttl")) {
        missing.add("cache_ttl");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("GatewayCreateParams is missing required " + String.join(", ", missing)
                + ": set them on the builder before build() (path parameters must not be empty)");
      }
      return new GatewayCreateParams(this);
    }
  }
}
