package dev.specpoet.generator.model;

/**
 * The success response of an operation.
 *
 * @param status the status code (e.g. 200), or 0 for {@code 2XX}/default
 * @param contentType null when the response has no body
 * @param bodyType the type of the whole body, null when there is none
 * @param envelope set when the body is Cloudflare's envelope and the call returns its {@code
 *     result}
 */
public record Response(
    int status, String contentType, TypeRef bodyType, Envelope envelope, SourceLocation source) {

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
