package dev.specpoet.runtime;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call's value together with the HTTP status and headers it came with.
 *
 * @param statusCode the HTTP status
 * @param headers the response headers (look-ups ignore case)
 * @param value the parsed value
 * @param <T> the value type
 */
public record RawResponse<T>(int statusCode, Map<String, List<String>> headers, T value) {

  /**
   * The first value of a response header.
   *
   * @param name the name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
