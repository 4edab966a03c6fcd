package dev.specpoet.generator.model;

/**
 * A security scheme. BEARER: {@code Authorization: Bearer <token>}; API_KEY: a header, query or
 * cookie parameter named {@code parameterName}; BASIC: HTTP basic.
 */
public record SecurityScheme(String name, Kind kind, Parameter.Location in, String parameterName, Doc doc) {
  public enum Kind {
    BEARER,
    BASIC,
    API_KEY,
    OTHER
  }
}
