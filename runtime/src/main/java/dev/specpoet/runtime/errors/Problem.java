package dev.specpoet.runtime.errors;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}): {@code type}, {@code title},
 * {@code status}, {@code detail} and {@code instance}, with every other member kept as an extension
 * ({@link #extensions()}, e.g. {@code errors} or {@code balance}). Read from error responses; an
 * {@link ApiStatusException} exposes it through {@link ApiStatusException#problem()}. Immutable.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem {
  @JsonProperty("type")
  private String type;

  @JsonProperty("title")
  private String title;

  @JsonProperty("status")
  private Integer status;

  @JsonProperty("detail")
  private String detail;

  @JsonProperty("instance")
  private String instance;

  private final Map<String, JsonNode> extensions = new LinkedHashMap<>();

  private Problem() {}

  /**
   * A problem with the given members (tests, fakes).
   *
   * @param type the problem type URI, or {@code null} ({@code about:blank})
   * @param title the short summary, or {@code null}
   * @param status the HTTP status, or {@code null}
   * @param detail the explanation of this occurrence, or {@code null}
   * @param instance the URI of this occurrence, or {@code null}
   * @param extensions other members
   * @return the problem
   */
  public static Problem of(
      String type,
      String title,
      Integer status,
      String detail,
      String instance,
      Map<String, JsonNode> extensions) {
    Problem p = new Problem();
    p.type = type;
    p.title = title;
    p.status = status;
    p.detail = detail;
    p.instance = instance;
    if (extensions != null) {
      p.extensions.putAll(extensions);
    }
    return p;
  }

  /**
   * The problem type, a URI; {@code about:blank} when the body has none (RFC 9457 section 3.1.1).
   *
   * @return the type
   */
  public String type() {
    return type == null ? "about:blank" : type;
  }

  /**
   * A short summary of the problem type.
   *
   * @return the title, if given
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * The HTTP status the server gave in the body.
   *
   * @return the status, if given
   */
  public Optional<Integer> status() {
    return Optional.ofNullable(status);
  }

  /**
   * An explanation of this occurrence.
   *
   * @return the detail, if given
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * A URI of this occurrence.
   *
   * @return the instance, if given
   */
  public Optional<String> instance() {
    return Optional.ofNullable(instance);
  }

  /**
   * The members besides the five standard ones, as JSON.
   *
   * @return an unmodifiable map
   */
  @JsonAnyGetter
  public Map<String, JsonNode> extensions() {
    return Collections.unmodifiableMap(extensions);
  }

  @JsonAnySetter
  private void extension(String name, JsonNode value) {
    extensions.put(name, value);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return Objects.equals(type, p.type)
        && Objects.equals(title, p.title)
        && Objects.equals(status, p.status)
        && Objects.equals(detail, p.detail)
        && Objects.equals(instance, p.instance)
        && extensions.equals(p.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, title, status, detail, instance, extensions);
  }

  @Override
  public String toString() {
    return "Problem{type="
        + type()
        + (title == null ? "" : ", title=" + title)
        + (status == null ? "" : ", status=" + status)
        + (detail == null ? "" : ", detail=" + detail)
        + (instance == null ? "" : ", instance=" + instance)
        + (extensions.isEmpty() ? "" : ", extensions=" + extensions.keySet())
        + "}";
  }
}
