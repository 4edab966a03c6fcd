package dev.specpoet.generator.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits spec names ({@code ai-gateway}, {@code elementId}, {@code P1}, {@code x-foo}, {@code
 * $type}, {@code HTTPServer}) into words and joins them as Java likes them. Pure and deterministic.
 */
public final class Words {
  private Words() {}

  /** Words of a name: split at non-alphanumerics, lower-to-upper and letter/digit-run changes. */
  public static List<String> split(String name) {
    List<String> words = new ArrayList<>();
    if (name == null) {
      return words;
    }
    StringBuilder cur = new StringBuilder();
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(words, cur);
        continue;
      }
      if (cur.length() > 0) {
        char prev = cur.charAt(cur.length() - 1);
        boolean boundary =
            (Character.isLowerCase(prev) && Character.isUpperCase(c))
                || (Character.isUpperCase(prev)
                    && Character.isUpperCase(c)
                    && i + 1 < n
                    && Character.isLowerCase(name.charAt(i + 1)))
                || (Character.isDigit(prev) && Character.isLetter(c) && Character.isUpperCase(c));
        if (boundary) {
          flush(words, cur);
        }
      }
      cur.append(c);
    }
    flush(words, cur);
    return words;
  }

  private static void flush(List<String> words, StringBuilder cur) {
    if (cur.length() > 0) {
      words.add(cur.toString());
      cur.setLength(0);
    }
  }

  private static String capitalize(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /**
   * {@code ai-gateway} -> {@code AiGateway}; a leading digit gets an underscore ({@code _2fa} ->
   * {@code _2fa}).
   */
  public static String pascal(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : split(name)) {
      sb.append(capitalize(w));
    }
    return identifierStart(sb.toString(), "Value");
  }

  /**
   * {@code ai-gateway} -> {@code aiGateway}, {@code P1} -> {@code p1}, {@code elementId} -> {@code
   * elementId}.
   */
  public static String camel(String name) {
    List<String> words = split(name);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      sb.append(i == 0 ? w.toLowerCase(Locale.ROOT) : capitalize(w));
    }
    return identifierStart(sb.toString(), "value");
  }

  /**
   * Lower camel case that keeps the case of the letters inside words: each non-alphanumeric run is
   * dropped and the letter after it raised, the first letter lowered ({@code api_token} -> {@code
   * apiToken}, {@code X-Auth-Key} -> {@code xAuthKey}, {@code HTTPBearer} -> {@code hTTPBearer}).
   * The spelling of credential builder methods.
   */
  public static String camelKeepingCase(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        upper = out.length() > 0;
        continue;
      }
      if (out.length() == 0) {
        out.append(Character.toLowerCase(c));
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
      }
      upper = false;
    }
    return out.toString();
  }

  /** {@code per-page} -> {@code PER_PAGE}; {@code 200} -> {@code _200}. */
  public static String upperSnake(String name) {
    List<String> words = split(name);
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append('_');
      }
      sb.append(w.toUpperCase(Locale.ROOT));
    }
    return identifierStart(sb.toString(), "EMPTY");
  }

  private static String identifierStart(String s, String ifEmpty) {
    if (s.isEmpty()) {
      return ifEmpty;
    }
    return Character.isJavaIdentifierStart(s.charAt(0)) ? s : "_" + s;
  }

  /** A good-enough English singular for resource and array names ({@code logs} -> {@code log}). */
  public static String singular(String word) {
    if (word == null || word.length() < 3) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (lower.endsWith("sses")
        || lower.endsWith("xes")
        || lower.endsWith("ches")
        || lower.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    if (lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
      return word;
    }
    if (lower.endsWith("s")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * The last word of a kebab/snake/camel name made singular: {@code dynamic-routing} stays, {@code
   * logs} -> {@code log}.
   */
  public static String singularLast(String name) {
    List<String> words = split(name);
    if (words.isEmpty()) {
      return name;
    }
    words.set(words.size() - 1, singular(words.get(words.size() - 1)));
    return String.join("-", words);
  }
}
