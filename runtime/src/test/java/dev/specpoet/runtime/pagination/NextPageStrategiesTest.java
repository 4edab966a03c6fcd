package dev.specpoet.runtime.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.json.Json;
import dev.specpoet.runtime.pagination.StopRulesTest.Answer;
import dev.specpoet.runtime.pagination.StopRulesTest.Mode;
import dev.specpoet.runtime.pagination.StopRulesTest.Server;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The strategies beyond page numbers and offsets (the last item's id, a next link in the body, the
 * {@code Link} header) and the rule every page follows: a key (cursor, link) that fetched this page
 * or one before it is never asked for again. Each case runs blocking and asynchronous, counting
 * what the in-memory server is asked for.
 */
class NextPageStrategiesTest {

  static JsonNode json(String s) {
    try {
      return Json.mapper().readTree(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** A page of ids as a JSON array of objects with an {@code id}. */
  static JsonNode objects(List<String> ids) {
    StringBuilder sb = new StringBuilder("[");
    for (String id : ids) {
      sb.append(sb.length() > 1 ? "," : "").append("{\"id\":\"").append(id).append("\"}");
    }
    return json(sb.append(']').toString());
  }

  // ---------------------------------------------------------------- the last item's id

  /** Stripe's lists: starting_after = the last id, has_more says whether more follow. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void itemCursorFollowsTheLastIdUntilHasMoreIsFalse(Mode mode) {
    Server<String> s =
        new Server<>(
            after ->
                switch (after) {
                  case "b" ->
                      new Answer<>(
                          List.of("c", "d"),
                          ItemCursorStrategy.of(objects(List.of("c", "d")), "id", true, 2L));
                  case "d" ->
                      new Answer<>(
                          List.of("e"),
                          ItemCursorStrategy.of(objects(List.of("e")), "id", false, 2L));
                  default -> throw new AssertionError(after);
                });
    Answer<String> first =
        new Answer<>(
            List.of("a", "b"), ItemCursorStrategy.of(objects(List.of("a", "b")), "id", true, 2L));
    assertEquals(List.of("a", "b", "c", "d", "e"), mode.all(s, first));
    assertEquals(List.of("b", "d"), s.fetched, "has_more false: no request after e");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void itemCursorStopRules(Mode mode) {
    Server<String> none =
        new Server<>(
            k -> {
              throw new AssertionError("fetched " + k);
            });
    assertFalse(
        mode.hasNext(
            none, new Answer<>(List.of(), ItemCursorStrategy.of(json("[]"), "id", true, 2L))),
        "empty page");
    assertFalse(
        mode.hasNext(
            none, new Answer<>(List.of("a"), ItemCursorStrategy.of(json("[{}]"), "id", true, 2L))),
        "the last item has no id");
    assertFalse(
        mode.hasNext(
            none,
            new Answer<>(
                List.of("a"), ItemCursorStrategy.of(objects(List.of("a")), "id", null, 2L))),
        "no has_more and a short page");
    assertTrue(
        mode.hasNext(
            none,
            new Answer<>(
                List.of("a", "b"),
                ItemCursorStrategy.of(objects(List.of("a", "b")), "id", null, 2L))),
        "no has_more and a full page");
    assertEquals(
        "this is the last page (has_more is not true)",
        mode.nextPageFailure(
                none,
                new Answer<>(
                    List.of("a"), ItemCursorStrategy.of(objects(List.of("a")), "id", false, null)))
            .getMessage());
    assertEquals(List.of(), none.fetched);
  }

  // ---------------------------------------------------------------- next links

  @ParameterizedTest
  @EnumSource(Mode.class)
  void nextLinkInTheBodyIsFollowedUntilItIsNull(Mode mode) {
    Server<String> s =
        new Server<>(
            link ->
                switch (link) {
                  case "/items?page=2" ->
                      new Answer<>(List.of("c"), NextLinkStrategy.of("/items?page=3"));
                  case "/items?page=3" -> new Answer<>(List.of("d"), NextLinkStrategy.of(null));
                  default -> throw new AssertionError(link);
                });
    Answer<String> first = new Answer<>(List.of("a", "b"), NextLinkStrategy.of("/items?page=2"));
    assertEquals(List.of("a", "b", "c", "d"), mode.all(s, first));
    assertEquals(List.of("/items?page=2", "/items?page=3"), s.fetched);
    assertEquals(
        "this is the last page (no next link)",
        mode.nextPageFailure(s, new Answer<>(List.of("x"), NextLinkStrategy.of("  ")))
            .getMessage());
  }

  /** Azure may send an empty page that still has a nextLink: the link is what counts. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEmptyPageWithANextLinkIsFollowed(Mode mode) {
    Server<String> s = new Server<>(link -> new Answer<>(List.of("b"), NextLinkStrategy.of(null)));
    assertEquals(List.of("b"), mode.all(s, new Answer<>(List.of(), NextLinkStrategy.of("/p2"))));
    assertEquals(List.of("/p2"), s.fetched);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void linkHeaderRelNextIsFollowed(Mode mode) {
    Map<String, List<String>> last =
        Map.of("link", List.of("<https://api.example.com/r?page=1>; rel=\"first\""));
    Server<String> s =
        new Server<>(
            link ->
                new Answer<>(
                    List.of("c"),
                    NextLinkStrategy.fromLinkHeader(
                        link.endsWith("page=2")
                            ? Map.of(
                                "Link",
                                List.of(
                                    "<https://api.example.com/r?page=3>; rel=\"next\", "
                                        + "<https://api.example.com/r?page=1>; rel=\"prev\""))
                            : last)));
    Answer<String> first =
        new Answer<>(
            List.of("a"),
            NextLinkStrategy.fromLinkHeader(
                Map.of(
                    "Link",
                    List.of(
                        "<https://api.example.com/r?page=2>; rel=\"next\", "
                            + "<https://api.example.com/r?page=3>; rel=\"last\""))));
    assertEquals(List.of("a", "c", "c"), mode.all(s, first));
    assertEquals(
        List.of("https://api.example.com/r?page=2", "https://api.example.com/r?page=3"), s.fetched);
  }

  @Test
  void linkHeaderParsing() {
    assertEquals("/b", LinkHeader.nextOf("</a>; rel=\"prev\", </b>; rel=\"next\""));
    assertEquals("/b", LinkHeader.nextOf("</b>; rel=\"NEXT last\""), "a list of rels");
    assertEquals("/b", LinkHeader.nextOf("</b>;rel=next"), "unquoted, no spaces");
    assertEquals(
        "/b?x=1,2",
        LinkHeader.nextOf("</a>; title=\"a, b\"; rel=prev, </b?x=1,2>; rel=\"next\""),
        "commas inside quotes and brackets do not split");
    assertNull(LinkHeader.nextOf("</a>; rel=\"prev\""));
    assertNull(LinkHeader.nextOf("</a>; rel=\"nextpage\""));
    assertNull(LinkHeader.nextOf("garbage"));
    assertNull(LinkHeader.nextOf(null));
    assertNull(LinkHeader.next(Map.of()));
  }

  // ---------------------------------------------------------------- a server repeating itself

  /**
   * A cursor the server gives again (a bug, or a list that did not move): the pager stops instead
   * of asking for the same page forever.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRepeatedCursorEndsThePages(Mode mode) {
    Server<String> s =
        new Server<>(
            c ->
                switch (c) {
                  case "c2" -> new Answer<>(List.of("b"), CursorStrategy.of("c3", true));
                  case "c3" -> new Answer<>(List.of("c"), CursorStrategy.of("c3", true));
                  default -> throw new AssertionError(c);
                });
    Answer<String> first = new Answer<>(List.of("a"), CursorStrategy.of("c2", true));
    assertEquals(List.of("a", "b", "c"), mode.items(s, first, 100));
    assertEquals(List.of("c2", "c3"), s.fetched);
  }

  /** A longer cycle (page 3 links back to page 2) ends too. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void aLinkCycleEndsThePages(Mode mode) {
    Server<String> s =
        new Server<>(
            link ->
                switch (link) {
                  case "/2" -> new Answer<>(List.of("b"), NextLinkStrategy.of("/3"));
                  case "/3" -> new Answer<>(List.of("c"), NextLinkStrategy.of("/2"));
                  default -> throw new AssertionError(link);
                });
    Answer<String> first = new Answer<>(List.of("a"), NextLinkStrategy.of("/2"));
    assertEquals(List.of("a", "b", "c"), mode.items(s, first, 100));
    assertEquals(List.of("/2", "/3"), s.fetched);
  }

  @Test
  void nextPageAfterARepeatFailsWithoutAFetch() throws Exception {
    String message = "this is the last page: the server asks for c2 again, which it already gave";
    Page<String> second =
        Page.of(
                List.of("a"),
                CursorStrategy.of("c2", true),
                k ->
                    Page.of(
                        List.of("b"),
                        CursorStrategy.of("c2", true),
                        x -> {
                          throw new AssertionError("fetched " + x);
                        }))
            .nextPage();
    assertFalse(second.hasNextPage());
    assertEquals(
        message, assertThrows(NoSuchElementException.class, second::nextPage).getMessage());

    AsyncPage<String> asyncSecond =
        AsyncPage.of(
                List.of("a"),
                CursorStrategy.of("c2", true),
                k ->
                    CompletableFuture.completedFuture(
                        AsyncPage.<String, String>of(
                            List.of("b"),
                            CursorStrategy.of("c2", true),
                            x -> {
                              throw new AssertionError("fetched " + x);
                            })))
            .nextPage()
            .get(10, TimeUnit.SECONDS);
    assertFalse(asyncSecond.hasNextPage());
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> asyncSecond.nextPage().get());
    assertInstanceOf(NoSuchElementException.class, failed.getCause());
    assertEquals(message, failed.getCause().getMessage());
  }

  /**
   * The trail belongs to a chain of pages: starting again from the first page (a second iteration)
   * fetches the same pages again.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSecondIterationFetchesAgain(Mode mode) {
    Server<String> s =
        new Server<>(
            c ->
                c.equals("c2") ? new Answer<>(List.of("b"), CursorStrategy.of(null, false)) : null);
    Answer<String> first = new Answer<>(List.of("a"), CursorStrategy.of("c2", true));
    assertEquals(List.of("a", "b"), mode.all(s, first));
    assertEquals(List.of("a", "b"), mode.all(s, first));
    assertEquals(List.of("c2", "c2"), s.fetched);
  }

  // ---------------------------------------------------------------- stop signals in any body

  @Test
  void paginationInfoReadsPointers() {
    JsonNode body = json("{\"meta\":{\"total\":\"42\",\"pages\":5},\"has_more\":false}");
    PaginationInfo i = PaginationInfo.at(body, "/meta/total", "/meta/pages", "/has_more");
    assertEquals(new PaginationInfo(null, null, null, 42L, 5L, false, null), i);
    assertEquals(PaginationInfo.empty(), PaginationInfo.at(body, "/x", null, "/y/z"));
    assertEquals(PaginationInfo.empty(), PaginationInfo.at(null, "/meta/total", null, null));
  }

  @Test
  void pageHeadersAreKept() {
    Map<String, List<String>> headers = Map.of("Link", List.of("</2>; rel=\"next\""));
    Page<String> page =
        Page.of(
            new ListResponse<>(List.of("a"), json("[\"a\"]"), headers),
            NextLinkStrategy.fromLinkHeader(headers),
            k -> {
              throw new AssertionError();
            });
    assertEquals(headers, page.headers());
    assertEquals(
        Map.of(), Page.of(List.of("a"), CursorStrategy.of(null, null), k -> null).headers());
    AsyncPage<String> async =
        AsyncPage.of(
            new ListResponse<>(List.of("a"), json("[\"a\"]"), headers),
            NextLinkStrategy.fromLinkHeader(headers),
            k -> {
              throw new AssertionError();
            });
    assertEquals(headers, async.headers());
  }
}
