package dev.specpoet.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.specpoet.generator.model.Doc;

/**
 * Javadoc text from spec descriptions, escaped so no description can break the generated source.
 */
public final class Javadocs {
  private Javadocs() {}

  /**
   * Escapes text for a javadoc comment: {@code *}{@code /} cannot end the comment, {@code @} cannot
   * start a tag, a backslash cannot start a unicode escape, and {@code <}, {@code >}, {@code &} are
   * shown as written rather than read as HTML. Line ends are normalised to {@code \n}; the text is
   * not stripped (a pattern keeps its spaces).
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '@' -> sb.append("&#64;");
        case '\\' -> sb.append("&#92;");
        case '/' -> sb.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The javadoc block for a doc ("" when there is none), ending with a newline. */
  public static CodeBlock of(Doc doc) {
    if (doc == null || !doc.hasText()) {
      return CodeBlock.of("");
    }
    return CodeBlock.of("$L\n", text(doc));
  }

  /** The escaped text of {@code doc}, or null when it has none. */
  public static String text(Doc doc) {
    return doc == null || !doc.hasText() ? null : escape(doc.text().strip());
  }

  /** The first line of {@code doc}'s text, escaped, or null. */
  public static String summary(Doc doc) {
    String text = text(doc);
    if (text == null) {
      return null;
    }
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }

  /** Text and extra lines joined, for members with generated notes. */
  public static CodeBlock of(Doc doc, String extra) {
    StringBuilder sb = new StringBuilder();
    if (doc != null && doc.hasText()) {
      sb.append(text(doc));
    }
    if (extra != null && !extra.isEmpty()) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(extra);
    }
    return sb.length() == 0 ? CodeBlock.of("") : CodeBlock.of("$L\n", sb.toString());
  }
}
