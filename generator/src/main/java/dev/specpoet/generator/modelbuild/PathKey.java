package dev.specpoet.generator.modelbuild;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key of {@code paths} split in two: the path template, and the query string some specs write
 * into the key though OpenAPI path keys have none ({@code /search?query={query}}, {@code
 * /rides?page={page}&per_page={per_page}}). A pair {@code name={variable}} of that query stands for
 * a query parameter {@code name}; other pairs ({@code a=b}, {@code {a}=b}) say nothing usable.
 *
 * @param path the template without the query ({@code /search})
 * @param query the query string after {@code ?}, or null when the key has none
 * @param parameters the query parameters the query names, by their template variable
 * @param unusable the pairs of the query that name no parameter
 */
record PathKey(String path, String query, List<QueryParameter> parameters, List<String> unusable) {
  private static final Pattern PAIR = Pattern.compile("([^={}&]+)=\\{([^{}/]+)}");

  /** A query parameter written into a path key: {@code name={variable}}. */
  record QueryParameter(String name, String variable) {}

  static PathKey of(String key) {
    int q = key.indexOf('?');
    if (q < 0) {
      return new PathKey(key, null, List.of(), List.of());
    }
    String query = key.substring(q + 1);
    List<QueryParameter> parameters = new ArrayList<>();
    List<String> unusable = new ArrayList<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      Matcher m = PAIR.matcher(pair);
      if (m.matches()) {
        parameters.add(new QueryParameter(m.group(1), m.group(2)));
      } else {
        unusable.add(pair);
      }
    }
    return new PathKey(key.substring(0, q), query, List.copyOf(parameters), List.copyOf(unusable));
  }

  boolean hasQuery() {
    return query != null;
  }

  /** The query parameter of a template variable of the query, or null. */
  QueryParameter byVariable(String variable) {
    for (QueryParameter p : parameters) {
      if (p.variable().equals(variable)) {
        return p;
      }
    }
    return null;
  }
}
