package dev.specpoet.runtime.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The stop rules of every pagination strategy and lazy iteration, against an in-memory "server"
 * that counts fetches. Each case runs over blocking and over asynchronous pages: both must ask for
 * the same pages and see the same items.
 */
class StopRulesTest {

  /** One answer of the server: a page's items and the strategy its response gives. */
  record Answer<K>(List<String> items, NextPageStrategy<K> strategy) {}

  /** A list endpoint in memory: answers a page request and remembers what was asked. */
  static final class Server<K> {
    final Function<K, Answer<K>> answers;
    final List<K> fetched = Collections.synchronizedList(new ArrayList<>());

    Server(Function<K, Answer<K>> answers) {
      this.answers = answers;
    }

    Answer<K> fetch(K key) {
      fetched.add(key);
      return answers.apply(key);
    }
  }

  /** How a test walks the pages. */
  enum Mode {
    BLOCKING {
      @Override
      <K> List<String> items(Server<K> server, Answer<K> first, long limit) {
        return page(server, first).autoPager().stream().limit(limit).toList();
      }

      @Override
      <K> boolean hasNext(Server<K> server, Answer<K> first) {
        return page(server, first).hasNextPage();
      }

      @Override
      <K> Throwable nextPageFailure(Server<K> server, Answer<K> first) {
        return assertThrows(RuntimeException.class, () -> page(server, first).nextPage());
      }

      <K> Page<String> page(Server<K> server, Answer<K> answer) {
        return Page.of(answer.items(), answer.strategy(), k -> page(server, server.fetch(k)));
      }
    },
    ASYNC {
      @Override
      <K> List<String> items(Server<K> server, Answer<K> first, long limit) {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        join(
            page(server, first)
                .autoPager()
                .forEachWhile(
                    item -> {
                      seen.add(item);
                      return seen.size() < limit;
                    }));
        return List.copyOf(seen);
      }

      @Override
      <K> boolean hasNext(Server<K> server, Answer<K> first) {
        return page(server, first).hasNextPage();
      }

      @Override
      <K> Throwable nextPageFailure(Server<K> server, Answer<K> first) {
        CompletableFuture<AsyncPage<String>> next = page(server, first).nextPage();
        ExecutionException e =
            assertThrows(ExecutionException.class, () -> next.get(10, TimeUnit.SECONDS));
        return e.getCause();
      }

      <K> AsyncPage<String> page(Server<K> server, Answer<K> answer) {
        return AsyncPage.of(
            answer.items(),
            answer.strategy(),
            k -> CompletableFuture.supplyAsync(() -> page(server, server.fetch(k))));
      }
    };

    /** The items of the first page and those after it, at most {@code limit}. */
    abstract <K> List<String> items(Server<K> server, Answer<K> first, long limit);

    abstract <K> boolean hasNext(Server<K> server, Answer<K> first);

    /** What asking for the page after {@code first} fails with. */
    abstract <K> Throwable nextPageFailure(Server<K> server, Answer<K> first);

    <K> List<String> all(Server<K> server, Answer<K> first) {
      return items(server, first, Long.MAX_VALUE);
    }

    static void join(CompletableFuture<?> f) {
      try {
        f.get(10, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }

  static PaginationInfo pi(
      Long page, Long perPage, Long totalCount, Long totalPages, Boolean hasMore) {
    return new PaginationInfo(page, perPage, null, totalCount, totalPages, hasMore, null);
  }

  static List<String> items(int from, int to) {
    List<String> l = new ArrayList<>();
    for (int i = from; i < to; i++) {
      l.add("item" + i);
    }
    return l;
  }

  /**
   * {@code total} items, {@code perPage} per page; page {@code n}'s result_info is {@code
   * infoFor(n)}; the client asks for {@code requestedPerPage}.
   */
  static Server<Long> pages(
      int total, int perPage, Function<Long, PaginationInfo> infoFor, Long requestedPerPage) {
    return new Server<>(
        n -> {
          int from = (int) Math.min(total, (n - 1) * perPage);
          int to = (int) Math.min(total, n * perPage);
          return new Answer<>(
              items(from, to), PageNumberStrategy.of(infoFor.apply(n), n, requestedPerPage));
        });
  }

  static Server<Long> pages(int total, int perPage, Function<Long, PaginationInfo> infoFor) {
    return pages(total, perPage, infoFor, (long) perPage);
  }

  // ---------------------------------------------------------------- page numbers

  @ParameterizedTest
  @EnumSource(Mode.class)
  void totalPagesStopsWithoutAnExtraRequest(Mode mode) {
    Server<Long> s = pages(6, 2, n -> pi(n, 2L, null, 3L, null));
    assertEquals(items(0, 6), mode.all(s, s.fetch(1L)));
    assertEquals(List.of(1L, 2L, 3L), s.fetched);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void totalCountStopsAFullLastPage(Mode mode) {
    Server<Long> s = pages(4, 2, n -> pi(n, 2L, 4L, null, null));
    assertEquals(items(0, 4), mode.all(s, s.fetch(1L)));
    assertEquals(List.of(1L, 2L), s.fetched, "page 2 is full but total_count says it is the last");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void hasMoreFalseStops(Mode mode) {
    Server<Long> s = pages(4, 2, n -> pi(n, 2L, null, null, n < 2));
    assertEquals(items(0, 4), mode.all(s, s.fetch(1L)));
    assertEquals(List.of(1L, 2L), s.fetched);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aShortPageStopsWhenNothingElseIsKnown(Mode mode) {
    Server<Long> s = pages(5, 2, n -> PaginationInfo.empty());
    assertEquals(items(0, 5), mode.all(s, s.fetch(1L)));
    assertEquals(List.of(1L, 2L, 3L), s.fetched);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anEmptyPageStops(Mode mode) {
    // has_more keeps claiming more: the empty third page ends it
    Server<Long> s = pages(4, 2, n -> pi(n, null, null, null, true));
    assertEquals(items(0, 4), mode.all(s, s.fetch(1L)));
    assertEquals(List.of(1L, 2L, 3L), s.fetched);
    assertFalse(mode.hasNext(s, s.fetch(3L)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void withNoPageSizeKnownOnlyAnEmptyPageStops(Mode mode) {
    Server<Long> s = pages(3, 2, n -> PaginationInfo.empty(), null);
    assertEquals(items(0, 3), mode.all(s, s.fetch(1L)));
    assertEquals(List.of(1L, 2L, 3L), s.fetched);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theServersPageNumberWins(Mode mode) {
    Server<Long> s =
        new Server<>(
            n ->
                n == 1
                    ? new Answer<>(
                        List.of("a"), PageNumberStrategy.of(pi(4L, 1L, null, 9L, null), 1, 1L))
                    : new Answer<>(List.of(), PageNumberStrategy.of(null, n, 1L)));
    assertEquals(List.of("a"), mode.all(s, s.fetch(1L)));
    assertEquals(List.of(1L, 5L), s.fetched);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerPageBehindTheRequestedOneIsIgnored(Mode mode) {
    Server<Long> s =
        new Server<>(
            n ->
                n == 5
                    ? new Answer<>(
                        List.of("a"), PageNumberStrategy.of(pi(2L, 1L, null, 9L, null), 5, 1L))
                    : new Answer<>(List.of(), PageNumberStrategy.of(null, n, 1L)));
    mode.all(s, s.fetch(5L));
    assertEquals(List.of(5L, 6L), s.fetched);
  }

  /**
   * The API docs' example page, which Prism serves for every request: one item but page 0, per_page
   * 0, total_count 0. The pager must take the page it asked for, not go back to page 0 + 1 forever.
   */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void aZeroPageNumberInResultInfoNeverMakesThePagerGoBack(Mode mode) {
    PaginationInfo docsExample = pi(0L, 0L, null, null, null);
    assertEquals(1, PageNumberStrategy.of(docsExample, 1, 1L).page());
    Server<Long> s =
        new Server<>(
            n -> new Answer<>(List.of("x" + n), PageNumberStrategy.of(docsExample, n, 1L)));
    assertEquals(List.of("x1", "x2", "x3"), mode.items(s, s.fetch(1L), 3));
    assertEquals(
        List.of(1L, 2L, 3L), s.fetched, "each request asks for the page after the last one");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aTotalCountAlreadyReachedStopsEvenWithNoPageSizeKnown(Mode mode) {
    Server<Long> none =
        new Server<>(n -> new Answer<>(List.of(), PageNumberStrategy.of(null, n, null)));
    PaginationInfo docsExample = pi(0L, 0L, 0L, null, null);
    assertFalse(
        mode.hasNext(none, new Answer<>(List.of("a"), PageNumberStrategy.of(docsExample, 1, 20L))),
        "per_page asked for");
    assertFalse(
        mode.hasNext(none, new Answer<>(List.of("a"), PageNumberStrategy.of(docsExample, 1, null))),
        "no per_page asked for: this page's length stands for it");
    assertTrue(
        mode.hasNext(
            none,
            new Answer<>(
                List.of("a", "b"), PageNumberStrategy.of(pi(1L, null, 5L, null, null), 1, null))),
        "2 of 5 seen");
    assertFalse(
        mode.hasNext(
            none,
            new Answer<>(
                List.of("a", "b"), PageNumberStrategy.of(pi(3L, null, 6L, null, null), 3, null))),
        "page 3 of 2-item pages: all 6 seen");
    assertEquals(List.of(), none.fetched);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void iterationIsLazy(Mode mode) {
    Server<Long> s = pages(6, 2, n -> pi(n, 2L, null, 3L, null));
    assertEquals(items(0, 3), mode.items(s, s.fetch(1L), 3));
    assertEquals(List.of(1L, 2L), s.fetched);
    assertEquals(items(0, 1), mode.items(s, s.fetch(1L), 1));
    assertEquals(List.of(1L, 2L, 1L), s.fetched, "the first page's items need no fetch");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void nextPageOnTheLastPageFailsWithoutAFetch(Mode mode) {
    Server<Long> s =
        new Server<>(
            n -> {
              throw new AssertionError("fetched page " + n);
            });
    Answer<Long> last =
        new Answer<>(List.of("a"), PageNumberStrategy.of(pi(3L, 1L, null, 3L, null), 3, 1L));
    assertFalse(mode.hasNext(s, last));
    Throwable e = mode.nextPageFailure(s, last);
    assertInstanceOf(java.util.NoSuchElementException.class, e);
    assertEquals("page 3 is the last page", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFailedFetchEndsTheIteration(Mode mode) {
    Server<Long> s =
        new Server<>(
            n -> {
              throw new IllegalStateException("page " + n);
            });
    Answer<Long> first =
        new Answer<>(List.of("a"), PageNumberStrategy.of(pi(1L, 1L, null, 2L, null), 1, 1L));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> mode.all(s, first));
    assertEquals("page 2", e.getMessage());
  }

  // ---------------------------------------------------------------- cursors and offsets

  @ParameterizedTest
  @EnumSource(Mode.class)
  void cursorPages(Mode mode) {
    Server<String> s =
        new Server<>(
            c ->
                switch (c) {
                  case "c2" -> new Answer<>(List.of("c", "d"), CursorStrategy.of("c3", true));
                  case "c3" -> new Answer<>(List.of("e"), CursorStrategy.of(null, null));
                  default -> throw new AssertionError(c);
                });
    Answer<String> first =
        new Answer<>(
            List.of("a", "b"),
            CursorStrategy.of(new PaginationInfo(null, null, null, null, null, null, "c2")));
    assertEquals(List.of("a", "b", "c", "d", "e"), mode.all(s, first));
    assertEquals(List.of("c2", "c3"), s.fetched);
    assertFalse(
        mode.hasNext(s, new Answer<>(List.of("x"), CursorStrategy.of("c9", false))),
        "has_more false wins over a cursor");
    assertFalse(
        mode.hasNext(s, new Answer<>(List.of(), CursorStrategy.of("c9", true))), "empty page");
    assertEquals(
        "this is the last page (no next cursor)",
        mode.nextPageFailure(s, new Answer<>(List.of("x"), CursorStrategy.of(null))).getMessage());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void offsetPagesWithAKnownTotal(Mode mode) {
    List<String> all = items(0, 5);
    Server<Long> s =
        new Server<>(
            off ->
                new Answer<>(
                    all.subList(off.intValue(), (int) Math.min(all.size(), off + 2)),
                    OffsetStrategy.of(pi(null, null, 5L, null, null), off, 2L)));
    assertEquals(all, mode.all(s, s.fetch(0L)));
    assertEquals(List.of(0L, 2L, 4L), s.fetched);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void offsetPagesWithNothingKnownStopAtAShortPage(Mode mode) {
    List<String> all = items(0, 5);
    Server<Long> s =
        new Server<>(
            off ->
                new Answer<>(
                    all.subList(
                        (int) Math.min(all.size(), off), (int) Math.min(all.size(), off + 5)),
                    OffsetStrategy.of(null, off, 5L)));
    assertEquals(all, mode.all(s, s.fetch(0L)));
    assertEquals(List.of(0L, 5L), s.fetched, "a full page with nothing known: one more fetch");
    assertEquals(
        "the page at offset 5 is the last page", mode.nextPageFailure(s, s.fetch(5L)).getMessage());
  }

  // ---------------------------------------------------------------- the response's result_info

  @Test
  void paginationInfoReadsCloudflareResultInfo() throws Exception {
    PaginationInfo i =
        info(
            "{\"page\":2,\"per_page\":20,\"count\":20,\"total_count\":\"95\","
                + "\"total_pages\":5,\"has_more\":true,\"cursor\":\"abc\"}");
    assertEquals(new PaginationInfo(2L, 20L, 20L, 95L, 5L, true, "abc"), i);
    assertEquals("next", info("{\"cursor\":\"c\",\"next_cursor\":\"next\"}").nextCursor());
    assertEquals(PaginationInfo.empty(), info("{\"page\":\"x\",\"has_more\":\"maybe\"}"));
    assertEquals(PaginationInfo.empty(), PaginationInfo.fromJson(null));
    assertEquals(PaginationInfo.empty(), info("[1,2]"));
  }

  static PaginationInfo info(String json) throws Exception {
    JsonNode node = Json.mapper().readTree(json);
    return PaginationInfo.fromJson(node);
  }
}
