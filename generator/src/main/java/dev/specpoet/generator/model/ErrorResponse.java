package dev.specpoet.generator.model;

/**
 * A declared error response: {@code status} like "404", "4XX" or "default"; {@code contentType} the
 * media type of its body (JSON preferred), null when it has none; type null when no body is typed.
 */
public record ErrorResponse(String status, String contentType, TypeRef type, Doc doc) {

  /** Whether the body is an RFC 9457 problem ({@code application/problem+json}). */
  public boolean isProblem() {
    return contentType != null
        && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/problem+json");
  }
}
