package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.specpoet.generator.testing.PagingScenarios;
import dev.specpoet.generator.testing.TestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The client generated from the {@code pagination} golden spec, compiled with {@code
 * drivers/pagination/.../Scenarios.java} and paged against MockWebServer: each list holds five
 * items, two a page, and answers in its own API's style (a {@code Link} header, totals, cursors,
 * the last item's id with {@code has_more}, next links in the body). Every list, blocking and
 * async, must give the five items in order with exactly three requests: no request after the server
 * said the last page was the last.
 */
class PaginationBehaviourTest {
  private static PagingScenarios scenarios;

  @StartStop private final MockWebServer server = new MockWebServer();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void compile() throws Exception {
    scenarios =
        TestSupport.driver(
            GoldenTest.render("pagination"),
            "pagination/com/example/pagination/Scenarios.java",
            PagingScenarios.class);
  }

  @BeforeEach
  void serve() {
    server.setDispatcher(new Lists());
  }

  private String baseUrl() {
    return server.url("/v1").toString();
  }

  /** Five things, {@code t0} to {@code t4}, two a page, each list in its API's style. */
  final class Lists extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      var url = request.getUrl();
      String list = url.pathSegments().get(url.pathSegments().size() - 1);
      requests.add(list + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()));
      int from = start(list, url);
      int to = Math.min(5, from + 2);
      List<String> items = new ArrayList<>();
      for (int i = from; i < to; i++) {
        items.add("{\"id\":\"t" + i + "\"}");
      }
      String array = "[" + String.join(",", items) + "]";
      boolean more = to < 5;
      String next = more ? "\"" + server.url("/v1/" + list + "?p=" + to) + "\"" : "null";
      MockResponse.Builder b =
          new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json");
      String body =
          switch (list) {
            case "issues" -> {
              if (more) {
                b.setHeader("Link", "<" + server.url("/v1/issues?p=" + to) + ">; rel=\"next\"");
              }
              yield array;
            }
            case "tags" -> array;
            case "albums" -> "{\"items\":" + array + ",\"total\":5}";
            case "conversations" ->
                "{\"ok\":true,\"channels\":"
                    + array
                    + ",\"response_metadata\":{\"next_cursor\":\""
                    + (more ? "c" + to : "")
                    + "\"}}";
            case "charges" ->
                "{\"object\":\"list\",\"data\":" + array + ",\"has_more\":" + more + "}";
            case "tracks" -> "{\"items\":" + array + ",\"next\":" + next + ",\"total\":5}";
            case "sites" -> "{\"value\":" + array + (more ? ",\"nextLink\":" + next : "") + "}";
            case "users" ->
                "{\"value\":" + array + (more ? ",\"@odata.nextLink\":" + next : "") + "}";
            case "accounts" -> "{\"data\":" + array + ",\"links\":{\"next\":" + next + "}}";
            case "calls" -> "{\"calls\":" + array + ",\"meta\":{\"next_page_url\":" + next + "}}";
            case "events" ->
                "{\"entries\":"
                    + array
                    + ",\"meta\":{\"continuation\":\"e"
                    + to
                    + "\",\"more\":"
                    + more
                    + "}}";
            case "tasks" ->
                "{\"data\":"
                    + array
                    + ",\"next_page\":"
                    + (more
                        ? "{\"offset\":\"o" + to + "\",\"path\":\"/tasks?offset=o" + to + "\"}"
                        : "null")
                    + "}";
            case "widgets" -> "{\"widgets\":" + array + ",\"following\":\"x\"}";
            default -> throw new AssertionError(list);
          };
      return b.body(body).build();
    }

    /** Where the requested page starts, from whatever the list's style asks with. */
    private int start(String list, HttpUrl url) {
      String p = url.queryParameter("p");
      if (p != null) {
        return Integer.parseInt(p);
      }
      String page = url.queryParameter("page");
      String offset = url.queryParameter("offset");
      String cursor = url.queryParameter("cursor");
      String after = url.queryParameter("starting_after");
      String from = url.queryParameter("from");
      if (page != null) {
        return (Integer.parseInt(page) - 1) * 2;
      } else if (offset != null) {
        return Integer.parseInt(offset.startsWith("o") ? offset.substring(1) : offset);
      } else if (cursor != null) {
        return Integer.parseInt(cursor.substring(1));
      } else if (after != null) {
        return Integer.parseInt(after.substring(1)) + 1;
      } else if (from != null) {
        return Integer.parseInt(from.substring(1));
      }
      return 0;
    }
  }

  static final List<String> ALL = List.of("t0", "t1", "t2", "t3", "t4");

  @ParameterizedTest(name = "{0}, async {1}")
  @CsvSource({
    "issues, false, 'issues|issues?p=2|issues?p=4'",
    "issues, true, 'issues|issues?p=2|issues?p=4'",
    "tags, false, 'tags?per_page=2|tags?page=2&per_page=2|tags?page=3&per_page=2'",
    "tags, true, 'tags?per_page=2|tags?page=2&per_page=2|tags?page=3&per_page=2'",
    "albums, false, 'albums?limit=2|albums?offset=2&limit=2|albums?offset=4&limit=2'",
    "albums, true, 'albums?limit=2|albums?offset=2&limit=2|albums?offset=4&limit=2'",
    "conversations, false,"
        + " 'conversations?limit=2|conversations?cursor=c2&limit=2|conversations?cursor=c4&limit=2'",
    "conversations, true,"
        + " 'conversations?limit=2|conversations?cursor=c2&limit=2|conversations?cursor=c4&limit=2'",
    "charges, false,"
        + " 'charges?limit=2|charges?starting_after=t1&limit=2|charges?starting_after=t3&limit=2'",
    "charges, true,"
        + " 'charges?limit=2|charges?starting_after=t1&limit=2|charges?starting_after=t3&limit=2'",
    "tracks, false, 'tracks?limit=2|tracks?p=2|tracks?p=4'",
    "tracks, true, 'tracks?limit=2|tracks?p=2|tracks?p=4'",
    "sites, false, 'sites|sites?p=2|sites?p=4'",
    "sites, true, 'sites|sites?p=2|sites?p=4'",
    "users, false, 'users|users?p=2|users?p=4'",
    "users, true, 'users|users?p=2|users?p=4'",
    "accounts, false, 'accounts|accounts?p=2|accounts?p=4'",
    "accounts, true, 'accounts|accounts?p=2|accounts?p=4'",
    "calls, false, 'calls|calls?p=2|calls?p=4'",
    "calls, true, 'calls|calls?p=2|calls?p=4'",
    "events, false, 'events?max=2|events?from=e2&max=2|events?from=e4&max=2'",
    "events, true, 'events?max=2|events?from=e2&max=2|events?from=e4&max=2'",
    "tasks, false, 'tasks?limit=2|tasks?offset=o2&limit=2|tasks?offset=o4&limit=2'",
    "tasks, true, 'tasks?limit=2|tasks?offset=o2&limit=2|tasks?offset=o4&limit=2'",
  })
  void everyItemOnceWithNoWastedRequest(String list, boolean async, String expected)
      throws Exception {
    assertEquals(ALL, scenarios.all(list, baseUrl(), async));
    assertEquals(List.of(expected.split("\\|")), requests);
  }

  @org.junit.jupiter.api.Test
  void aLinkHeaderPageShowsItsHeaders() {
    Map<String, List<String>> headers = scenarios.firstIssuesHeaders(baseUrl());
    assertEquals(
        List.of("<" + server.url("/v1/issues?p=2") + ">; rel=\"next\""), headers.get("link"));
  }

  @org.junit.jupiter.api.Test
  void aListNoRuleRecognisesIsAPlainCall() {
    assertEquals(List.of("t0", "t1"), scenarios.widgets(baseUrl()));
    assertEquals(List.of("widgets"), requests);
  }
}
