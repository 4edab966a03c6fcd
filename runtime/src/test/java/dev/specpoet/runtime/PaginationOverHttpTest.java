package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.pagination.AsyncPage;
import dev.specpoet.runtime.pagination.CursorStrategy;
import dev.specpoet.runtime.pagination.NextPageStrategy;
import dev.specpoet.runtime.pagination.OffsetStrategy;
import dev.specpoet.runtime.pagination.Page;
import dev.specpoet.runtime.pagination.PageNumberStrategy;
import dev.specpoet.runtime.pagination.PaginationInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
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

  /**
   * A list call the way generated services page: the request for a page key, and the strategy read
   * from the response to that request.
   */
  record Scheme<K>(
      K first,
      Function<K, ApiRequest> request,
      BiFunction<K, Enveloped<List<String>>, NextPageStrategy<K>> strategy) {}

  static final Scheme<Long> PAGE_NUMBERS =
      new Scheme<>(
          1L,
          page ->
              ApiRequest.builder("logsList", "GET", "/logs")
                  .queryParam("page", page)
                  .queryParam("per_page", PER_PAGE)
                  .build(),
          (page, e) -> PageNumberStrategy.of(info(e), page, PER_PAGE));

  static final Scheme<String> CURSORS =
      new Scheme<>(
          null,
          cursor ->
              ApiRequest.builder("logsList", "GET", "/logs").queryParam("cursor", cursor).build(),
          (cursor, e) -> CursorStrategy.of(info(e)));

  static final Scheme<Long> OFFSETS =
      new Scheme<>(
          0L,
          offset ->
              ApiRequest.builder("logsList", "GET", "/logs")
                  .queryParam("offset", offset)
                  .queryParam("limit", PER_PAGE)
                  .build(),
          (offset, e) -> OffsetStrategy.of(info(e), offset, PER_PAGE));

  static PaginationInfo info(Enveloped<List<String>> e) {
    return PaginationInfo.fromJson(e.resultInfo());
  }

  static final ResponseHandler<Enveloped<List<String>>> HANDLER =
      ResponseHandlers.envelopeWithInfo("result", "result_info", STRINGS);

  <K> Page<String> list(Scheme<K> scheme, K key) {
    Enveloped<List<String>> e = core.execute(scheme.request().apply(key), HANDLER, null);
    return Page.of(e.result(), scheme.strategy().apply(key, e), k -> list(scheme, k));
  }

  <K> CompletableFuture<AsyncPage<String>> listAsync(Scheme<K> scheme, K key) {
    return core.executeAsync(scheme.request().apply(key), HANDLER, null)
        .thenApply(
            e ->
                AsyncPage.of(
                    e.result(), scheme.strategy().apply(key, e), k -> listAsync(scheme, k)));
  }

  <K> List<String> all(Scheme<K> scheme) {
    return list(scheme, scheme.first()).autoPager().stream().collect(Collectors.toList());
  }

  <K> List<String> allAsync(Scheme<K> scheme) throws Exception {
    return listAsync(scheme, scheme.first())
        .thenCompose(p -> p.autoPager().toList())
        .get(10, TimeUnit.SECONDS);
  }

  List<String> all(int total, Info info) {
    server.setDispatcher(new Logs(total, info));
    return all(PAGE_NUMBERS);
  }

  List<String> allAsync(int total, Info info) throws Exception {
    server.setDispatcher(new Logs(total, info));
    return allAsync(PAGE_NUMBERS);
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
    assertEquals(
        expected(3),
        list(PAGE_NUMBERS, 1L).autoPager().stream().limit(3).collect(Collectors.toList()));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void pageParametersAreSent() throws Exception {
    all(3, Info.TOTAL_PAGES);
    assertEquals("page=1&per_page=2", server.takeRequest().getUrl().encodedQuery());
    assertEquals("page=2&per_page=2", server.takeRequest().getUrl().encodedQuery());
  }

  @Test
  void cursor() throws Exception {
    server.setDispatcher(new Logs(5, Info.CURSOR));
    assertEquals(expected(5), all(CURSORS));
    assertEquals(3, server.getRequestCount());
    assertEquals(expected(5), allAsync(CURSORS));
    assertEquals(6, server.getRequestCount());
  }

  @Test
  void offset() throws Exception {
    server.setDispatcher(new Logs(4, Info.OFFSET));
    assertEquals(expected(4), all(OFFSETS));
    assertEquals(2, server.getRequestCount());
    assertEquals(expected(4), allAsync(OFFSETS));
    assertEquals(4, server.getRequestCount());
  }
}
