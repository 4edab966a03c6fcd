package dev.specpoet.generator.model;

/**
 * A security scheme. BEARER: {@code Authorization: Bearer <token>}; API_KEY: a header, query or
 * cookie parameter named {@code parameterName}; BASIC: HTTP basic.
 *
 * @param envVar the environment variable the generated client's {@code fromEnv()} reads the
 *     credential from ({@code x-specpoet-env}, e.g. {@code CLOUDFLARE_EMAIL}), or null for the
 *     default name
 */
public record SecurityScheme(
    String name, Kind kind, Parameter.Location in, String parameterName, Doc doc, String envVar) {

  /** A scheme without a declared environment variable. */
  public SecurityScheme(
      String name, Kind kind, Parameter.Location in, String parameterName, Doc doc) {
    this(name, kind, in, parameterName, doc, null);
  }

  /**
   * Whether a client builder can hold this credential: a bearer token (also for other HTTP
   * schemes), basic authentication, or an API key sent in a header, a cookie or the query.
   */
  public boolean clientCanSend() {
    return kind != Kind.API_KEY
        || in == Parameter.Location.HEADER
        || in == Parameter.Location.COOKIE
        || in == Parameter.Location.QUERY;
  }

  public enum Kind {
    BEARER,
    BASIC,
    API_KEY,
    OTHER
  }
}
