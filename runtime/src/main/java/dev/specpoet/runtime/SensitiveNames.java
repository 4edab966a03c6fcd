package dev.specpoet.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which names (JSON members, headers) hold secrets: the one rule behind every mask the
 * runtime applies by name (logged headers and bodies, {@link ClientOptions#toString()}, exception
 * messages).
 *
 * <p><b>The rule.</b> A name is split into lower-case words at every character that is not a letter
 * or digit and at camelCase boundaries ({@code client_secret}, {@code client-secret}, {@code
 * clientSecret} and {@code ClientSECRET} all give {@code client, secret}; {@code APIKey} gives
 * {@code api, key}). A name is secret when its <em>last</em> word (the head noun of an English
 * compound) names a secret:
 *
 * <ul>
 *   <li>it ends with {@code secret(s)}, {@code password(s)}, {@code passwd}, {@code passphrase},
 *       {@code credential(s)}, {@code authorization}, {@code bearer} or {@code token} (singular),
 *       so run-together words count too ({@code apitoken}, {@code clientsecret});
 *   <li>it is {@code apikey}, {@code accesskey}, {@code privatekey}, {@code secretkey} or {@code
 *       authkey} (plural included), or {@code key(s)} right after one of {@code api, access,
 *       private, secret, auth, client, signing, encryption} ({@code api_key}, {@code X-Auth-Key}).
 * </ul>
 *
 * Because only the last word counts, words that merely <em>describe</em> a secret are not masked:
 * {@code token_count}, {@code token_type}, {@code tokens_in}, {@code tokens_out}, {@code
 * max_tokens} (plural: a number of tokens), {@code password_required}, {@code secret_id}, {@code
 * key} and {@code public_key}. Pagination tokens ({@code next_token}, {@code page_token}, {@code
 * continuation_token}, {@code cursor_token}, {@code sync_token}) are cursors, not credentials, and
 * stay visible.
 *
 * <p>The generator applies the same rule when it decides which model properties print as {@code
 * ***} in {@code toString()}, so a model and a log line never disagree about a name.
 *
 * <p>Headers: {@link #isSensitiveHeader} is the rule plus the credential headers whose names it
 * does not catch ({@code Cookie}, {@code Set-Cookie}, {@code X-Auth-Email}).
 */
public final class SensitiveNames {
  /** Credential headers the word rule does not recognise by itself (lower case). */
  private static final Set<String> HEADERS =
      Set.of(
          "authorization",
          "proxy-authorization",
          "cookie",
          "set-cookie",
          "x-auth-email",
          "x-auth-key",
          "x-auth-user-service-key");

  private static final List<String> SECRET_SUFFIXES =
      List.of(
          "secret",
          "secrets",
          "password",
          "passwords",
          "passwd",
          "passphrase",
          "credential",
          "credentials",
          "authorization",
          "token",
          "bearer");
  private static final Set<String> SECRET_KEYS =
      Set.of(
          "apikey",
          "accesskey",
          "privatekey",
          "secretkey",
          "authkey",
          "apikeys",
          "accesskeys",
          "privatekeys",
          "secretkeys",
          "authkeys");
  private static final Set<String> KEY_QUALIFIERS =
      Set.of("api", "access", "private", "secret", "auth", "client", "signing", "encryption");
  private static final Set<String> CURSOR_QUALIFIERS =
      Set.of(
          "next",
          "page",
          "prev",
          "previous",
          "continuation",
          "cursor",
          "pagination",
          "sync",
          "resume");

  private SensitiveNames() {}

  /**
   * Whether a JSON member (or any other field) of this name holds a secret.
   *
   * @param name the name as written, any case or separator style
   * @return {@code true} when its value must be masked
   */
  public static boolean isSecret(String name) {
    if (name == null) {
      return false;
    }
    List<String> words = words(name);
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    String before = words.size() > 1 ? words.get(words.size() - 2) : "";
    if (SECRET_KEYS.contains(last)) {
      return true;
    }
    if ((last.equals("key") || last.equals("keys")) && KEY_QUALIFIERS.contains(before)) {
      return true;
    }
    if (last.equals("token") && CURSOR_QUALIFIERS.contains(before)) {
      return false;
    }
    for (String suffix : SECRET_SUFFIXES) {
      if (last.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a header of this name carries a credential: the fixed credential headers plus every
   * name {@link #isSecret} accepts ({@code X-Api-Key}, {@code cf-aig-authorization}, {@code
   * CF-Access-Client-Secret}).
   *
   * @param name the header name, any case
   * @return {@code true} when its value must never be shown
   */
  public static boolean isSensitiveHeader(String name) {
    return name != null && (HEADERS.contains(name.toLowerCase(Locale.ROOT)) || isSecret(name));
  }

  /** Lower-case words of a snake, kebab, dotted or camelCase name. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(words, word);
        continue;
      }
      if (Character.isUpperCase(c) && word.length() > 0) {
        char prev = name.charAt(i - 1);
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (Character.isLowerCase(prev)
            || Character.isDigit(prev)
            || (Character.isUpperCase(prev) && nextLower)) {
          flush(words, word);
        }
      }
      word.append(Character.toLowerCase(c));
    }
    flush(words, word);
    return words;
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
