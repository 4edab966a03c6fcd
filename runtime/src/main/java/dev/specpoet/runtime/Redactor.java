package dev.specpoet.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Replaces credential values in text (messages, log lines) with {@code <redacted>}. */
final class Redactor {
  static final String MASK = "<redacted>";
  static final Redactor NONE = new Redactor(List.of());

  private final List<String> secrets;

  Redactor(Collection<String> secrets) {
    List<String> list = new ArrayList<>();
    for (String s : secrets) {
      if (s != null && s.length() >= 4 && !list.contains(s)) {
        list.add(s);
      }
    }
    list.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(list);
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
