package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.SpecPoetException;
import dev.specpoet.runtime.pagination.AsyncPage;
import dev.specpoet.runtime.pagination.ListResponse;
import dev.specpoet.runtime.pagination.NextLinkStrategy;
import dev.specpoet.runtime.pagination.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists that page by links, over HTTP as generated services call them: a bare JSON array with a
 * {@code Link} header (GitHub), and an object whose {@code next} property is the next page's URL
 * (relative or absolute). The requests the server sees are counted; a link to another host is
 * refused before anything is sent there.
 */
class LinkPaginationOverHttpTest {
  static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  @StartStop final MockWebServer server = new MockWebServer();

  ClientCore core;
  final List<String> requested = new ArrayList<>();

  @BeforeEach
  void setUp() {
    core = new ClientCore(ClientOptions.builder().baseUrl(server.url("/api").toString()).build());
  }

  @AfterEach
  void tearDown() {
    core.close();
  }

  /** Five items, two a page, page {@code n} at {@code /api/items?page=n}. */
  final class Items extends Dispatcher {
    final boolean header;
    final String nextOfLastPage;

    Items(boolean header, String nextOfLastPage) {
      this.header = header;
      this.nextOfLastPage = nextOfLastPage;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      requested.add(request.getUrl().encodedPath() + "?" + request.getUrl().encodedQuery());
      String p = request.getUrl().queryParameter("page");
      int page = p == null ? 1 : Integer.parseInt(p);
      List<String> items = new ArrayList<>();
      for (int i = (page - 1) * 2; i < Math.min(5, page * 2); i++) {
        items.add("\"i" + i + "\"");
      }
      String next =
          page < 3 ? server.url("/api/items?page=" + (page + 1)).toString() : nextOfLastPage;
      MockResponse.Builder b =
          new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json");
      if (header) {
        if (next != null) {
          b.setHeader(
              "Link",
              "<"
                  + next
                  + ">; rel=\"next\", <"
                  + server.url("/api/items?page=3")
                  + ">; rel=\"last\"");
        }
        return b.body("[" + String.join(",", items) + "]").build();
      }
      String link = next == null ? "null" : "\"" + (page == 1 ? "items?page=2" : next) + "\"";
      return b.body("{\"data\":[" + String.join(",", items) + "],\"next\":" + link + "}").build();
    }
  }

  static final ApiRequest FIRST = ApiRequest.builder("itemsList", "GET", "/items").build();
  static final ResponseHandler<ListResponse<String>> BARE = ResponseHandlers.list("", STRINGS);
  static final ResponseHandler<ListResponse<String>> DATA = ResponseHandlers.list("/data", STRINGS);

  Page<String> byHeader(ApiRequest request) {
    ListResponse<String> r = core.execute(request, BARE, null);
    return Page.of(
        r, NextLinkStrategy.fromLinkHeader(r.headers()), link -> byHeader(FIRST.withLink(link)));
  }

  Page<String> byBody(ApiRequest request) {
    ListResponse<String> r = core.execute(request, DATA, null);
    return Page.of(r, NextLinkStrategy.of(r.text("/next")), link -> byBody(FIRST.withLink(link)));
  }

  CompletableFuture<AsyncPage<String>> byBodyAsync(ApiRequest request) {
    return core.executeAsync(request, DATA, null)
        .thenApply(
            r ->
                AsyncPage.of(
                    r,
                    NextLinkStrategy.of(r.text("/next")),
                    link -> byBodyAsync(FIRST.withLink(link))));
  }

  @Test
  void linkHeaderPagesStopWithoutAnExtraRequest() {
    server.setDispatcher(new Items(true, null));
    Page<String> first = byHeader(FIRST);
    assertTrue(first.headers().get("link").get(0).contains("rel=\"next\""), "headers kept");
    assertEquals(List.of("i0", "i1", "i2", "i3", "i4"), first.autoPager().stream().toList());
    assertEquals(List.of("/api/items?null", "/api/items?page=2", "/api/items?page=3"), requested);
  }

  @Test
  void nextLinkInTheBodyRelativeThenAbsolute() throws Exception {
    server.setDispatcher(new Items(false, null));
    assertEquals(
        List.of("i0", "i1", "i2", "i3", "i4"), byBody(FIRST).autoPager().stream().toList());
    assertEquals(List.of("/api/items?null", "/api/items?page=2", "/api/items?page=3"), requested);
    requested.clear();
    assertEquals(
        List.of("i0", "i1", "i2", "i3", "i4"),
        byBodyAsync(FIRST).thenCompose(p -> p.autoPager().toList()).get(10, TimeUnit.SECONDS));
    assertEquals(List.of("/api/items?null", "/api/items?page=2", "/api/items?page=3"), requested);
  }

  @Test
  void aLinkToTheSamePageAgainEndsThePages() {
    // the last page names itself as the next one
    server.setDispatcher(new Items(false, server.url("/api/items?page=3").toString()));
    assertEquals(
        List.of("i0", "i1", "i2", "i3", "i4"), byBody(FIRST).autoPager().stream().toList());
    assertEquals(3, requested.size(), "page 3 links to itself: " + requested);
  }

  @Test
  void aLinkToAnotherHostIsRefusedBeforeAnythingIsSent() throws Exception {
    server.setDispatcher(new Items(false, "https://elsewhere.example.com/steal?page=4"));
    Page<String> third = byBody(FIRST).nextPage().nextPage();
    SpecPoetException e = assertThrows(SpecPoetException.class, third::nextPage);
    assertEquals(
        "itemsList: the next-page link points to https://elsewhere.example.com, not to the client's"
            + " base URL http://"
            + server.getHostName()
            + ":"
            + server.getPort()
            + "; it is not followed (the client's credentials would be sent there)",
        e.getMessage());
    assertEquals(3, requested.size());
    ExecutionException async =
        assertThrows(
            ExecutionException.class,
            () -> core.executeAsync(FIRST.withLink("//elsewhere.example.com/x"), DATA, null).get());
    assertInstanceOf(SpecPoetException.class, async.getCause());
    assertEquals(3, requested.size());
  }

  @Test
  void listHandlerReadsItemsWhereverTheyAre() {
    server.enqueue(MockResponses.ok("{\"data\":null,\"next\":null}"));
    assertEquals(List.of(), core.execute(FIRST, DATA, null).items(), "null items: none");
    server.enqueue(MockResponses.ok("{\"other\":1}"));
    assertEquals(List.of(), core.execute(FIRST, DATA, null).items(), "absent items: none");
    server.enqueue(MockResponses.ok("{\"data\":{\"a\":1}}"));
    ResponseParseException e =
        assertThrows(ResponseParseException.class, () -> core.execute(FIRST, DATA, null));
    assertTrue(
        e.getMessage().contains("\"/data\" should be an array of items, got object"),
        e.getMessage());
    server.enqueue(MockResponses.ok("{\"a\":1}"));
    e = assertThrows(ResponseParseException.class, () -> core.execute(FIRST, BARE, null));
    assertTrue(e.getMessage().contains("the body should be an array of items"), e.getMessage());
  }
}
