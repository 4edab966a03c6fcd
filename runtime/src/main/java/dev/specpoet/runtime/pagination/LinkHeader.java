package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The RFC 8288 {@code Link} response header (GitHub and others), read for the next page's link; see
 * {@link NextLinkStrategy#fromLinkHeader(Map)}.
 */
public final class LinkHeader {
  private LinkHeader() {}

  /**
   * The next page's link in a response's {@code Link} headers.
   *
   * @param headers the response headers (every {@code Link} value is read; names ignore case)
   * @return the URL of the first link whose {@code rel} includes {@code next}, or {@code null}
   */
  public static String next(Map<String, List<String>> headers) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase("Link") && e.getValue() != null) {
        for (String value : e.getValue()) {
          String next = nextOf(value);
          if (next != null) {
            return next;
          }
        }
      }
    }
    return null;
  }

  /**
   * The target of the {@code rel="next"} link of a {@code Link} header value: {@code <url>;
   * rel="next", <url>; rel="last"}; relation types are compared without case, a {@code rel} may
   * list several ({@code rel="next last"}), and commas inside {@code <...>} or quotes do not split.
   *
   * @param header the header value, {@code null} allowed
   * @return the URL, or {@code null} when there is no next link
   */
  public static String nextOf(String header) {
    if (header == null) {
      return null;
    }
    int i = 0;
    int n = header.length();
    while (i < n) {
      int open = header.indexOf('<', i);
      if (open < 0) {
        return null;
      }
      int close = header.indexOf('>', open);
      if (close < 0) {
        return null;
      }
      String target = header.substring(open + 1, close).strip();
      // the parameters run to the next comma outside quotes
      int j = close + 1;
      boolean quoted = false;
      StringBuilder params = new StringBuilder();
      while (j < n && (quoted || header.charAt(j) != ',')) {
        char c = header.charAt(j);
        if (c == '"') {
          quoted = !quoted;
        }
        params.append(c);
        j++;
      }
      if (isNext(params.toString()) && !target.isEmpty()) {
        return target;
      }
      i = j + 1;
    }
    return null;
  }

  private static boolean isNext(String params) {
    for (String param : params.split(";")) {
      int eq = param.indexOf('=');
      if (eq < 0 || !param.substring(0, eq).strip().equalsIgnoreCase("rel")) {
        continue;
      }
      String value = param.substring(eq + 1).strip();
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      }
      for (String rel : value.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (rel.equals("next")) {
          return true;
        }
      }
    }
    return false;
  }
}
