package dev.specpoet.generator.emit.service;

import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.SecurityScheme;
import dev.specpoet.generator.names.JavaNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The credentials a client builder offers, one per security scheme the client can send: the builder
 * method ({@code apiToken}, {@code apiEmail}), how the value is sent and the environment variable
 * {@code fromEnv()} reads it from.
 */
final class Credentials {
  private Credentials() {}

  enum Kind {
    /** {@code Authorization: Bearer <value>}. */
    BEARER,
    /** A header carrying the value as is. */
    HEADER,
    /** HTTP basic: {@code user:password}. */
    BASIC,
    /** A query parameter carrying the value (an API key {@code in: query}). */
    QUERY
  }

  /**
   * @param method the builder method name
   * @param header the header name (HEADER), the query parameter name (QUERY)
   * @param envVar the environment variable {@code fromEnv()} reads
   */
  record Credential(
      SecurityScheme scheme, String method, Kind kind, String header, String envVar) {}

  static List<Credential> of(List<SecurityScheme> schemes, String envPrefix, JavaNames names) {
    List<Credential> out = new ArrayList<>();
    for (SecurityScheme s : schemes) {
      Kind kind;
      String header = null;
      switch (s.kind()) {
        case BEARER, OTHER -> kind = Kind.BEARER;
        case BASIC -> kind = Kind.BASIC;
        case API_KEY -> {
          if (s.in() == Parameter.Location.HEADER) {
            kind = Kind.HEADER;
            header = s.parameterName();
          } else if (s.in() == Parameter.Location.COOKIE) {
            kind = Kind.HEADER;
            header = "Cookie";
          } else if (s.in() == Parameter.Location.QUERY) {
            kind = Kind.QUERY;
            header = s.parameterName();
          } else {
            continue;
          }
        }
        default -> {
          continue;
        }
      }
      String method = names.credentialMethod(s.name());
      String envVar =
          s.envVar() != null && !s.envVar().isBlank()
              ? s.envVar()
              : envPrefix + "_" + upperSnake(s.name());
      out.add(new Credential(s, method, kind, header, envVar));
    }
    return out;
  }

  /**
   * The spec's security alternatives as credentials, in spec order: each the credentials sent
   * together ({@code [[apiToken], [apiEmail, apiKey]]}). An alternative naming a scheme the client
   * cannot send (OAuth, OpenID Connect, mutual TLS) or none at all ({@code {}}, optional security)
   * is left out; empty when the spec states no requirements.
   */
  static List<List<Credential>> alternatives(
      List<Credential> credentials, List<List<String>> requirements) {
    List<List<Credential>> out = new ArrayList<>();
    for (List<String> requirement : requirements) {
      List<Credential> alternative = new ArrayList<>();
      for (String scheme : requirement) {
        credentials.stream()
            .filter(c -> c.scheme().name().equals(scheme))
            .findFirst()
            .ifPresent(alternative::add);
      }
      if (!alternative.isEmpty()
          && alternative.size() == requirement.size()
          && !out.contains(alternative)) {
        out.add(List.copyOf(alternative));
      }
    }
    return out;
  }

  /** {@code api_token} / {@code apiToken} to {@code API_TOKEN}. */
  static String upperSnake(String name) {
    StringBuilder out = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
      } else {
        if (Character.isUpperCase(c)
            && Character.isLowerCase(prev)
            && out.length() > 0
            && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toUpperCase(c));
      }
      prev = c;
    }
    String s = out.toString();
    return s.endsWith("_") ? s.substring(0, s.length() - 1) : s;
  }
}
