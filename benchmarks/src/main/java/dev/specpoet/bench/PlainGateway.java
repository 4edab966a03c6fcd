package dev.specpoet.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The hand-written baseline's classes: plain Jackson data binding, public fields, the same Java
 * types as the generated {@code Gateway} (dates as {@code OffsetDateTime}: parsing them is most of
 * the cost of decoding a gateway, so a baseline of strings would compare different work).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PlainGateway {
  public String id;

  @JsonProperty("cache_invalidate_on_update")
  public boolean cacheInvalidateOnUpdate;

  @JsonProperty("cache_ttl")
  public Long cacheTtl;

  @JsonProperty("collect_logs")
  public boolean collectLogs;

  @JsonProperty("created_at")
  public OffsetDateTime createdAt;

  @JsonProperty("modified_at")
  public OffsetDateTime modifiedAt;

  @JsonProperty("rate_limiting_interval")
  public Long rateLimitingInterval;

  @JsonProperty("rate_limiting_limit")
  public Long rateLimitingLimit;

  /** The envelope around one gateway. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class Envelope {
    public boolean success;
    public PlainGateway result;
  }

  /** The envelope around a page of gateways. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public static final class PageEnvelope {
    public boolean success;
    public List<PlainGateway> result;
  }
}
