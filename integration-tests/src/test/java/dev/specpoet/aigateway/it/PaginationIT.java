package dev.specpoet.aigateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.aigateway.it.support.Calls;
import dev.specpoet.aigateway.it.support.FakeServer;
import dev.specpoet.aigateway.it.support.Fixtures;
import dev.specpoet.harness.ResultChecker;
import dev.specpoet.runtime.pagination.AsyncPage;
import dev.specpoet.runtime.pagination.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Page-number pagination of {@code client.aiGateway().logs().list(...)} over real sockets. Each
 * test serves pages 1..n and checks, at the server, which pages were asked for: the pager must stop
 * on the server's signal and never ask for a page it can know is not there.
 */
class PaginationIT {

  private static final long PER_PAGE = 3;
  private final FakeServer fake = new FakeServer();

  @AfterEach
  void noLeaks() throws Exception {
    try {
      fake.assertNoConnectionInUse();
      fake.assertLogsClean();
    } finally {
      fake.close();
    }
  }

  private void servePage(int page, int items, Long totalCount, Long totalPages) {
    int from = (page - 1) * (int) PER_PAGE;
    fake.enqueue(
        200,
        Fixtures.logPage(Fixtures.ids("log", from, items), page, PER_PAGE, totalCount, totalPages));
  }

  private List<String> ids(Iterable<?> logs) {
    List<String> out = new ArrayList<>();
    for (Object log : logs) {
      out.add(ResultChecker.toJson(log).get("id").asText());
    }
    return out;
  }

  private List<Long> pagesRequested() throws InterruptedException {
    List<Long> pages = new ArrayList<>();
    for (RecordedRequest r : fake.requests()) {
      assertEquals(
          String.valueOf(PER_PAGE),
          r.getUrl().queryParameter("per_page"),
          "per_page is kept on every page");
      String page = r.getUrl().queryParameter("page");
      pages.add(page == null ? 1L : Long.parseLong(page));
    }
    return pages;
  }

  @Test
  void stopsAtTotalPagesWithoutAskingForMore() throws Exception {
    servePage(1, 3, null, 3L);
    servePage(2, 3, null, 3L);
    servePage(3, 3, null, 3L); // full page, but the last one: no page 4 request

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(0), PER_PAGE);
    List<String> all = ids(first.autoPager());

    assertEquals(Fixtures.ids("log", 0, 9), all);
    assertEquals(List.of(1L, 2L, 3L), pagesRequested());
  }

  @Test
  void stopsAtTotalCount() throws Exception {
    servePage(1, 3, 7L, null);
    servePage(2, 3, 7L, null);
    servePage(3, 1, 7L, null);

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(0), PER_PAGE);
    List<String> all = ids(first.autoPager());

    assertEquals(Fixtures.ids("log", 0, 7), all);
    assertEquals(List.of(1L, 2L, 3L), pagesRequested());
  }

  @Test
  void stopsAtTotalCountEvenWhenTheLastPageIsFull() throws Exception {
    servePage(1, 3, 6L, null);
    servePage(2, 3, 6L, null); // 6 of 6 seen: no page 3 request

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(0), PER_PAGE);
    List<String> all = ids(first.autoPager());

    assertEquals(6, all.size());
    assertEquals(List.of(1L, 2L), pagesRequested());
  }

  @Test
  void stopsOnAShortPageWhenTheServerGivesNoTotals() throws Exception {
    servePage(1, 3, null, null);
    servePage(2, 3, null, null);
    servePage(3, 2, null, null); // fewer than per_page: the end

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(0), PER_PAGE);
    List<String> all = ids(first.autoPager());

    assertEquals(Fixtures.ids("log", 0, 8), all);
    assertEquals(List.of(1L, 2L, 3L), pagesRequested());
  }

  @Test
  void stopsOnAnEmptyPage() throws Exception {
    servePage(1, 3, null, null);
    servePage(2, 3, null, null);
    servePage(
        3, 0, null, null); // nothing told us page 2 was the last: one empty page is unavoidable

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(0), PER_PAGE);
    List<String> all = ids(first.autoPager());

    assertEquals(6, all.size());
    assertEquals(List.of(1L, 2L, 3L), pagesRequested());
  }

  @Test
  void pagesCanBeWalkedByHandAndTheLastSaysSo() throws Exception {
    servePage(1, 3, null, 2L);
    servePage(2, 1, null, 2L);

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(0), PER_PAGE);
    assertTrue(first.hasNextPage());
    Page<?> second = first.nextPage();

    assertEquals(3, first.items().size());
    assertEquals(1, second.items().size());
    assertFalse(second.hasNextPage());
    assertEquals(List.of(1L, 2L), pagesRequested());
  }

  @Test
  void theAsyncPagerFollowsTheSameRules() throws Exception {
    servePage(1, 3, 7L, null);
    servePage(2, 3, 7L, null);
    servePage(3, 1, 7L, null);

    AsyncPage<?> first =
        Calls.<AsyncPage<?>>future(Calls.listLogs(fake.asyncClient(0), PER_PAGE))
            .get(20, TimeUnit.SECONDS);
    List<?> all = first.autoPager().toList().get(20, TimeUnit.SECONDS);

    assertEquals(Fixtures.ids("log", 0, 7), ids(all));
    assertEquals(List.of(1L, 2L, 3L), pagesRequested());
  }

  @Test
  void theStreamIsLazy() throws Exception {
    servePage(1, 3, null, 5L);
    servePage(2, 3, null, 5L);

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(0), PER_PAGE);
    List<String> firstFour =
        first.autoPager().stream()
            .limit(4)
            .map(l -> ResultChecker.toJson(l).get("id").asText())
            .collect(Collectors.toList());

    assertEquals(Fixtures.ids("log", 0, 4), firstFour);
    assertEquals(List.of(1L, 2L), pagesRequested(), "only the pages the stream consumed");
  }

  @Test
  void aVeryLargePageParses() throws Exception {
    fake.enqueue(200, Fixtures.hugeLogPage(20_000));

    Page<?> page = (Page<?>) Calls.listLogs(fake.client(0), 20_000);

    assertEquals(20_000, page.items().size());
    assertEquals("log-19999", ResultChecker.toJson(page.items().get(19_999)).get("id").asText());
    assertFalse(page.hasNextPage(), "total_pages = 1");
    assertEquals(1, fake.requests().size());
  }

  @Test
  void aTransientFailureInTheMiddleIsRetriedAndPagingGoesOn() throws Exception {
    servePage(1, 3, 7L, null);
    fake.enqueue(503, Fixtures.error(10001, "Service unavailable"));
    servePage(2, 3, 7L, null);
    servePage(3, 1, 7L, null);

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(2), PER_PAGE);
    List<String> all = ids(first.autoPager());

    assertEquals(Fixtures.ids("log", 0, 7), all, "no item lost or repeated");
    assertEquals(
        List.of(1L, 2L, 2L, 3L), pagesRequested(), "page 2 asked twice (the 503, then its retry)");
  }

  @Test
  void aFinalErrorInTheMiddleReachesTheCaller() throws Exception {
    servePage(1, 3, 7L, null);
    fake.enqueue(404, Fixtures.error(7002, "Gateway gone"));

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(2), PER_PAGE);
    java.util.Iterator<?> items = first.autoPager().iterator();
    for (int i = 0; i < 3; i++) {
      items.next();
    }
    dev.specpoet.runtime.errors.NotFoundException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.specpoet.runtime.errors.NotFoundException.class, items::hasNext);

    assertTrue(e.getMessage().contains("Gateway gone"), e.getMessage());
    dev.specpoet.aigateway.it.support.Secrets.assertNoSecretIn(e);
    assertEquals(List.of(1L, 2L), pagesRequested(), "a 404 is not retried");
  }

  @Test
  void pagingStartsFromTheRequestedPage() throws Exception {
    servePage(3, 3, null, 4L);
    servePage(4, 2, null, 4L);
    Map<String, com.fasterxml.jackson.databind.JsonNode> params = new java.util.LinkedHashMap<>();
    com.fasterxml.jackson.databind.node.JsonNodeFactory f =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    params.put("account_id", f.textNode(Calls.ACCOUNT));
    params.put("gateway_id", f.textNode(Calls.GATEWAY));
    params.put("page", f.numberNode(3));
    params.put("per_page", f.numberNode(PER_PAGE));

    Page<?> third = (Page<?>) Calls.call(fake.client(0), "aiGatewayLogsList", params);
    List<String> all = ids(third.autoPager());

    assertEquals(5, all.size());
    assertEquals(List.of(3L, 4L), pagesRequested());
  }

  /**
   * The page Prism serves for the log list (the spec's example, copied from the API docs): one item
   * but {@code page: 0, per_page: 0, count: 0, total_count: 0}. Nonsense, but servers send such
   * things; a pager must not loop on it. Served for every request, so a pager that does not stop
   * would run forever: the test takes at most 50 items and counts the requests.
   */
  @Test
  void anInconsistentResultInfoDoesNotMakeThePagerLoop() throws Exception {
    String page = Fixtures.logPage(List.of("log-0"), 0, 0, 0L, null);
    fake.server.setDispatcher(
        new mockwebserver3.Dispatcher() {
          @Override
          public mockwebserver3.MockResponse dispatch(RecordedRequest request) {
            return new mockwebserver3.MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(page)
                .build();
          }
        });

    Page<?> first = (Page<?>) Calls.listLogs(fake.client(0), 20);
    long seen =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(30), () -> first.autoPager().stream().limit(50).count());

    List<String> pages = new ArrayList<>();
    for (RecordedRequest r : fake.requests()) {
      pages.add(String.valueOf(r.getUrl().queryParameter("page")));
    }
    assertEquals(
        1,
        pages.size(),
        "one short page (1 item of the 20 asked for; total_count 0 already exceeded): no further request, but the "
            + "pager saw "
            + seen
            + " items and asked for the pages "
            + pages.subList(0, Math.min(6, pages.size()))
            + "...");
  }
}
