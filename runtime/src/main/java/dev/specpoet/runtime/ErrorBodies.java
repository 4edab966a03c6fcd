package dev.specpoet.runtime;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import dev.specpoet.runtime.errors.Problem;
import dev.specpoet.runtime.json.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The types an operation's spec declares for its error responses, by status: an exact code ({@code
 * 404}), a range ({@code 4XX}) or {@code default}. The client parses an error body into the type of
 * its status (exact code first, then the range, then {@code default}) and hands it to the exception
 * ({@link dev.specpoet.runtime.errors.ApiStatusException#typedBody(Class)}); a body that does not
 * parse as that type leaves the typed body empty, never hides the status error. Immutable.
 */
public final class ErrorBodies {
  /** No declared error bodies. */
  public static final ErrorBodies NONE = new ErrorBodies(Map.of());

  private final Map<String, JavaType> types;

  private ErrorBodies(Map<String, JavaType> types) {
    this.types = Map.copyOf(types);
  }

  /**
   * Starts a set of error bodies.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The type declared for a status.
   *
   * @param status the HTTP status
   * @return the Jackson type, or {@code null}
   */
  public JavaType typeFor(int status) {
    JavaType type = types.get(Integer.toString(status));
    if (type == null) {
      type = types.get((status / 100) + "XX");
    }
    return type != null ? type : types.get("DEFAULT");
  }

  /**
   * The body parsed into the type declared for its status; a {@code application/problem+json} body
   * with no declared type is read as a {@link Problem}.
   *
   * @param status the HTTP status
   * @param contentType the response's media type, or {@code null}
   * @param body the body text
   * @return the parsed body, or {@code null} when nothing is declared, the body is not JSON, or it
   *     does not parse
   */
  Object read(int status, String contentType, String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    String media = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    boolean json = media.contains("json") || media.isEmpty();
    JavaType type = typeFor(status);
    if (type == null && media.startsWith("application/problem+json")) {
      type = Json.mapper().constructType(Problem.class);
    }
    if (type == null || !json) {
      return null;
    }
    try {
      return Json.mapper().readerFor(type).readValue(body);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /** Builds {@link ErrorBodies}. */
  public static final class Builder {
    private final Map<String, JavaType> types = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Declares the body type of a status.
     *
     * @param status {@code 404}, {@code 4XX} or {@code default} (any case)
     * @param type the type
     * @return this builder
     */
    public Builder on(String status, TypeReference<?> type) {
      return on(status, Json.mapper().getTypeFactory().constructType(type));
    }

    /**
     * Declares the body type of a status.
     *
     * @param status {@code 404}, {@code 4XX} or {@code default} (any case)
     * @param type the class, e.g. the API's {@code Error} model or {@link Problem}
     * @return this builder
     */
    public Builder on(String status, Class<?> type) {
      return on(status, Json.mapper().constructType(Objects.requireNonNull(type, "type")));
    }

    private Builder on(String status, JavaType type) {
      types.put(
          Objects.requireNonNull(status, "status").toUpperCase(Locale.ROOT),
          Objects.requireNonNull(type, "type"));
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the error bodies
     */
    public ErrorBodies build() {
      return new ErrorBodies(types);
    }
  }
}
