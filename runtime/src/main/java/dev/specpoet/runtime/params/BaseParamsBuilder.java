package dev.specpoet.runtime.params;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of a generated params builder that every operation has: additional headers and query
 * parameters, and the check of required fields. Each setter returns the concrete builder, so calls
 * chain. Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class BaseParamsBuilder<B extends BaseParamsBuilder<B>> {
  final Map<String, String> additionalHeaders = new LinkedHashMap<>();
  final Map<String, List<String>> additionalQueryParams = new LinkedHashMap<>();

  /** An empty builder. */
  protected BaseParamsBuilder() {}

  /**
   * A builder holding the additional headers and query parameters of {@code params}.
   *
   * @param params the params to copy
   */
  protected BaseParamsBuilder(BaseParams params) {
    additionalHeaders.putAll(params.additionalHeaders());
    params
        .additionalQueryParams()
        .forEach((name, values) -> additionalQueryParams.put(name, new ArrayList<>(values)));
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /**
   * Sends header {@code name} with {@code value} (replacing a previous value), for features the
   * spec does not describe.
   *
   * @param name the name
   * @param value the value
   * @return this builder
   */
  public final B putAdditionalHeader(String name, String value) {
    additionalHeaders.put(
        Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return self();
  }

  /**
   * Replaces all additional headers.
   *
   * @param headers the headers, by name
   * @return this builder
   */
  public final B additionalHeaders(Map<String, String> headers) {
    additionalHeaders.clear();
    headers.forEach(this::putAdditionalHeader);
    return self();
  }

  /**
   * Adds query parameter {@code name=value} (a repeated name adds another value), for features the
   * spec does not describe.
   *
   * @param name the name
   * @param value the value
   * @return this builder
   */
  public final B putAdditionalQueryParam(String name, String value) {
    additionalQueryParams
        .computeIfAbsent(Objects.requireNonNull(name, "name"), k -> new ArrayList<>())
        .add(Objects.requireNonNull(value, "value"));
    return self();
  }

  /**
   * Replaces all additional query parameters.
   *
   * @param params the values, by name
   * @return this builder
   */
  public final B additionalQueryParams(Map<String, List<String>> params) {
    additionalQueryParams.clear();
    params.forEach((name, values) -> values.forEach(value -> putAdditionalQueryParam(name, value)));
    return self();
  }

  /**
   * Throws when a required field is missing, naming every one.
   *
   * @param type the params class's simple name
   * @param missing the wire names of the required fields that are not set
   * @param pathParams whether the operation has path parameters (which must not be empty either)
   * @throws IllegalStateException when {@code missing} is not empty
   */
  protected static void _requireAll(String type, List<String> missing, boolean pathParams) {
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          type
              + " is missing required "
              + String.join(", ", missing)
              + (pathParams
                  ? ": set them on the builder before build() (path parameters must not be empty)"
                  : ": set them on the builder before build()"));
    }
  }
}
