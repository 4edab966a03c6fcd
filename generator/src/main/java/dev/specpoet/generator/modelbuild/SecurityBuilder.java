package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.SecurityScheme;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The security schemes (bearer, basic, API keys in a header, query or cookie), each with the
 * environment variable its credential is read from, and the spec's security alternatives.
 */
final class SecurityBuilder {
  private final OpenAPI api;
  private final ApiConventions conventions;

  SecurityBuilder(OpenAPI api, ApiConventions conventions) {
    this.api = api;
    this.conventions = conventions;
  }

  List<SecurityScheme> schemes() {
    List<SecurityScheme> out = new ArrayList<>();
    if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return out;
    }
    for (Map.Entry<String, io.swagger.v3.oas.models.security.SecurityScheme> e :
        api.getComponents().getSecuritySchemes().entrySet()) {
      io.swagger.v3.oas.models.security.SecurityScheme s = e.getValue();
      SecurityScheme.Kind kind = SecurityScheme.Kind.OTHER;
      Parameter.Location in = null;
      String name = null;
      if (s.getType() != null) {
        switch (s.getType()) {
          case HTTP -> {
            String scheme = s.getScheme() == null ? "" : s.getScheme().toLowerCase(Locale.ROOT);
            kind =
                scheme.equals("bearer")
                    ? SecurityScheme.Kind.BEARER
                    : scheme.equals("basic")
                        ? SecurityScheme.Kind.BASIC
                        : SecurityScheme.Kind.OTHER;
            in = Parameter.Location.HEADER;
            name = "Authorization";
          }
          case APIKEY -> {
            kind = SecurityScheme.Kind.API_KEY;
            name = s.getName();
            in =
                s.getIn() == null
                    ? Parameter.Location.HEADER
                    : switch (s.getIn()) {
                      case QUERY -> Parameter.Location.QUERY;
                      case COOKIE -> Parameter.Location.COOKIE;
                      default -> Parameter.Location.HEADER;
                    };
          }
          default -> kind = SecurityScheme.Kind.OTHER;
        }
      }
      out.add(
          new SecurityScheme(
              e.getKey(),
              kind,
              in,
              name,
              SpecValues.doc(s.getDescription(), null, false),
              conventions.envVar(s)));
    }
    return out;
  }

  /**
   * The spec's security alternatives, each the scheme names sent together: the top-level {@code
   * security}, else the distinct ones of the operations in spec order.
   */
  List<List<String>> requirements() {
    Set<List<String>> out = new LinkedHashSet<>();
    if (api.getSecurity() != null) {
      api.getSecurity().forEach(r -> out.add(List.copyOf(r.keySet())));
    } else if (api.getPaths() != null) {
      for (PathItem item : api.getPaths().values()) {
        if (item == null) {
          continue;
        }
        for (io.swagger.v3.oas.models.Operation op : item.readOperations()) {
          if (op.getSecurity() != null) {
            op.getSecurity().forEach(r -> out.add(List.copyOf(r.keySet())));
          }
        }
      }
    }
    return List.copyOf(out);
  }
}
