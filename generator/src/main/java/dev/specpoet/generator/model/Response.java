package dev.specpoet.generator.model;

import java.util.List;

/**
 * The success response of an operation.
 *
 * @param status the status code (e.g. 200), or 0 for {@code 2XX}/default
 * @param contentType null when the response has no body
 * @param bodyType the type of the whole body (for {@link MediaKind#EVENTS} the type of each event's
 *     data; {@code STRING} for text), null when there is none
 * @param envelope set when the body is Cloudflare's envelope and the call returns its {@code
 *     result}
 * @param kind how the body is read: JSON, TEXT, BINARY, EVENTS, or NONE
 * @param mediaTypes the media types the call can read (its {@code Accept}, before the error types):
 *     the JSON one, or every text or binary one the spec lists for the status
 */
public record Response(
    int status,
    String contentType,
    TypeRef bodyType,
    Envelope envelope,
    SourceLocation source,
    MediaKind kind,
    List<String> mediaTypes) {
  public Response {
    mediaTypes = List.copyOf(mediaTypes);
  }

  /** A JSON response, or none when {@code contentType} is null. */
  public Response(
      int status, String contentType, TypeRef bodyType, Envelope envelope, SourceLocation source) {
    this(
        status,
        contentType,
        bodyType,
        envelope,
        source,
        contentType == null ? MediaKind.NONE : MediaKind.JSON,
        contentType == null ? List.of() : List.of(contentType));
  }

  /**
   * A {@code {result, success, errors, messages}} body (the property carrying the payload may also
   * be {@code data}).
   *
   * @param resultProperty the JSON name of the payload ({@code result} or {@code data})
   * @param resultType the payload's type (what the SDK method returns)
   * @param resultNullable whether the payload may be null/absent
   * @param successProperty {@code success} when the envelope has the flag, else null
   * @param resultInfoProperty {@code result_info} when present, else null
   * @param resultInfoType the type of {@code result_info}, or null
   */
  public record Envelope(
      String resultProperty,
      TypeRef resultType,
      boolean resultNullable,
      String successProperty,
      String resultInfoProperty,
      TypeRef resultInfoType) {}
}
