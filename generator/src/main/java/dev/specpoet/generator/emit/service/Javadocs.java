package dev.specpoet.generator.emit.service;

import dev.specpoet.generator.model.Doc;

/**
 * Spec text made safe for javadoc: no comment terminators, no tags, no unicode escapes, valid HTML.
 */
final class Javadocs {
  private Javadocs() {}

  /** The escaped text of {@code doc}, or null when it has none. */
  static String text(Doc doc) {
    return doc == null || !doc.hasText() ? null : escape(doc.text().strip());
  }

  /** The first sentence (or line) of {@code doc}, escaped, or null. */
  static String summary(Doc doc) {
    String text = text(doc);
    if (text == null) {
      return null;
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '*' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '/') {
            out.append("*&#47;");
            i++;
          } else {
            out.append(c);
          }
        }
        case '\r' -> {}
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
