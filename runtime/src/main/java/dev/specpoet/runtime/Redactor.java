package dev.specpoet.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Replaces the client's credential values in text (messages, log lines) with {@code <redacted>}.
 * Knows the values of the client's credential headers and, per call, of every header with a
 * credential name ({@link SensitiveNames#isSensitiveHeader}) that the call sends, wherever it was
 * set: client options, the request, or {@link RequestOptions}. Immutable.
 */
final class Redactor {
  static final String MASK = "<redacted>";
  static final Redactor NONE = new Redactor(List.of());
  /** Shorter values are not treated as secrets: masking them would garble ordinary text. */
  private static final int MIN_LENGTH = 4;

  private final List<String> secrets;

  Redactor(Collection<String> secrets) {
    List<String> list = new ArrayList<>();
    for (String s : secrets) {
      if (s != null && s.length() >= MIN_LENGTH && !list.contains(s)) {
        list.add(s);
      }
    }
    list.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(list);
  }

  /**
   * The strings of a credential header value that must never be shown: the value itself, the part
   * after an auth scheme ({@code Bearer abc} gives {@code abc} too) and, for cookies, every
   * {@code name=value} pair.
   */
  static List<String> credentialsOf(String name, String value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    String v = value.trim();
    result.add(v);
    int space = v.indexOf(' ');
    if (space > 0 && v.substring(0, space).chars().allMatch(Character::isLetter)) {
      result.add(v.substring(space + 1).trim());
    }
    if (name.equalsIgnoreCase("cookie") || name.equalsIgnoreCase("set-cookie")) {
      for (String part : v.split(";")) {
        result.add(part.trim());
      }
    }
    return result;
  }

  /**
   * This redactor plus the values of the credential headers among {@code headers} (judged by
   * name).
   */
  Redactor plusSensitiveHeaders(Map<String, String> headers) {
    List<String> added = new ArrayList<>();
    headers.forEach((name, value) -> {
      if (SensitiveNames.isSensitiveHeader(name)) {
        added.addAll(credentialsOf(name, value));
      }
    });
    if (added.isEmpty() || secrets.containsAll(added)) {
      return this;
    }
    added.addAll(secrets);
    return new Redactor(added);
  }

  String scrub(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : secrets) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }
}
