package dev.specpoet.runtime;

import dev.specpoet.runtime.errors.SpecPoetException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Next-page links an API hands out (a URL in the body, a {@code Link} header): resolved against the
 * client's base URL, and followed only to the base URL's own scheme, host and port.
 */
final class Links {
  private Links() {}

  /**
   * The absolute URL of {@code link}.
   *
   * @throws SpecPoetException naming the operation when the link is not a URL or points to another
   *     origin than {@code baseUrl}: the client's credentials must not be sent there
   */
  static String resolve(String baseUrl, String link, String operationId) {
    URI base;
    URI target;
    try {
      base = new URI(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      target = base.resolve(new URI(link.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new SpecPoetException(
          operationId + ": the next-page link the API gave is not a URL: " + e.getMessage(), e);
    }
    if (!sameOrigin(base, target)) {
      throw new SpecPoetException(
          operationId
              + ": the next-page link points to "
              + target.getScheme()
              + "://"
              + target.getHost()
              + (target.getPort() < 0 ? "" : ":" + target.getPort())
              + ", not to the client's base URL "
              + origin(base)
              + "; it is not followed (the client's credentials would be sent there)");
    }
    return target.toString();
  }

  /**
   * A next-page link with the client's query credentials added, each one the link does not already
   * carry (a server's link seldom repeats an API key given in the query).
   */
  static String withQueryCredentials(String url, Map<String, String> credentials) {
    if (credentials.isEmpty()) {
      return url;
    }
    int hash = url.indexOf('#');
    String fragment = hash < 0 ? "" : url.substring(hash);
    StringBuilder s = new StringBuilder(hash < 0 ? url : url.substring(0, hash));
    int question = s.indexOf("?");
    String query = question < 0 ? "" : s.substring(question + 1);
    for (Map.Entry<String, String> c : credentials.entrySet()) {
      String name = Values.encode(c.getKey());
      boolean present = false;
      for (String pair : query.split("&")) {
        if (pair.equals(name) || pair.startsWith(name + "=")) {
          present = true;
          break;
        }
      }
      if (!present) {
        s.append(s.indexOf("?") < 0 ? '?' : '&')
            .append(name)
            .append('=')
            .append(Values.encode(c.getValue()));
      }
    }
    return s.append(fragment).toString();
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(String.valueOf(b.getHost()))
        && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equals(String.valueOf(u.getScheme()).toLowerCase(Locale.ROOT)) ? 443 : 80;
  }

  private static String origin(URI u) {
    return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
  }
}
