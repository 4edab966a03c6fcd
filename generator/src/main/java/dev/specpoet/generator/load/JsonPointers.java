package dev.specpoet.generator.load;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON pointers as {@code $ref} fragments write them (RFC 6901 inside a URI fragment, RFC 3986):
 * the fragment is percent-decoded first ({@code ~1a~1%7Bid%7D} is {@code /a/{id}}), then split at
 * {@code /} and each segment unescaped ({@code ~1} is {@code /}, {@code ~0} is {@code ~}). The
 * canonical text of a pointer, the one the generator keys places by, escapes only {@code ~} and
 * {@code /}.
 */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * The segments of a local {@code $ref} ({@code #/components/schemas/A}) or pointer; empty for the
   * document root.
   */
  public static List<String> segments(String ref) {
    String fragment = ref.startsWith("#") ? ref.substring(1) : ref;
    String decoded = SourceMap.percentDecoded(fragment);
    List<String> out = new ArrayList<>();
    if (decoded.isEmpty()) {
      return out;
    }
    String[] parts = decoded.split("/", -1);
    for (int i = decoded.startsWith("/") ? 1 : 0; i < parts.length; i++) {
      out.add(parts[i].replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /** {@code #/a/b~1c} from segments. */
  public static String of(List<String> segments) {
    StringBuilder sb = new StringBuilder("#");
    for (String s : segments) {
      sb.append('/').append(escape(s));
    }
    return sb.toString();
  }

  /**
   * A local {@code $ref} in canonical form: percent-decoded, only {@code ~} and {@code /} escaped.
   */
  public static String canonical(String ref) {
    return of(segments(ref));
  }

  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
