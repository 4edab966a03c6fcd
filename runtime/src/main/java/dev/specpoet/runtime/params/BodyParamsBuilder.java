package dev.specpoet.runtime.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The builder of params whose request body is a JSON object: {@link BaseParamsBuilder} plus body
 * properties sent in addition to the documented ones (they win over a documented field of the same
 * name). Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class BodyParamsBuilder<B extends BodyParamsBuilder<B>>
    extends BaseParamsBuilder<B> {
  private final Map<String, Object> additionalBodyProperties = new LinkedHashMap<>();

  /** An empty builder. */
  protected BodyParamsBuilder() {}

  /**
   * A builder holding the additional headers and query parameters of {@code params} (the generated
   * builder copies the body).
   *
   * @param params the params to copy
   */
  protected BodyParamsBuilder(BaseParams params) {
    super(params);
  }

  /**
   * Sends body property {@code name} with {@code value} (any JSON-serialisable value; null sends
   * JSON null).
   *
   * @param name the name
   * @param value the value
   * @return this builder
   */
  public final B putAdditionalBodyProperty(String name, Object value) {
    additionalBodyProperties.put(Objects.requireNonNull(name, "name"), value);
    return self();
  }

  /**
   * Replaces all additional body properties.
   *
   * @param properties the values, by name
   * @return this builder
   */
  public final B additionalBodyProperties(Map<String, ?> properties) {
    additionalBodyProperties.clear();
    additionalBodyProperties.putAll(properties);
    return self();
  }

  /**
   * The additional body properties set so far, for the generated builder's body; read-only.
   *
   * @return the values, by name
   */
  protected final Map<String, Object> _additionalBodyProperties() {
    return Collections.unmodifiableMap(additionalBodyProperties);
  }
}
