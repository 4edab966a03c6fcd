package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.pagination.AsyncCursorPage;
import dev.specpoet.runtime.pagination.AsyncOffsetPage;
import dev.specpoet.runtime.pagination.AsyncPage;
import dev.specpoet.runtime.pagination.AsyncPageNumberPage;
import dev.specpoet.runtime.pagination.CursorPage;
import dev.specpoet.runtime.pagination.OffsetPage;
import dev.specpoet.runtime.pagination.Page;
import dev.specpoet.runtime.pagination.PageNumberPage;
import dev.specpoet.runtime.pagination.PaginationInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paging through a list endpoint the way generated services do, counting the requests the server
 * sees: no request is wasted when the server's answer tells there is no next page.
 */
class PaginationOverHttpTest {
  static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  static final long PER_PAGE = 2;

  @StartStop final MockWebServer server = new MockWebServer();

  ClientCore core;

  /** What result_info tells, per scenario. */
  enum Info {
    TOTAL_PAGES,
    TOTAL_COUNT,
    HAS_MORE,
    NOTHING,
    CURSOR,
    OFFSET
  }

  /** Serves {@code total} items two per page. */
  final class Logs extends Dispatcher {
    final int total;
    final Info info;

    Logs(int total, Info info) {
      this.total = total;
      this.info = info;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      int from;
      if (info == Info.CURSOR) {
        String cursor = request.getUrl().queryParameter("cursor");
        from = cursor == null ? 0 : Integer.parseInt(cursor.substring(1));
      } else if (info == Info.OFFSET) {
        from = Integer.parseInt(request.getUrl().queryParameter("offset"));
      } else {
        from = (Integer.parseInt(request.getUrl().queryParameter("page")) - 1) * (int) PER_PAGE;
      }
      List<String> items = new ArrayList<>();
      for (int i = from; i < Math.min(total, from + PER_PAGE); i++) {
        items.add("\"log" + i + "\"");
      }
      long page = from / PER_PAGE + 1;
      long pages = (total + PER_PAGE - 1) / PER_PAGE;
      String resultInfo =
          switch (info) {
            case TOTAL_PAGES ->
                "{\"page\":" + page + ",\"per_page\":2,\"total_pages\":" + pages + "}";
            case TOTAL_COUNT ->
                "{\"page\":"
                    + page
                    + ",\"per_page\":2,\"count\":"
                    + items.size()
                    + ",\"total_count\":"
                    + total
                    + "}";
            case HAS_MORE -> "{\"has_more\":" + (from + PER_PAGE < total) + "}";
            case NOTHING -> "{}";
            case CURSOR ->
                from + PER_PAGE < total
                    ? "{\"cursor\":\"c" + (from + PER_PAGE) + "\"}"
                    : "{\"cursor\":null}";
            case OFFSET -> "{\"total_count\":" + total + "}";
          };
      return MockResponses.ok(
          "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":["
              + String.join(",", items)
              + "],\"result_info\":"
              + resultInfo
              + "}");
    }
  }

  @BeforeEach
  void setUp() {
    core = new ClientCore(ClientOptions.builder().baseUrl(server.url("/").toString()).build());
  }

  @AfterEach
  void tearDown() {
    core.close();
  }

  Page<String> list(long page) {
    Enveloped<List<String>> e =
        core.execute(
            ApiRequest.builder("logsList", "GET", "/logs")
                .queryParam("page", page)
                .queryParam("per_page", PER_PAGE)
                .build(),
            ResponseHandlers.envelopeWithInfo("result", "result_info", STRINGS),
            null);
    return PageNumberPage.of(
        e.result(), PaginationInfo.fromJson(e.resultInfo()), page, PER_PAGE, this::list);
  }

  CompletableFuture<AsyncPage<String>> listAsync(long page) {
    return core.executeAsync(
            ApiRequest.builder("logsList", "GET", "/logs")
                .queryParam("page", page)
                .queryParam("per_page", PER_PAGE)
                .build(),
            ResponseHandlers.envelopeWithInfo("result", "result_info", STRINGS),
            null)
        .thenApply(
            e ->
                AsyncPageNumberPage.of(
                    e.result(),
                    PaginationInfo.fromJson(e.resultInfo()),
                    page,
                    PER_PAGE,
                    this::listAsync));
  }

  List<String> all(int total, Info info) {
    server.setDispatcher(new Logs(total, info));
    return list(1).autoPager().stream().collect(Collectors.toList());
  }

  List<String> allAsync(int total, Info info) throws Exception {
    server.setDispatcher(new Logs(total, info));
    return listAsync(1).thenCompose(p -> p.autoPager().toList()).get(10, TimeUnit.SECONDS);
  }

  static List<String> expected(int n) {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add("log" + i);
    }
    return l;
  }

  @Test
  void totalPages() throws Exception {
    assertEquals(expected(6), all(6, Info.TOTAL_PAGES));
    assertEquals(3, server.getRequestCount());
    assertEquals(expected(6), allAsync(6, Info.TOTAL_PAGES));
    assertEquals(6, server.getRequestCount());
  }

  @Test
  void totalCountWithAFullLastPage() throws Exception {
    assertEquals(expected(4), all(4, Info.TOTAL_COUNT));
    assertEquals(2, server.getRequestCount());
    assertEquals(expected(4), allAsync(4, Info.TOTAL_COUNT));
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void hasMore() throws Exception {
    assertEquals(expected(4), all(4, Info.HAS_MORE));
    assertEquals(2, server.getRequestCount());
    assertEquals(expected(4), allAsync(4, Info.HAS_MORE));
    assertEquals(4, server.getRequestCount());
  }

  @Test
  void shortPageWhenNothingIsKnown() throws Exception {
    assertEquals(expected(5), all(5, Info.NOTHING));
    assertEquals(3, server.getRequestCount());
    assertEquals(expected(5), allAsync(5, Info.NOTHING));
    assertEquals(6, server.getRequestCount());
  }

  @Test
  void emptyPageWhenNothingIsKnown() throws Exception {
    assertEquals(expected(4), all(4, Info.NOTHING));
    assertEquals(3, server.getRequestCount(), "a full page 2 cannot tell; the empty page 3 does");
  }

  @Test
  void emptyFirstPage() {
    assertEquals(List.of(), all(0, Info.TOTAL_COUNT));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void takingFewItemsFetchesFewPages() {
    server.setDispatcher(new Logs(10, Info.TOTAL_PAGES));
    assertEquals(expected(3), list(1).autoPager().stream().limit(3).collect(Collectors.toList()));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void pageParametersAreSent() throws Exception {
    all(3, Info.TOTAL_PAGES);
    assertEquals("page=1&per_page=2", server.takeRequest().getUrl().encodedQuery());
    assertEquals("page=2&per_page=2", server.takeRequest().getUrl().encodedQuery());
  }

  Page<String> listByCursor(String cursor) {
    Enveloped<List<String>> e =
        core.execute(
            ApiRequest.builder("logsList", "GET", "/logs").queryParam("cursor", cursor).build(),
            ResponseHandlers.envelopeWithInfo("result", "result_info", STRINGS),
            null);
    return CursorPage.of(e.result(), PaginationInfo.fromJson(e.resultInfo()), this::listByCursor);
  }

  CompletableFuture<AsyncPage<String>> listByCursorAsync(String cursor) {
    return core.executeAsync(
            ApiRequest.builder("logsList", "GET", "/logs").queryParam("cursor", cursor).build(),
            ResponseHandlers.envelopeWithInfo("result", "result_info", STRINGS),
            null)
        .thenApply(
            e ->
                AsyncCursorPage.of(
                    e.result(),
                    PaginationInfo.fromJson(e.resultInfo()),
                    (Function<String, CompletableFuture<AsyncPage<String>>>)
                        this::listByCursorAsync));
  }

  @Test
  void cursor() throws Exception {
    server.setDispatcher(new Logs(5, Info.CURSOR));
    assertEquals(expected(5), listByCursor(null).autoPager().stream().collect(Collectors.toList()));
    assertEquals(3, server.getRequestCount());
    assertEquals(
        expected(5),
        listByCursorAsync(null).thenCompose(p -> p.autoPager().toList()).get(10, TimeUnit.SECONDS));
    assertEquals(6, server.getRequestCount());
  }

  Page<String> listByOffset(long offset) {
    Enveloped<List<String>> e =
        core.execute(
            ApiRequest.builder("logsList", "GET", "/logs")
                .queryParam("offset", offset)
                .queryParam("limit", PER_PAGE)
                .build(),
            ResponseHandlers.envelopeWithInfo("result", "result_info", STRINGS),
            null);
    return OffsetPage.of(
        e.result(), PaginationInfo.fromJson(e.resultInfo()), offset, PER_PAGE, this::listByOffset);
  }

  CompletableFuture<AsyncPage<String>> listByOffsetAsync(long offset) {
    return core.executeAsync(
            ApiRequest.builder("logsList", "GET", "/logs")
                .queryParam("offset", offset)
                .queryParam("limit", PER_PAGE)
                .build(),
            ResponseHandlers.envelopeWithInfo("result", "result_info", STRINGS),
            null)
        .thenApply(
            e ->
                AsyncOffsetPage.of(
                    e.result(),
                    PaginationInfo.fromJson(e.resultInfo()),
                    offset,
                    PER_PAGE,
                    this::listByOffsetAsync));
  }

  @Test
  void offset() throws Exception {
    server.setDispatcher(new Logs(4, Info.OFFSET));
    assertEquals(expected(4), listByOffset(0).autoPager().stream().collect(Collectors.toList()));
    assertEquals(2, server.getRequestCount());
    assertEquals(
        expected(4),
        listByOffsetAsync(0).thenCompose(p -> p.autoPager().toList()).get(10, TimeUnit.SECONDS));
    assertEquals(4, server.getRequestCount());
  }
}
