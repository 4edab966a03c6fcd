package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.generator.testing.ServiceScenarios;
import dev.specpoet.generator.testing.TestSupport;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpResponse;
import dev.specpoet.runtime.http.HttpTransport;
import dev.specpoet.runtime.json.Json;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client generated from the {@code services} golden spec ({@code golden/services/spec.yaml}),
 * compiled with the calls of {@code drivers/services/.../Scenarios.java} and called against
 * MockWebServer: what goes on the wire (path encoding, query styles, headers, bodies, credentials)
 * and what comes back (envelope unwrapped, pages followed and stopped, raw responses, async twins).
 */
class ServiceBehaviourTest {
  private static ServiceScenarios scenarios;

  @StartStop private final MockWebServer server = new MockWebServer();

  @BeforeAll
  static void compileSample() throws Exception {
    scenarios =
        TestSupport.driver(
            GoldenTest.render("services"),
            "services/com/example/services/Scenarios.java",
            ServiceScenarios.class);
  }

  private String baseUrl() {
    String url = server.url("/client/v4").toString();
    return url;
  }

  private void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .addHeader("cf-ray", "ray-" + code)
            .body(body)
            .build());
  }

  private static final String GATEWAY =
      "{\"success\":true,\"errors\":[],\"messages\":[],"
          + "\"result\":{\"id\":\"gw-1\",\"cache_ttl\":null,\"unknown\":1}}";

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  @Test
  void pathParametersStayOneSegment() throws Exception {
    enqueue(200, GATEWAY);
    enqueue(200, GATEWAY);
    assertEquals("gw-1", scenarios.getGateway(baseUrl(), "../x"));
    assertEquals("gw-1", scenarios.getGateway(baseUrl(), "a/b"));
    RecordedRequest dots = take();
    RecordedRequest slash = take();
    assertEquals(
        List.of("client", "v4", "accounts", "acc", "gateways", "../x"),
        dots.getUrl().pathSegments());
    assertEquals(
        List.of("client", "v4", "accounts", "acc", "gateways", "a/b"),
        slash.getUrl().pathSegments());
    assertFalse(dots.getTarget().contains("../"), dots.getTarget());
    assertEquals("GET", dots.getMethod());
    assertEquals("Bearer token-1", dots.getHeaders().get("Authorization"));
  }

  @Test
  void envelopeIsUnwrappedAndSuccessFalseIsAnError() {
    enqueue(
        200,
        "{\"success\":false,\"errors\":[{\"code\":7003,\"message\":\"No route\"}],\"messages\":[],\"result\":null}");
    UnsuccessfulResponseException e =
        assertThrows(
            UnsuccessfulResponseException.class, () -> scenarios.getGateway(baseUrl(), "gw-1"));
    assertEquals(7003, e.errors().get(0).code());
  }

  @Test
  void createSendsFlattenedBodyWithExplicitNullAndAdditionalProperties() throws Exception {
    enqueue(200, GATEWAY);
    assertEquals("gw-1", scenarios.createGateway(baseUrl()));
    RecordedRequest r = take();
    assertEquals("POST", r.getMethod());
    assertEquals("/client/v4/accounts/acc/gateways", r.getUrl().encodedPath());
    assertEquals("1", r.getUrl().queryParameter("beta"));
    assertEquals("yes", r.getHeaders().get("X-Extra"));
    JsonNode body = Json.mapper().readTree(r.getBody().utf8());
    assertEquals("gw-1", body.get("id").asText());
    assertTrue(
        body.has("cache_ttl") && body.get("cache_ttl").isNull(), "explicit null is sent: " + body);
    assertFalse(body.has("rate_limiting_technique"), "an unset nullable field is absent: " + body);
    assertEquals("[1,2]", body.get("new_field").toString());
    assertTrue(body.get("dropped").isNull(), "a null additional property is sent as null: " + body);
    // an additional property wins over the documented field of its name, which is sent once
    assertEquals("\"yes\"", body.get("collect_logs").toString());
    assertEquals(1, r.getBody().utf8().split("\"collect_logs\"", -1).length - 1, body.toString());
    assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
  }

  @Test
  void buildNamesEveryMissingRequiredFieldBySpecName() {
    String message = scenarios.missingRequired();
    assertTrue(message.contains("account_id, id, cache_ttl"), message);
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void paramsTextMasksParametersWhoseNameOrFormatSaysSecret() {
    String text = scenarios.logParamsText();
    assertTrue(text.contains("xSessionToken=***") && text.contains("passcode=***"), text);
    assertTrue(text.contains("search=q-3"), text);
    assertFalse(text.contains("tok-1") || text.contains("pc-2"), text);
  }

  private void enqueueLogPages() {
    enqueue(
        200,
        "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[{\"id\":\"l1\"},{\"id\":\"l2\"}],"
            + "\"result_info\":{\"page\":1,\"per_page\":2,\"count\":2,\"total_count\":3}}");
    enqueue(
        200,
        "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[{\"id\":\"l3\"}],"
            + "\"result_info\":{\"page\":2,\"per_page\":2,\"count\":1,\"total_count\":3}}");
  }

  private void assertLogRequests() throws InterruptedException {
    RecordedRequest first = take();
    RecordedRequest second = take();
    assertEquals(
        List.of("client", "v4", "accounts", "acc", "gateways", "gw/1", "logs"),
        first.getUrl().pathSegments());
    assertEquals("model", first.getUrl().queryParameter("filters[0][key]"));
    assertEquals("eq", first.getUrl().queryParameter("filters[0][operator]"));
    assertEquals("gpt-4", first.getUrl().queryParameter("filters[0][value][0]"));
    assertEquals("a,b", first.getUrl().queryParameter("tags"));
    assertEquals("2", first.getUrl().queryParameter("per_page"));
    assertNull(first.getUrl().queryParameter("page"));
    assertEquals("2", second.getUrl().queryParameter("page"));
    assertEquals("2", second.getUrl().queryParameter("per_page"));
    assertEquals("model", second.getUrl().queryParameter("filters[0][key]"));
    assertEquals(
        2, server.getRequestCount(), "total_count says there is no third page: no request for it");
  }

  @Test
  void pageNumberListFollowsPagesAndStopsOnTotalCount() throws Exception {
    enqueueLogPages();
    assertEquals(List.of("l1", "l2", "l3"), scenarios.listLogs(baseUrl()));
    assertLogRequests();
  }

  @Test
  void asyncPageNumberListIsEquivalent() throws Exception {
    enqueueLogPages();
    assertEquals(List.of("l1", "l2", "l3"), scenarios.listLogsAsync(baseUrl()));
    assertLogRequests();
  }

  @Test
  void cursorListFollowsTheCursorUntilThereIsNone() throws Exception {
    enqueue(
        200, "{\"success\":true,\"result\":[{\"id\":\"e1\"}],\"result_info\":{\"cursor\":\"c2\"}}");
    enqueue(
        200, "{\"success\":true,\"result\":[{\"id\":\"e2\"}],\"result_info\":{\"cursor\":null}}");
    assertEquals(List.of("e1", "e2"), scenarios.listEvents(baseUrl()));
    assertNull(take().getUrl().queryParameter("cursor"));
    assertEquals("c2", take().getUrl().queryParameter("cursor"));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void offsetListAdvancesByItemsAndStopsOnTotalCount() throws Exception {
    enqueue(
        200,
        "{\"success\":true,\"result\":[{\"id\":\"v1\"},{\"id\":\"v2\"}],\"result_info\":{\"total_count\":3}}");
    enqueue(
        200, "{\"success\":true,\"result\":[{\"id\":\"v3\"}],\"result_info\":{\"total_count\":3}}");
    assertEquals(List.of("v1", "v2", "v3"), scenarios.listEvaluations(baseUrl()));
    RecordedRequest first = take();
    RecordedRequest second = take();
    assertNull(first.getUrl().queryParameter("offset"));
    assertEquals("2", first.getUrl().queryParameter("limit"));
    assertEquals("2", second.getUrl().queryParameter("offset"));
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void asyncCallsReportEveryFailureThroughTheFuture() throws Exception {
    Throwable refused = scenarios.asyncFailure(baseUrl(), "..");
    assertTrue(refused instanceof IllegalArgumentException, String.valueOf(refused));
    assertTrue(refused.getMessage().contains("id"), refused.getMessage());
    enqueue(
        200, "{\"success\":false,\"errors\":[{\"code\":1,\"message\":\"nope\"}],\"result\":null}");
    assertTrue(scenarios.asyncFailure(baseUrl(), "gw-1") instanceof UnsuccessfulResponseException);
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void childServicesAreCreatedOnceForAllThreads() throws Exception {
    assertTrue(scenarios.sameServiceFromManyThreads(baseUrl()));
  }

  @Test
  void cancellingAnAsyncPageCancelsTheCall() {
    List<CompletableFuture<HttpResponse>> inFlight = new CopyOnWriteArrayList<>();
    HttpTransport transport =
        new HttpTransport() {
          @Override
          public HttpResponse execute(HttpRequest request) {
            throw new AssertionError("the async client calls executeAsync");
          }

          @Override
          public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
            CompletableFuture<HttpResponse> never = new CompletableFuture<>();
            inFlight.add(never);
            return never;
          }

          @Override
          public void close() {}
        };
    scenarios.cancelAsyncList(transport);
    assertEquals(2, inFlight.size());
    assertTrue(
        inFlight.stream().allMatch(CompletableFuture::isCancelled),
        "the transport's calls are cancelled");
  }

  @Test
  void rawResponsesCarryStatusAndHeaders() throws Exception {
    enqueue(200, GATEWAY);
    assertEquals(List.of(200, "ray-200", "gw-1"), scenarios.rawGet(baseUrl()));
    enqueue(201, GATEWAY);
    assertEquals(List.of(201, "gw-1"), scenarios.rawGetAsync(baseUrl()));
  }

  @Test
  void callsWithoutResponseBodyReturnNothing() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());
    server.enqueue(new MockResponse.Builder().code(204).build());
    scenarios.delete(baseUrl());
    assertEquals("DELETE", take().getMethod());
    assertEquals("DELETE", take().getMethod());
  }

  @Test
  void nonObjectBodyIsSentWhole() throws Exception {
    enqueue(200, "{\"success\":true,\"result\":[\"x\",\"y\"]}");
    assertEquals(List.of("x", "y"), scenarios.tag(baseUrl()));
    RecordedRequest r = take();
    assertEquals("PUT", r.getMethod());
    assertEquals("[\"x\",\"y\"]", r.getBody().utf8());
  }

  @Test
  void builderCredentialsAreSentAndRootOperationsReturnTheWholeBody() throws Exception {
    enqueue(200, "{\"status\":\"ok\"}");
    Map<String, Object> body = scenarios.pingWithCredentials(baseUrl());
    assertEquals("ok", ((JsonNode) body.get("status")).asText());
    RecordedRequest r = take();
    assertEquals("/client/v4/ping", r.getUrl().encodedPath());
    assertEquals("key=qk-1", r.getUrl().encodedQuery());
    assertEquals("Bearer token-1", r.getHeaders().get("Authorization"));
    assertEquals("me@example.com", r.getHeaders().get("X-Auth-Email"));
    assertEquals("key-1", r.getHeaders().get("X-Auth-Key"));
    assertEquals("d", r.getHeaders().get("X-Default"));
    assertEquals("1", r.getHeaders().get("X-Per-Call"));
  }

  @Test
  void rootCallsOfTheAsyncClientReturnTheirResult() throws Exception {
    enqueue(200, "\"v4.2 \\\"beta\\\"\"");
    assertEquals("v4.2 \"beta\"", scenarios.versionAsync(baseUrl()));
    assertEquals("/client/v4/version", take().getUrl().encodedPath());
  }

  @Test
  void fromEnvReadsDeclaredAndDefaultVariableNames() throws Exception {
    enqueue(200, "{\"status\":\"ok\"}");
    scenarios.pingFromEnv(
        Map.of(
            "MINI_GATEWAY_BASE_URL", baseUrl(),
            "MINI_TOKEN", "env-token",
            "MINI_GATEWAY_API_EMAIL", "env@example.com",
            "MINI_GATEWAY_API_KEY", "env-key",
            "MINI_GATEWAY_QUERY_KEY", "env-query-key"));
    RecordedRequest r = take();
    assertEquals("key=env-query-key", r.getUrl().encodedQuery());
    assertEquals("Bearer env-token", r.getHeaders().get("Authorization"));
    assertEquals("env@example.com", r.getHeaders().get("X-Auth-Email"));
    assertEquals("env-key", r.getHeaders().get("X-Auth-Key"));
  }
}
