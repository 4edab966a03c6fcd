package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.names.Words;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which property names hold credentials (their values print as {@code ***} in {@code toString}).
 *
 * <p>A name is split into words (camelCase, snake_case, kebab-case: {@code userPassword},
 * {@code access_token}, {@code X-Auth-Key}) and judged by its last word, the thing it names:
 * <ul>
 *   <li>a credential noun: {@code secret}, {@code password}, {@code passwd}, {@code passphrase},
 *       {@code token}, {@code bearer}, {@code authorization}, {@code credential(s)}, {@code apikey};
 *   <li>or a credential compound in its last two words: {@code api key}, {@code auth key},
 *       {@code access key}, {@code private key}, {@code secret key}, {@code signing key}.
 * </ul>
 * A word elsewhere does not count: {@code token_count}, {@code tokens_in}, {@code max_tokens},
 * {@code secret_id}, {@code password_policy} and {@code public_key} name things about a credential,
 * not the credential. Pagination tokens ({@code page_token}, {@code next_page_token},
 * {@code continuation_token}, {@code cursor_token}) are not secrets either.
 */
final class SecretNames {
  private SecretNames() {}

  private static final Set<String> NOUNS = Set.of(
      "secret", "password", "passwd", "passphrase", "token", "bearer", "authorization", "credential", "credentials",
      "apikey");

  private static final Set<String> KEY_QUALIFIERS = Set.of("api", "auth", "access", "private", "secret", "signing");

  private static final Set<String> PAGINATION = Set.of("page", "pagination", "continuation", "next", "cursor", "sync",
      "resume");

  static boolean isSecret(String name) {
    List<String> words = Words.split(name).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1);
    String before = words.size() > 1 ? words.get(words.size() - 2) : null;
    if (last.equals("token") && before != null && PAGINATION.contains(before)) {
      return false;
    }
    if (NOUNS.contains(last)) {
      return true;
    }
    return last.equals("key") && before != null && KEY_QUALIFIERS.contains(before);
  }
}
