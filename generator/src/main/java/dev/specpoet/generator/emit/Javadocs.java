package dev.specpoet.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.specpoet.generator.model.Doc;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Javadoc text from spec descriptions. A description is CommonMark (OpenAPI says so): it is
 * rendered to HTML by commonmark-java, then made safe for a comment, so no description can break
 * the generated source and {@code javadoc -Xdoclint:all} accepts what it shows:
 *
 * <ul>
 *   <li>raw HTML in a description is shown as text, and unsafe link targets ({@code javascript:})
 *       are dropped;
 *   <li>a heading becomes a bold paragraph (javadoc's own headings decide the levels, so a
 *       description's {@code ## Run in Postman} would be out of sequence);
 *   <li>an image becomes its alt text (badges are noise in an IDE, and doclint wants {@code alt});
 *   <li>a link keeps its target only when it is a valid URI (an {@code @} percent-encoded), else it
 *       is its text: doclint rejects an empty or invalid {@code href};
 *   <li>{@code <br>} and {@code <hr>} are not self-closed; {@code @}, a backslash and {@code *}
 *       {@code /} become character references, so no tag, unicode escape or comment end appears;
 *   <li>the first paragraph is not wrapped in {@code <p>} (it is javadoc's summary), the next ones
 *       are: summary and description no longer run together.
 * </ul>
 */
public final class Javadocs {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          .nodeRendererFactory(JavadocNodes::new)
          .build();

  private Javadocs() {}

  /** A description's CommonMark as javadoc HTML (see the class comment), or "" for none. */
  public static String markdown(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String html = HTML.render(PARSER.parse(text.replace("\r\n", "\n").replace('\r', '\n')));
    html = html.replace("<br />", "<br>").replace("<hr />", "<hr>").strip();
    if (html.startsWith("<p>")) {
      int end = html.indexOf("</p>");
      html = html.substring(3, end) + html.substring(end + 4);
    }
    return commentSafe(html, true).strip();
  }

  /** A link target javadoc accepts (a valid URI, not a script), or null. */
  private static String href(String destination) {
    if (destination == null || destination.isBlank()) {
      return null;
    }
    String href = destination.strip().replace("@", "%40");
    try {
      URI uri = new URI(href);
      String scheme = uri.getScheme();
      if (scheme != null && !scheme.matches("(?i)https?|mailto|ftp")) {
        return null;
      }
      return href;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Headings as bold paragraphs, images as their alt text, links with a valid target only. */
  private static final class JavadocNodes implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    JavadocNodes(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Heading.class, Image.class, Link.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof Link link) {
        String href = href(link.getDestination());
        if (href != null) {
          context.getWriter().tag("a", Map.of("href", href));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
          context.render(child);
        }
        if (href != null) {
          context.getWriter().tag("/a");
        }
        return;
      }
      boolean heading = node instanceof Heading;
      if (heading) {
        context.getWriter().line();
        context.getWriter().tag("p");
        context.getWriter().tag("b");
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
      if (heading) {
        context.getWriter().tag("/b");
        context.getWriter().tag("/p");
        context.getWriter().line();
      }
    }
  }

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
    return commentSafe(text.replace("\r\n", "\n").replace('\r', '\n'), false);
  }

  /**
   * {@code @}, backslashes and a comment end as character references; also {@code <}, {@code >},
   * {@code &} unless {@code html}.
   */
  private static String commentSafe(String s, boolean html) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append(html ? "&" : "&amp;");
        case '<' -> sb.append(html ? "<" : "&lt;");
        case '>' -> sb.append(html ? ">" : "&gt;");
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

  /** The text of {@code doc} as javadoc HTML ({@link #markdown}), or null when it has none. */
  public static String text(Doc doc) {
    return doc == null || !doc.hasText() ? null : markdown(doc.text());
  }

  /**
   * The first paragraph of {@code doc}'s text (up to the first blank line) as javadoc HTML on one
   * line, or null.
   */
  public static String summary(Doc doc) {
    if (doc == null || !doc.hasText()) {
      return null;
    }
    String text = doc.text().strip().replace("\r\n", "\n");
    int blank = text.indexOf("\n\n");
    String first = markdown(blank < 0 ? text : text.substring(0, blank));
    return first.isEmpty() ? null : first.replace('\n', ' ');
  }

  /** Text and extra lines joined, for members with generated notes. */
  public static CodeBlock of(Doc doc, String extra) {
    StringBuilder sb = new StringBuilder();
    if (doc != null && doc.hasText()) {
      sb.append(text(doc));
    }
    if (extra != null && !extra.isEmpty()) {
      if (sb.length() > 0) {
        sb.append("\n\n<p>");
      }
      sb.append(extra);
    }
    return sb.length() == 0 ? CodeBlock.of("") : CodeBlock.of("$L\n", sb.toString());
  }
}
