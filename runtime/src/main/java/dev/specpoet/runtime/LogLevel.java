package dev.specpoet.runtime;

import java.util.Locale;

/**
 * How much of each HTTP exchange the client logs, through the {@link System.Logger} named {@code
 * dev.specpoet.runtime.http} at level {@code INFO}. Credentials are never printed at any level:
 * credential headers show as {@code <redacted>} and credential values are scrubbed from bodies.
 */
public enum LogLevel {
  /** Nothing is logged (the default). */
  OFF,
  /** One line per request and per response: method, URL, status, time. */
  BASIC,
  /** {@link #BASIC} plus the headers (credential headers redacted). */
  HEADERS,
  /** {@link #HEADERS} plus the request and response bodies. */
  BODY;

  /**
   * Reads a level from text such as an environment variable: {@code off}, {@code basic}, {@code
   * headers} or {@code body} in any case ({@code true}/{@code 1} mean basic, {@code false}/{@code
   * 0} or blank mean off).
   *
   * @param text the text
   * @param source where the text came from, for the error message (e.g. {@code CLOUDFLARE_LOG})
   * @return the level
   * @throws IllegalArgumentException naming {@code source} when the text is not a level
   */
  public static LogLevel parse(String text, String source) {
    if (text == null) {
      return OFF;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "":
      case "off":
      case "false":
      case "0":
      case "none":
        return OFF;
      case "basic":
      case "true":
      case "1":
      case "info":
        return BASIC;
      case "headers":
        return HEADERS;
      case "body":
      case "debug":
        return BODY;
      default:
        throw new IllegalArgumentException(
            source + "=" + text + " is not a log level: use off, basic, headers or body");
    }
  }
}
