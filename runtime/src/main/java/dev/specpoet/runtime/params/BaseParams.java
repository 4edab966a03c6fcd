package dev.specpoet.runtime.params;

import dev.specpoet.runtime.SensitiveNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of a generated params class that every operation has: headers and query parameters sent
 * in addition to the documented ones. Immutable: the maps are copies of the builder's.
 */
public abstract class BaseParams {
  private final Map<String, String> additionalHeaders;
  private final Map<String, List<String>> additionalQueryParams;

  /**
   * Copies the additional headers and query parameters of {@code builder}.
   *
   * @param builder the builder of the concrete params
   */
  protected BaseParams(BaseParamsBuilder<?> builder) {
    this.additionalHeaders =
        Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalHeaders));
    Map<String, List<String>> query = new LinkedHashMap<>();
    builder.additionalQueryParams.forEach((name, values) -> query.put(name, List.copyOf(values)));
    this.additionalQueryParams = Collections.unmodifiableMap(query);
  }

  /**
   * Headers sent in addition to the documented ones (for API features the spec does not describe).
   *
   * @return the headers, by name
   */
  public final Map<String, String> additionalHeaders() {
    return additionalHeaders;
  }

  /**
   * Query parameters sent in addition to the documented ones.
   *
   * @return the values, by name
   */
  public final Map<String, List<String>> additionalQueryParams() {
    return additionalQueryParams;
  }

  /**
   * Whether {@code other} has the same additional headers and query parameters (the generated
   * {@code equals} compares the documented fields and then this).
   *
   * @param other params of the same class
   * @return whether the additional parts are equal
   */
  protected final boolean _additionalEquals(BaseParams other) {
    return additionalHeaders.equals(other.additionalHeaders)
        && additionalQueryParams.equals(other.additionalQueryParams);
  }

  /**
   * The hash of the documented fields' {@code values} and the additional parts.
   *
   * @param values the documented fields, in order
   * @return the hash
   */
  protected final int _hash(Object... values) {
    return 31 * Objects.hash(values) + Objects.hash(additionalHeaders, additionalQueryParams);
  }

  /**
   * Ends a generated {@code toString}: {@code prefix}, then the names of the additional headers
   * (never their values, which may be credentials) and the additional query parameters with their
   * values, masked where the name says it holds a secret ({@link SensitiveNames}: {@code api_key}).
   *
   * @param prefix the class name, an opening brace and the documented fields with their values
   * @param separator whether {@code prefix} already lists a field
   * @return the text
   */
  protected final String _toString(String prefix, boolean separator) {
    return prefix
        + (separator ? ", " : "")
        + "additionalHeaders="
        + additionalHeaders.keySet()
        + ", additionalQueryParams="
        + maskedQuery()
        + "}";
  }

  private Map<String, Object> maskedQuery() {
    Map<String, Object> out = new LinkedHashMap<>();
    additionalQueryParams.forEach(
        (name, values) -> out.put(name, SensitiveNames.isSecret(name) ? "***" : values));
    return out;
  }
}
