package dev.specpoet.aigateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.AiGatewayClientAsync;
import dev.specpoet.aigateway.it.support.Calls;
import dev.specpoet.aigateway.it.support.FakeServer;
import dev.specpoet.aigateway.it.support.Fixtures;
import dev.specpoet.aigateway.it.support.Secrets;
import dev.specpoet.harness.ResultChecker;
import dev.specpoet.runtime.errors.ApiConnectionException;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.ApiTimeoutException;
import dev.specpoet.runtime.errors.BadRequestException;
import dev.specpoet.runtime.errors.InternalServerException;
import dev.specpoet.runtime.errors.NotFoundException;
import dev.specpoet.runtime.errors.RateLimitException;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import dev.specpoet.runtime.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the generated client does when the network or the server misbehaves, over real sockets
 * (MockWebServer). Every test states the expected outcome: how many requests the server saw (so
 * retries are counted where they happen), the exception type and what its message says, and, after
 * each test, that no connection is left checked out of the pool and that neither the exception nor
 * any log line (the client logs at level BODY) holds the API token.
 */
class FaultsIT {

  private final FakeServer fake = new FakeServer(Duration.ofMillis(800));

  @AfterEach
  void noLeaks() throws Exception {
    try {
      fake.assertNoConnectionInUse();
      fake.assertLogsClean();
    } finally {
      fake.close();
    }
  }

  private static <T extends Throwable> T expect(
      Class<T> type, org.junit.jupiter.api.function.Executable call) {
    T e = assertThrows(type, call);
    Secrets.assertNoSecretIn(e);
    return e;
  }

  private static Throwable asyncFailure(java.util.concurrent.CompletableFuture<?> future)
      throws Exception {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
    Secrets.assertNoSecretIn(e.getCause());
    return e.getCause();
  }

  // ------------------------------------------------------------------ 429 and Retry-After

  @Test
  void a429WithRetryAfterIsRetriedAfterExactlyTheWaitTheServerAsked() throws Exception {
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "3")
            .addHeader("Content-Type", "application/json")
            .body(Fixtures.error(10000, "Rate limited"))
            .build());
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));

    Object gateway = Calls.getGateway(fake.client(2), "gw-1");

    assertNotNull(gateway);
    assertEquals(2, fake.requests().size(), "one 429, then one retry that succeeds");
    assertEquals(
        List.of(Duration.ofSeconds(3)),
        fake.sleeper.waits(),
        "the client waits what Retry-After says");
  }

  @Test
  void a503WithRetryAfterAsAnHttpDateWaitsUntilThatDate() throws Exception {
    String in3s =
        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
            java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(3));
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", in3s)
            .addHeader("Content-Type", "application/json")
            .body(Fixtures.error(10001, "Maintenance"))
            .build());
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));

    Calls.getGateway(fake.client(2), "gw-1");

    assertEquals(2, fake.requests().size());
    Duration wait = fake.sleeper.waits().get(0);
    assertTrue(
        wait.compareTo(Duration.ofSeconds(1)) >= 0 && wait.compareTo(Duration.ofSeconds(3)) <= 0,
        "the wait until " + in3s + " (second precision) was " + wait);
  }

  @Test
  void a429AskingForMoreThanTheRetryAfterCapIsNotRetried() throws Exception {
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "3600")
            .addHeader("Content-Type", "application/json")
            .body(Fixtures.error(10000, "Rate limited"))
            .build());

    RateLimitException e =
        expect(RateLimitException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(429, e.statusCode());
    assertEquals(
        1, fake.requests().size(), "an hour's wait is beyond the cap: give up at once, no retry");
    assertTrue(fake.sleeper.waits().isEmpty());
    assertTrue(
        e.getMessage().contains("aiGatewayGet") && e.getMessage().contains("Rate limited"),
        e.getMessage());
  }

  // ------------------------------------------------------------------ bursts of 503

  @Test
  void aBurstOf503sWithinTheRetryBudgetEndsInSuccess() throws Exception {
    for (int i = 0; i < 3; i++) {
      fake.enqueue(503, Fixtures.error(10001, "Service unavailable"));
    }
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));

    Object gateway = Calls.getGateway(fake.client(3), "gw-1");

    assertNotNull(gateway);
    assertEquals(4, fake.requests().size(), "three 503s retried, the fourth attempt succeeds");
    List<Duration> waits = fake.sleeper.waits();
    assertEquals(3, waits.size(), "one backoff per retry");
    for (int i = 0; i < waits.size(); i++) {
      Duration ceiling = Duration.ofMillis(100L << i);
      assertTrue(
          !waits.get(i).isNegative() && waits.get(i).compareTo(ceiling) <= 0,
          "backoff "
              + i
              + " = "
              + waits.get(i)
              + " must be within [0, "
              + ceiling
              + "] (exponential, jittered)");
    }
  }

  @Test
  void aBurstOf503sLongerThanTheRetryBudgetFailsWithTheLastStatus() throws Exception {
    for (int i = 0; i < 5; i++) {
      fake.enqueue(503, Fixtures.error(10001, "Service unavailable"));
    }

    InternalServerException e =
        expect(InternalServerException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(503, e.statusCode());
    assertEquals(3, fake.requests().size(), "the first attempt and two retries, no more");
    assertEquals(10001, e.errors().get(0).code());
    assertTrue(
        e.getMessage().contains("503") && e.getMessage().contains("aiGatewayGet"), e.getMessage());
  }

  @Test
  void aBurstOf503sIsRetriedByTheAsyncClientToo() throws Exception {
    fake.enqueue(503, Fixtures.error(10001, "Service unavailable"));
    fake.enqueue(503, Fixtures.error(10001, "Service unavailable"));
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));

    Object gateway =
        Calls.future(Calls.getGateway(fake.asyncClient(2), "gw-1")).get(20, TimeUnit.SECONDS);

    assertNotNull(gateway);
    assertEquals(3, fake.requests().size());
    assertEquals(2, fake.sleeper.waits().size());
  }

  @Test
  void aPostWithAJsonBodyIsRetriedWithTheSameBody() throws Exception {
    fake.enqueue(503, Fixtures.error(10001, "Service unavailable"));
    fake.enqueue(
        200,
        Fixtures.envelope(
            "{\"id\":\"ds-1\",\"account_id\":\"acc-1\",\"account_tag\":\"t\","
                + "\"created_at\":\"2024-05-01T12:00:00Z\",\"enable\":true,\"filters\":[],\"gateway_id\":\"gw-1\","
                + "\"modified_at\":\"2024-05-01T12:00:00Z\",\"name\":\"golden\"}"));

    Calls.createDataset(fake.client(2), "golden");

    List<RecordedRequest> requests = fake.requests();
    assertEquals(2, requests.size(), "a JSON body can be sent again: the POST is retried once");
    assertEquals("POST", requests.get(1).getMethod());
    assertEquals(
        requests.get(0).getBody().utf8(),
        requests.get(1).getBody().utf8(),
        "the retry replays the same body");
    assertTrue(requests.get(1).getBody().utf8().contains("\"golden\""));
  }

  // ------------------------------------------------------------------ errors that must not be
  // retried

  @Test
  void a400IsNotRetriedAndCarriesTheApiErrors() throws Exception {
    fake.enqueue(400, Fixtures.error(7001, "Invalid gateway id"));

    BadRequestException e =
        expect(BadRequestException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(1, fake.requests().size(), "a client error is final");
    assertEquals(400, e.statusCode());
    assertEquals(7001, e.errors().get(0).code());
    assertEquals("Invalid gateway id", e.errors().get(0).message());
    assertTrue(e.getMessage().contains("Invalid gateway id"), e.getMessage());
  }

  @Test
  void anHtmlErrorPageBecomesAStatusExceptionWithTheRawBody() throws Exception {
    String html =
        "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>";
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "text/html")
            .body(html)
            .build());

    NotFoundException e =
        expect(NotFoundException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(1, fake.requests().size());
    assertEquals(html, e.body(), "the raw body is kept for diagnosis");
    assertTrue(e.errors().isEmpty(), "an HTML page has no errors[]");
    assertTrue(
        e.getMessage().contains("404") && e.getMessage().contains("Not Found"), e.getMessage());
  }

  @Test
  void anHtmlBadGatewayPageIsRetriedThenReported() throws Exception {
    String html =
        "<html><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>";
    for (int i = 0; i < 2; i++) {
      fake.server.enqueue(
          new MockResponse.Builder()
              .code(502)
              .addHeader("Content-Type", "text/html")
              .body(html)
              .build());
    }

    InternalServerException e =
        expect(InternalServerException.class, () -> Calls.getGateway(fake.client(1), "gw-1"));

    assertEquals(2, fake.requests().size(), "a 5xx is retried (maxRetries = 1)");
    assertEquals(502, e.statusCode());
    assertTrue(e.getMessage().contains("502 Bad Gateway"), e.getMessage());
  }

  @Test
  void anHtmlPageWithStatus200IsAParseErrorNotAResult() throws Exception {
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body("<html><body>Please log in to the Wi-Fi</body></html>")
            .build());

    ResponseParseException e =
        expect(ResponseParseException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(1, fake.requests().size());
    assertTrue(
        e.getMessage().contains("aiGatewayGet") && e.getMessage().contains("<html>"),
        "names the operation and shows the start of the body: " + e.getMessage());
  }

  @Test
  void successFalseOnA200IsAnErrorWithTheApiErrors() throws Exception {
    fake.enqueue(
        200, Fixtures.error(7003, "Could not route to /accounts/acc-1/ai-gateway/gateways/gw-1"));

    UnsuccessfulResponseException e =
        expect(UnsuccessfulResponseException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(
        1, fake.requests().size(), "success: false is the API's answer, not a transient fault");
    assertEquals(200, e.statusCode());
    assertEquals(7003, e.errors().get(0).code());
    assertTrue(
        e.getMessage().contains("success") && e.getMessage().contains("7003"), e.getMessage());
  }

  // ------------------------------------------------------------------ bodies that do not parse

  @Test
  void truncatedJsonIsAParseErrorNamingTheOperation() throws Exception {
    String body = Fixtures.envelope(Fixtures.gateway("gw-1"));
    fake.enqueue(200, body.substring(0, body.length() / 2));

    ResponseParseException e =
        expect(ResponseParseException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(1, fake.requests().size(), "a complete 200 that does not parse is not retried");
    assertEquals("aiGatewayGet", e.operationId());
    assertEquals(200, e.statusCode());
    assertTrue(
        e.getMessage().contains("aiGatewayGet") && e.getMessage().contains("{\"result\""),
        e.getMessage());
  }

  @Test
  void malformedJsonIsAParseError() throws Exception {
    fake.enqueue(200, "{\"result\": {\"id\": \"gw-1\",, \"success\": true}");

    ResponseParseException e =
        expect(ResponseParseException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(1, fake.requests().size());
    assertTrue(e.getMessage().contains("aiGatewayGet"), e.getMessage());
  }

  @Test
  void aWrongShapeIsAParseErrorNotANullPointer() throws Exception {
    fake.enqueue(200, Fixtures.envelope("[1, 2, 3]"));

    ResponseParseException e =
        expect(ResponseParseException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertTrue(e.getMessage().contains("aiGatewayGet"), e.getMessage());
  }

  @Test
  void aResultMissingRequiredFieldsIsAParseErrorNamingThem() throws Exception {
    fake.enqueue(
        200, Fixtures.envelope("{\"cache_invalidate_on_update\":true,\"collect_logs\":true}"));

    ResponseParseException e =
        expect(ResponseParseException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(1, fake.requests().size());
    assertTrue(
        e.getMessage().contains("id") && e.getMessage().contains("created_at"),
        "the message names the missing properties: " + e.getMessage());
  }

  @Test
  void anEmpty200BodyWhereAGatewayIsExpectedIsAParseError() throws Exception {
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("")
            .build());

    ResponseParseException e =
        expect(ResponseParseException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(1, fake.requests().size());
    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().contains("aiGatewayGet"), e.getMessage());
  }

  @Test
  void anEmpty200BodyFailsTheAsyncCallTheSameWay() throws Exception {
    fake.server.enqueue(new MockResponse.Builder().code(200).body("").build());

    Throwable cause = asyncFailure(Calls.future(Calls.getGateway(fake.asyncClient(2), "gw-1")));

    assertInstanceOf(ResponseParseException.class, cause);
  }

  // ------------------------------------------------------------------ broken connections and
  // timeouts

  @Test
  void aConnectionResetMidBodyIsRetried() throws Exception {
    String body = Fixtures.envelope(Fixtures.gateway("gw-1"));
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
            .build());
    fake.enqueue(200, body);

    Object gateway = Calls.getGateway(fake.client(2), "gw-1");

    assertNotNull(gateway);
    assertEquals(2, fake.requests().size(), "the broken response, then one retry");
  }

  @Test
  void resetsOnEveryAttemptEndInAConnectionException() throws Exception {
    String body = Fixtures.envelope(Fixtures.gateway("gw-1"));
    for (int i = 0; i < 3; i++) {
      fake.server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(body)
              .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
              .build());
    }

    ApiConnectionException e =
        expect(ApiConnectionException.class, () -> Calls.getGateway(fake.client(2), "gw-1"));

    assertEquals(3, fake.requests().size(), "first attempt + two retries");
    assertTrue(e.getMessage().contains("aiGatewayGet"), e.getMessage());
  }

  @Test
  void aSlowServerHitsTheReadTimeoutOnEveryAttempt() throws Exception {
    // the transport's read timeout is 800 ms; the server waits 3 s before the body
    for (int i = 0; i < 2; i++) {
      fake.server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(Fixtures.envelope(Fixtures.gateway("gw-1")))
              .headersDelay(3, TimeUnit.SECONDS)
              .build());
    }

    ApiTimeoutException e =
        expect(ApiTimeoutException.class, () -> Calls.getGateway(fake.client(1), "gw-1"));

    assertEquals(2, fake.requests().size(), "a read timeout is retried (maxRetries = 1)");
    assertTrue(e.getMessage().contains("aiGatewayGet"), e.getMessage());
  }

  @Test
  void theAsyncClientTimesOutTheSameWay() throws Exception {
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(Fixtures.envelope(Fixtures.gateway("gw-1")))
            .headersDelay(3, TimeUnit.SECONDS)
            .build());

    Throwable cause = asyncFailure(Calls.future(Calls.getGateway(fake.asyncClient(0), "gw-1")));

    assertInstanceOf(ApiTimeoutException.class, cause);
    assertEquals(1, fake.requests().size(), "maxRetries = 0");
  }

  @Test
  void theWholeCallTimeoutIsNotRetried() throws Exception {
    // the body trickles in (10 bytes every 100 ms): no single read times out, the call as a whole
    // does
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(Fixtures.envelope(Fixtures.gateway("gw-1")))
            .throttleBody(10, 100, TimeUnit.MILLISECONDS)
            .build());
    AiGatewayClient client = fake.client(2);
    dev.specpoet.runtime.RequestOptions options =
        dev.specpoet.runtime.RequestOptions.builder().timeout(Duration.ofMillis(700)).build();

    ApiTimeoutException e =
        expect(
            ApiTimeoutException.class, () -> Calls.getGatewayWithOptions(client, "gw-1", options));

    assertEquals(1, fake.requests().size(), "the time the caller allowed is spent: no retry");
    assertTrue(e.getMessage().contains("aiGatewayGet"), e.getMessage());
  }

  // ------------------------------------------------------------------ what the server may add

  @Test
  void unknownFieldsEnumValuesAndUnionVariantsAreKeptNotErrors() throws Exception {
    String gateway =
        "{\"id\":\"gw-1\",\"cache_invalidate_on_update\":true,\"cache_ttl\":60,\"collect_logs\":true,"
            + "\"created_at\":\"2024-05-01T12:00:00Z\",\"modified_at\":\"2024-05-01T12:30:00Z\","
            + "\"rate_limiting_interval\":10,\"rate_limiting_limit\":100,"
            + "\"rate_limiting_technique\":\"leaky-bucket\","
            + "\"dlp\":{\"mode\":\"shadow\",\"enabled\":true},"
            + "\"brand_new_setting\":{\"nested\":[1,2,3]}}";
    fake.enqueue(200, Fixtures.envelope(gateway));

    Object parsed = Calls.getGateway(fake.client(2), "gw-1");

    List<String> found = ResultChecker.check(parsed);
    assertTrue(
        found.stream().anyMatch(p -> p.contains("enum value") && p.contains("leaky-bucket")),
        "the unknown enum value is kept and recognisable as unknown: " + found);
    assertTrue(
        found.stream().anyMatch(p -> p.contains("unknown union variant") && p.contains("dlp")),
        "the unknown dlp shape is kept as the unknown variant: " + found);
    JsonNode written = ResultChecker.toJson(parsed);
    List<String> diffs = ResultChecker.compare(Json.mapper().readTree(gateway), written);
    assertTrue(
        diffs.isEmpty(),
        "nothing the server sent is lost when the value is written back: " + diffs);
  }

  // ------------------------------------------------------------------ status families

  @Test
  void everyErrorStatusMapsToItsExceptionWithoutRetryUnlessRetryable() throws Exception {
    int[] statuses = {401, 403, 409, 422, 418};
    Class<?>[] types = {
      dev.specpoet.runtime.errors.UnauthorizedException.class,
      dev.specpoet.runtime.errors.PermissionDeniedException.class,
      dev.specpoet.runtime.errors.ConflictException.class,
      dev.specpoet.runtime.errors.UnprocessableEntityException.class,
      dev.specpoet.runtime.errors.UnexpectedStatusException.class
    };
    AiGatewayClient client = fake.client(1);
    for (int i = 0; i < statuses.length; i++) {
      fake.enqueue(statuses[i], Fixtures.error(9000 + i, "status " + statuses[i]));
      if (statuses[i] == 409) {
        fake.enqueue(
            statuses[i], Fixtures.error(9000 + i, "status " + statuses[i])); // 409 is retried
      }
      ApiStatusException e =
          expect(ApiStatusException.class, () -> Calls.getGateway(client, "gw-1"));
      assertInstanceOf(types[i], e, "status " + statuses[i]);
      assertEquals(statuses[i], e.statusCode());
      assertEquals(
          statuses[i] == 409 ? 2 : 1, fake.requests().size(), "requests for status " + statuses[i]);
    }
  }

  @Test
  void theAsyncClientReportsTheSameExceptionTypes() throws Exception {
    fake.enqueue(404, Fixtures.error(7002, "No such gateway"));
    AiGatewayClientAsync client = fake.asyncClient(2);

    Throwable cause = asyncFailure(Calls.future(Calls.getGateway(client, "gw-1")));

    assertInstanceOf(NotFoundException.class, cause);
    assertEquals(1, fake.requests().size());
  }

  // ------------------------------------------------------------------ what reaches the server

  @Test
  void anIdCanNeverChangeThePath() throws Exception {
    String[] ids = {"../x", "a/b", "a?b#c", "gw 1%", "...", "ü"};
    String[] onTheWire = {"..%2Fx", "a%2Fb", "a%3Fb%23c", "gw%201%25", "...", "%C3%BC"};
    AiGatewayClient client = fake.client(0);
    for (String id : ids) {
      fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));
      Calls.getGateway(client, id);
    }
    List<RecordedRequest> requests = fake.requests();
    for (int i = 0; i < ids.length; i++) {
      String path = requests.get(i).getUrl().encodedPath();
      assertEquals(
          "/client/v4/accounts/acc-1/ai-gateway/gateways/" + onTheWire[i],
          path,
          "the id '" + ids[i] + "' must stay one path segment");
      assertEquals(
          null,
          requests.get(i).getUrl().encodedQuery(),
          "no query smuggled in by '" + ids[i] + "'");
    }
  }

  @Test
  void queryValuesWithReservedCharactersArriveIntact() throws Exception {
    fake.enqueue(200, Fixtures.logPage(List.of(), 1, 20, 0L, 0L));
    String search = "a&b=c #1/ü?[x]";
    String filterValue = "gpt-4&model=x]";
    Map<String, JsonNode> params = new java.util.LinkedHashMap<>();
    params.put("account_id", Json.mapper().getNodeFactory().textNode("acc-1"));
    params.put("gateway_id", Json.mapper().getNodeFactory().textNode("gw-1"));
    params.put("search", Json.mapper().getNodeFactory().textNode(search));
    params.put(
        "filters",
        Json.mapper()
            .readTree(
                "[{\"key\":\"model\",\"operator\":\"eq\",\"value\":["
                    + Json.mapper().writeValueAsString(filterValue)
                    + "]}]"));

    Calls.call(fake.client(0), "aiGatewayLogsList", params);

    okhttp3.HttpUrl url = fake.requests().get(0).getUrl();
    assertEquals(
        search,
        url.queryParameter("search"),
        "one parameter, decoded back to the value set: " + url);
    assertEquals(filterValue, url.queryParameter("filters[0][value][0]"), url.toString());
    assertEquals("model", url.queryParameter("filters[0][key]"));
    assertEquals(null, url.queryParameter("model"), "nothing smuggled in: " + url);
  }

  @Test
  void dotSegmentsAreRefusedBeforeAnythingIsSent() throws Exception {
    AiGatewayClient client = fake.client(0);
    for (String id : new String[] {"..", "."}) {
      IllegalArgumentException e =
          expect(IllegalArgumentException.class, () -> Calls.getGateway(client, id));
      assertTrue(
          e.getMessage().contains("'id'"), "the message names the parameter: " + e.getMessage());
    }
    IllegalStateException empty =
        expect(IllegalStateException.class, () -> Calls.getGateway(client, ""));
    assertTrue(
        empty.getMessage().contains("id"),
        "the message names the parameter: " + empty.getMessage());
    assertEquals(
        0, fake.server.getRequestCount(), "a path that would resolve elsewhere is never requested");
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));
    Calls.getGateway(client, "gw-1"); // the @AfterEach log check needs one logged call
  }

  // ------------------------------------------------------------------ credentials

  @Test
  void credentialsAreSentButNeverLoggedNorInExceptions() throws Exception {
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));
    fake.enqueue(500, Fixtures.error(10002, "Internal error"));
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));
    fake.enqueue(403, Fixtures.error(10000, "Authentication error"));

    Calls.getGateway(fake.client(0), "gw-1");
    expect(InternalServerException.class, () -> Calls.getGateway(fake.client(0), "gw-1"));
    Calls.getGateway(fake.legacyClient(0), "gw-1");
    expect(
        dev.specpoet.runtime.errors.PermissionDeniedException.class,
        () -> Calls.getGateway(fake.legacyClient(0), "gw-1"));

    List<RecordedRequest> requests = fake.requests();
    assertEquals(
        "Bearer " + dev.specpoet.aigateway.it.support.Clients.TOKEN,
        requests.get(0).getHeaders().get("Authorization"),
        "the token is sent");
    assertEquals(
        dev.specpoet.aigateway.it.support.Clients.API_KEY,
        requests.get(2).getHeaders().get("X-Auth-Key"),
        "the legacy key is sent");
    assertEquals(
        dev.specpoet.aigateway.it.support.Clients.EMAIL,
        requests.get(2).getHeaders().get("X-Auth-Email"));
    List<String> lines = fake.logs.lines();
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("/ai-gateway/gateways/gw-1")),
        "at level BODY the calls are logged (else this test proves nothing): " + lines);
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("\"cache_ttl\"")),
        "at level BODY the bodies are logged: " + lines);
    // the @AfterEach check then finds neither secret in any of these lines
  }
}
