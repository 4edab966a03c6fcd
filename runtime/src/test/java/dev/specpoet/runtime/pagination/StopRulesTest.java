package dev.specpoet.runtime.pagination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The stop rules and lazy iteration, against an in-memory "server" that counts fetches. */
class StopRulesTest {

  /** Lets a lambda refer to itself. */
  static final class Holder<T> {
    T value;
  }

  static PaginationInfo info(String json) throws Exception {
    JsonNode node = Json.mapper().readTree(json);
    return PaginationInfo.fromJson(node);
  }

  static PaginationInfo pi(
      Long page, Long perPage, Long totalCount, Long totalPages, Boolean hasMore) {
    return new PaginationInfo(page, perPage, null, totalCount, totalPages, hasMore, null);
  }

  /** Pages of a fixed list; what result_info says is decided by {@code infoFor}. */
  static final class Pages {
    final List<String> all;
    final long perPage;
    final java.util.function.LongFunction<PaginationInfo> infoFor;
    final List<Long> fetched = new ArrayList<>();
    Long requestedPerPage;

    Pages(int total, long perPage, java.util.function.LongFunction<PaginationInfo> infoFor) {
      this.all = new ArrayList<>();
      for (int i = 0; i < total; i++) {
        all.add("item" + i);
      }
      this.perPage = perPage;
      this.infoFor = infoFor;
      this.requestedPerPage = perPage;
    }

    List<String> slice(long page) {
      int from = (int) Math.min(all.size(), (page - 1) * perPage);
      int to = (int) Math.min(all.size(), page * perPage);
      return all.subList(from, to);
    }

    Page<String> fetch(long page) {
      fetched.add(page);
      return PageNumberPage.of(
          slice(page), infoFor.apply(page), page, requestedPerPage, this::fetch);
    }

    CompletableFuture<AsyncPage<String>> fetchAsync(long page) {
      fetched.add(page);
      return CompletableFuture.supplyAsync(
          () ->
              AsyncPageNumberPage.of(
                  slice(page), infoFor.apply(page), page, requestedPerPage, this::fetchAsync));
    }
  }

  @Test
  void totalPagesStopsWithoutAnExtraRequest() {
    Pages p = new Pages(6, 2, n -> pi(n, 2L, null, 3L, null));
    List<String> items = new ArrayList<>();
    p.fetch(1).autoPager().forEach(items::add);
    assertEquals(p.all, items);
    assertEquals(List.of(1L, 2L, 3L), p.fetched);
  }

  @Test
  void totalCountStopsAFullLastPage() {
    Pages p = new Pages(4, 2, n -> pi(n, 2L, 4L, null, null));
    assertEquals(4, p.fetch(1).autoPager().stream().count());
    assertEquals(List.of(1L, 2L), p.fetched, "page 2 is full but total_count says it is the last");
  }

  @Test
  void hasMoreFalseStops() {
    Pages p = new Pages(4, 2, n -> pi(n, 2L, null, null, n < 2));
    assertEquals(4, p.fetch(1).autoPager().stream().count());
    assertEquals(List.of(1L, 2L), p.fetched);
  }

  @Test
  void aShortPageStopsWhenNothingElseIsKnown() {
    Pages p = new Pages(5, 2, n -> PaginationInfo.empty());
    assertEquals(5, p.fetch(1).autoPager().stream().count());
    assertEquals(List.of(1L, 2L, 3L), p.fetched);
  }

  @Test
  void anEmptyPageStops() {
    Pages p = new Pages(4, 2, n -> pi(n, null, null, null, true));
    // has_more keeps claiming more: the empty third page ends it
    assertEquals(4, p.fetch(1).autoPager().stream().count());
    assertEquals(List.of(1L, 2L, 3L), p.fetched);
    assertFalse(p.fetch(3).hasNextPage());
  }

  @Test
  void withNoPageSizeKnownOnlyAnEmptyPageStops() {
    Pages p = new Pages(3, 2, n -> PaginationInfo.empty());
    p.requestedPerPage = null;
    Page<String> first = PageNumberPage.of(p.slice(1), null, 1, null, p::fetch);
    assertEquals(3, first.autoPager().stream().count());
    assertEquals(List.of(2L, 3L), p.fetched);
  }

  @Test
  void theServersPageNumberWins() {
    List<Long> asked = new ArrayList<>();
    Page<String> page =
        PageNumberPage.of(
            List.of("a"),
            pi(4L, 1L, null, 9L, null),
            1,
            1L,
            n -> {
              asked.add(n);
              return PageNumberPage.of(List.of(), null, n, 1L, m -> null);
            });
    page.nextPage();
    assertEquals(List.of(5L), asked);
  }

  /**
   * The API docs' example page, which Prism serves for every request: one item but page 0, per_page
   * 0, total_count 0. The pager must take the page it asked for, not go back to page 0 + 1 forever.
   */
  @Test
  void aZeroPageNumberInResultInfoNeverMakesThePagerGoBack() {
    List<Long> asked = new ArrayList<>();
    Holder<java.util.function.LongFunction<Page<String>>> fetch = new Holder<>();
    fetch.value =
        n -> {
          asked.add(n);
          return PageNumberPage.of(
              List.of("x" + n), pi(0L, 0L, null, null, null), n, 1L, fetch.value);
        };
    Page<String> first =
        PageNumberPage.of(List.of("x1"), pi(0L, 0L, null, null, null), 1, 1L, fetch.value);
    assertEquals(1, ((PageNumberPage<String>) first).page());
    assertEquals(
        List.of("x1", "x2", "x3"),
        first.autoPager().stream().limit(3).collect(Collectors.toList()));
    assertEquals(List.of(2L, 3L), asked, "each request asks for the page after the last one");
  }

  @Test
  void aTotalCountAlreadyReachedStopsEvenWithNoPageSizeKnown() {
    PaginationInfo docsExample = pi(0L, 0L, 0L, null, null);
    assertFalse(
        PageNumberPage.of(List.of("a"), docsExample, 1, 20L, n -> null).hasNextPage(),
        "per_page asked for");
    assertFalse(
        PageNumberPage.of(List.of("a"), docsExample, 1, null, n -> null).hasNextPage(),
        "no per_page asked for: this page's length stands for it");
    assertTrue(
        PageNumberPage.of(List.of("a", "b"), pi(1L, null, 5L, null, null), 1, null, n -> null)
            .hasNextPage(),
        "2 of 5 seen");
    assertFalse(
        PageNumberPage.of(List.of("a", "b"), pi(3L, null, 6L, null, null), 3, null, n -> null)
            .hasNextPage(),
        "page 3 of 2-item pages: all 6 seen");
  }

  @Test
  void aServerPageBehindTheRequestedOneIsIgnored() {
    List<Long> asked = new ArrayList<>();
    Page<String> page =
        PageNumberPage.of(
            List.of("a"),
            pi(2L, 1L, null, 9L, null),
            5,
            1L,
            n -> {
              asked.add(n);
              return PageNumberPage.of(List.of(), null, n, 1L, m -> null);
            });
    page.nextPage();
    assertEquals(List.of(6L), asked);
  }

  @Test
  void iterationIsLazy() {
    Pages p = new Pages(6, 2, n -> pi(n, 2L, null, 3L, null));
    assertEquals(
        List.of("item0", "item1", "item2"),
        p.fetch(1).autoPager().stream().limit(3).collect(Collectors.toList()));
    assertEquals(List.of(1L, 2L), p.fetched);
    for (String s : p.fetch(1).autoPager()) {
      assertEquals("item0", s);
      break;
    }
    assertEquals(List.of(1L, 2L, 1L), p.fetched);
  }

  @Test
  void nextPageOnTheLastPageFails() {
    Page<String> last =
        PageNumberPage.of(
            List.of("a"),
            pi(3L, 1L, null, 3L, null),
            3,
            1L,
            n -> {
              throw new AssertionError("fetched");
            });
    assertFalse(last.hasNextPage());
    assertThrows(NoSuchElementException.class, last::nextPage);
  }

  @Test
  void cursorPages() {
    List<String> cursors = new ArrayList<>();
    Holder<java.util.function.Function<String, Page<String>>> fetch = new Holder<>();
    fetch.value =
        c -> {
          cursors.add(c);
          return switch (c) {
            case "c2" -> CursorPage.of(List.of("c", "d"), "c3", true, fetch.value);
            case "c3" -> CursorPage.of(List.of("e"), null, null, fetch.value);
            default -> throw new AssertionError(c);
          };
        };
    Page<String> first =
        CursorPage.of(
            List.of("a", "b"),
            new PaginationInfo(null, null, null, null, null, null, "c2"),
            fetch.value);
    assertEquals(
        List.of("a", "b", "c", "d", "e"), first.autoPager().stream().collect(Collectors.toList()));
    assertEquals(List.of("c2", "c3"), cursors);
    assertFalse(
        CursorPage.of(List.of("x"), "c9", false, fetch.value).hasNextPage(),
        "has_more false wins over a cursor");
    assertFalse(CursorPage.of(List.of(), "c9", true, fetch.value).hasNextPage(), "empty page");
  }

  @Test
  void offsetPages() {
    List<String> all = List.of("a", "b", "c", "d", "e");
    List<Long> offsets = new ArrayList<>();
    Holder<java.util.function.LongFunction<Page<String>>> fetch = new Holder<>();
    fetch.value =
        off -> {
          offsets.add(off);
          List<String> slice = all.subList((int) off, (int) Math.min(all.size(), off + 2));
          return OffsetPage.of(slice, pi(null, null, 5L, null, null), off, 2L, fetch.value);
        };
    Page<String> first = fetch.value.apply(0);
    assertEquals(all, first.autoPager().stream().collect(Collectors.toList()));
    assertEquals(List.of(0L, 2L, 4L), offsets);

    offsets.clear();
    Holder<java.util.function.LongFunction<Page<String>>> unknown = new Holder<>();
    unknown.value =
        off -> {
          offsets.add(off);
          List<String> slice =
              all.subList((int) Math.min(all.size(), off), (int) Math.min(all.size(), off + 5));
          return OffsetPage.of(slice, null, off, 5L, unknown.value);
        };
    assertEquals(5, unknown.value.apply(0).autoPager().stream().count());
    assertEquals(List.of(0L, 5L), offsets, "a full page with nothing known: one more fetch");
  }

  @Test
  void asyncPageNumberPagesStopTheSameWay() throws Exception {
    Pages p = new Pages(4, 2, n -> pi(n, 2L, 4L, null, null));
    List<String> items =
        p.fetchAsync(1).thenCompose(first -> first.autoPager().toList()).get(10, TimeUnit.SECONDS);
    assertEquals(p.all, items);
    assertEquals(List.of(1L, 2L), p.fetched);
  }

  @Test
  void asyncForEachWhileStopsEarly() throws Exception {
    Pages p = new Pages(6, 2, n -> pi(n, 2L, null, 3L, null));
    List<String> seen = new ArrayList<>();
    p.fetchAsync(1)
        .thenCompose(
            first ->
                first
                    .autoPager()
                    .forEachWhile(
                        s -> {
                          seen.add(s);
                          return seen.size() < 2;
                        }))
        .get(10, TimeUnit.SECONDS);
    assertEquals(List.of("item0", "item1"), seen);
    assertEquals(List.of(1L), p.fetched);
  }

  @Test
  void asyncFailuresFailTheAutoPager() {
    AsyncPage<String> first =
        AsyncPageNumberPage.of(
            List.of("a"),
            pi(1L, 1L, null, 2L, null),
            1,
            1L,
            n -> CompletableFuture.failedFuture(new IllegalStateException("page " + n)));
    ExecutionException e =
        assertThrows(
            ExecutionException.class, () -> first.autoPager().toList().get(10, TimeUnit.SECONDS));
    assertEquals("page 2", e.getCause().getMessage());
    AsyncPage<String> last =
        AsyncPageNumberPage.of(List.of("a"), pi(2L, 1L, null, 2L, null), 2, 1L, n -> null);
    assertTrue(last.nextPage().isCompletedExceptionally());
  }

  @Test
  void asyncCursorAndOffsetPages() throws Exception {
    AsyncPage<String> cursor =
        AsyncCursorPage.of(
            List.of("a"),
            "n",
            null,
            c ->
                CompletableFuture.completedFuture(
                    AsyncCursorPage.of(List.of("b"), (String) null, null, x -> null)));
    assertEquals(List.of("a", "b"), cursor.autoPager().toList().get(10, TimeUnit.SECONDS));
    AsyncPage<String> offset =
        AsyncOffsetPage.of(
            List.of("a", "b"),
            null,
            0,
            2L,
            off ->
                CompletableFuture.completedFuture(
                    AsyncOffsetPage.of(List.of("c"), null, off, 2L, x -> null)));
    assertEquals(List.of("a", "b", "c"), offset.autoPager().toList().get(10, TimeUnit.SECONDS));
  }

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
}
