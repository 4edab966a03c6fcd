package dev.specpoet.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.specpoet.generator.model.Doc;
import org.junit.jupiter.api.Test;

class JavadocsTest {
  @Test
  void summaryStaysUnwrappedAndTheDescriptionIsAParagraph() {
    assertEquals(
        "List the bookings.\n<p>Returns <em>all</em> of them.</p>",
        Javadocs.markdown("List the bookings.\n\nReturns *all* of them."));
  }

  @Test
  void headingsAreBoldParagraphsAndImagesTheirAltText() {
    assertEquals(
        "Intro.\n<p><b>Run in Postman</b></p>\n<p><a href=\"https://e.com/r\">Run</a></p>",
        Javadocs.markdown(
            "Intro.\n\n## Run in Postman\n\n[![Run](https://e.com/b.svg)](https://e.com/r)"));
  }

  @Test
  void nothingCanEndTheCommentStartATagOrAnEscape() {
    assertEquals(
        "a&#64;b.c *&#47; &#92;u0041 {&#64;code x} &lt;script&gt;",
        Javadocs.markdown("a@b.c */ \\\\u0041 {@code x} <script>"));
    assertEquals("a<br>\nb", Javadocs.markdown("a  \nb"));
  }

  @Test
  void unsafeLinksLoseTheirTarget() {
    assertEquals("x", Javadocs.markdown("[x](javascript:alert(1))"));
    assertEquals("x", Javadocs.markdown("[x]()"));
    assertEquals("x", Javadocs.markdown("[x](<${docsUrl}/a b>)"));
    assertEquals(
        "<a href=\"https://d.e/c%40latest/a\">x</a>",
        Javadocs.markdown("[x](https://d.e/c@latest/a)"));
  }

  @Test
  void summaryIsTheFirstParagraphOnOneLine() {
    assertEquals(
        "Create a <code>booking</code> for a guest.",
        Javadocs.summary(new Doc("Create a `booking`\nfor a guest.\n\nMore.", false)));
    assertNull(Javadocs.summary(Doc.NONE));
  }
}
