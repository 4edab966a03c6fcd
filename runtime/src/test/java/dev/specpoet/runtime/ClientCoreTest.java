package dev.specpoet.runtime;

import static dev.specpoet.runtime.MockResponses.envelope;
import static dev.specpoet.runtime.MockResponses.json;
import static dev.specpoet.runtime.MockResponses.ok;
import static dev.specpoet.runtime.MockResponses.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.errors.ApiConnectionException;
import dev.specpoet.runtime.errors.ApiError;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.ApiTimeoutException;
import dev.specpoet.runtime.errors.BadRequestException;
import dev.specpoet.runtime.errors.ConflictException;
import dev.specpoet.runtime.errors.InternalServerException;
import dev.specpoet.runtime.errors.NotFoundException;
import dev.specpoet.runtime.errors.PermissionDeniedException;
import dev.specpoet.runtime.errors.RateLimitException;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.UnauthorizedException;
import dev.specpoet.runtime.errors.UnexpectedStatusException;
import dev.specpoet.runtime.errors.UnprocessableEntityException;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import dev.specpoet.runtime.http.OkHttpTransport;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientCoreTest {
  static final String TOKEN = "tok-SECRET-0123456789";
  static final String KEY = "key-SECRET-abcdef";
  static final String EMAIL = "someone@example.com";
  static final TypeReference<Gateway> GATEWAY = new TypeReference<>() {};

  record Gateway(String id, @JsonProperty("cache_ttl") Integer cacheTtl) {}

  @StartStop final MockWebServer server = new MockWebServer();

  final RecordingSleeper sleeper = new RecordingSleeper();
  ClientCore core;

  @AfterEach
  void close() {
    if (core != null) {
      core.close();
    }
  }

  ClientOptions.Builder options() {
    return ClientOptions.builder()
        .baseUrl(server.url("/client/v4/").toString())
        .retryPolicy(RetryPolicy.builder().sleeper(sleeper).jitter(() -> 1.0).build());
  }

  ClientCore core(ClientOptions.Builder options) {
    core = new ClientCore(options.build());
    return core;
  }

  static ApiRequest getGateway() {
    return ApiRequest.builder(
            "aiGatewayGet", "GET", "/accounts/{account_id}/ai-gateway/gateways/{id}")
        .pathParam("account_id", "acc1")
        .pathParam("id", "gw1")
        .build();
  }

  Gateway call(ClientCore c) {
    return c.execute(
        getGateway(), ResponseHandlers.envelope("result", GATEWAY), RequestOptions.none());
  }

  // ---------------------------------------------------------------- success and headers

  @Test
  void unwrapsTheEnvelopeAndToleratesUnknownFields() throws Exception {
    server.enqueue(
        ok(
            "{\"success\":true,\"errors\":[],\"messages\":[],\"surprise\":1,"
                + "\"result\":{\"id\":\"gw1\",\"cache_ttl\":60,\"new_field\":{\"x\":[1]}}}"));
    Gateway g = call(core(options()));
    assertEquals(new Gateway("gw1", 60), g);
    RecordedRequest r = server.takeRequest();
    assertEquals("GET", r.getMethod());
    assertEquals("/client/v4/accounts/acc1/ai-gateway/gateways/gw1", r.getUrl().encodedPath());
  }

  @Test
  void sendsBearerTokenSecretHeadersAndDefaultHeaders() throws Exception {
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    ClientCore c =
        core(
            options()
                .bearerToken(TOKEN)
                .secretHeader("X-Auth-Email", EMAIL)
                .secretHeader("X-Auth-Key", KEY)
                .header("X-Team", "blue"));
    c.execute(
        ApiRequest.builder("op", "GET", "/x").header("X-Request", 7).build(),
        ResponseHandlers.jsonTree(),
        RequestOptions.builder().header("X-Team", "red").header("X-Per-Call", "yes").build());
    RecordedRequest r = server.takeRequest();
    assertEquals("Bearer " + TOKEN, r.getHeaders().get("Authorization"));
    assertEquals(EMAIL, r.getHeaders().get("X-Auth-Email"));
    assertEquals(KEY, r.getHeaders().get("X-Auth-Key"));
    assertEquals("red", r.getHeaders().get("X-Team"), "per-call header replaces the default");
    assertEquals("yes", r.getHeaders().get("X-Per-Call"));
    assertEquals("7", r.getHeaders().get("X-Request"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
    assertEquals(
        "specpoet-runtime/" + RuntimeVersion.get() + " (Java)", r.getHeaders().get("User-Agent"));
  }

  @Test
  void sendsTheJsonBodyAndReplaysItOnRetry() throws Exception {
    server.enqueue(status(503));
    server.enqueue(envelope("{\"id\":\"gw2\",\"cache_ttl\":5}"));
    ClientCore c = core(options());
    Gateway g =
        c.execute(
            ApiRequest.builder("aiGatewayCreate", "POST", "/gateways")
                .jsonBody(Map.of("id", "gw2"))
                .build(),
            ResponseHandlers.envelope("result", GATEWAY),
            null);
    assertEquals("gw2", g.id());
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertEquals("{\"id\":\"gw2\"}", first.getBody().utf8());
    assertEquals(first.getBody(), second.getBody());
    assertTrue(first.getHeaders().get("Content-Type").startsWith("application/json"));
  }

  @Test
  void rawResponseGivesStatusAndHeaders() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .setHeader("CF-Ray", "abc")
            .setHeader("Content-Type", "application/json")
            .body("{\"result\":{\"id\":\"g\"}}")
            .build());
    RawResponse<Gateway> raw =
        core(options())
            .executeRaw(
                getGateway(), ResponseHandlers.envelope("result", GATEWAY), RequestOptions.none());
    assertEquals(201, raw.statusCode());
    assertEquals("abc", raw.header("cf-ray").orElseThrow());
    assertEquals("abc", raw.headers().get("CF-RAY").get(0));
    assertEquals("g", raw.value().id());
  }

  @Test
  void perCallQueryParamsReplaceTheRequestsOwn() throws Exception {
    server.enqueue(ok("{}"));
    core(options())
        .execute(
            ApiRequest.builder("op", "GET", "/x")
                .queryParam("page", 1)
                .queryParam("keep", "k")
                .build(),
            ResponseHandlers.jsonTree(),
            RequestOptions.builder().queryParam("page", "9").queryParam("extra", "e x").build());
    RecordedRequest r = server.takeRequest();
    assertEquals("keep=k&page=9&extra=e%20x", r.getUrl().encodedQuery());
  }

  // ---------------------------------------------------------------- errors

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 405, 409, 418, 422, 429, 500, 502, 503})
  void eachStatusBecomesItsException(int code) {
    server.enqueue(
        json(
            code,
            "{\"success\":false,\"errors\":[{\"code\":7003,"
                + "\"message\":\"No route for that URI\"}],\"messages\":[],\"result\":null}"));
    ClientCore c = core(options().maxRetries(0));
    ApiStatusException e = assertThrows(ApiStatusException.class, () -> call(c));
    Class<?> expected =
        switch (code) {
          case 400 -> BadRequestException.class;
          case 401 -> UnauthorizedException.class;
          case 403 -> PermissionDeniedException.class;
          case 404 -> NotFoundException.class;
          case 409 -> ConflictException.class;
          case 422 -> UnprocessableEntityException.class;
          case 429 -> RateLimitException.class;
          case 500, 502, 503 -> InternalServerException.class;
          default -> UnexpectedStatusException.class;
        };
    assertEquals(expected, e.getClass());
    assertEquals(code, e.statusCode());
    assertEquals("aiGatewayGet", e.operationId());
    assertEquals(List.of(new ApiError(7003, "No route for that URI")), e.errors());
    assertTrue(e.body().contains("No route for that URI"));
    assertEquals("application/json", e.header("content-type").orElseThrow());
    assertTrue(e.getMessage().startsWith(code + " "), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(
                " from aiGatewayGet (GET /accounts/{account_id}/ai-gateway/"
                    + "gateways/{id}): [7003] No route for that URI"),
        e.getMessage());
  }

  @Test
  void notFoundMessageReadsWell() {
    server.enqueue(
        json(404, "{\"errors\":[{\"code\":7003,\"message\":\"No route for that URI\"}]}"));
    NotFoundException e = assertThrows(NotFoundException.class, () -> call(core(options())));
    assertEquals(
        "404 Not Found from aiGatewayGet (GET /accounts/{account_id}/ai-gateway/gateways/"
            + "{id}): [7003] No route for that URI",
        e.getMessage());
  }

  @Test
  void successFalseOn2xxIsAnErrorAndNotRetried() {
    server.enqueue(
        ok(
            "{\"success\":false,\"errors\":[{\"code\":1001,\"message\":\"bad\"},"
                + "{\"code\":\"1002\",\"message\":\"worse\"}],\"messages\":[],\"result\":null}"));
    UnsuccessfulResponseException e =
        assertThrows(UnsuccessfulResponseException.class, () -> call(core(options())));
    assertEquals(200, e.statusCode());
    assertEquals(List.of(new ApiError(1001, "bad"), new ApiError(1002, "worse")), e.errors());
    assertEquals(
        "200 OK with \"success\": false from aiGatewayGet (GET /accounts/{account_id}/"
            + "ai-gateway/gateways/{id}): [1001] bad; [1002] worse",
        e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void htmlErrorPageKeepsTheBodyAndHasNoErrors() {
    String html =
        "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>cloudflare</body>" + "</html>";
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .setHeader("Content-Type", "text/html")
            .body(html)
            .build());
    InternalServerException e =
        assertThrows(InternalServerException.class, () -> call(core(options().maxRetries(0))));
    assertEquals(html, e.body());
    assertTrue(e.errors().isEmpty());
    assertTrue(
        e.getMessage().contains("<html> <head><title>502 Bad Gateway</title>"), e.getMessage());
  }

  @Test
  void emptyErrorBodyIsSaidSo() {
    server.enqueue(new MockResponse.Builder().code(401).build());
    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> call(core(options())));
    assertEquals("", e.body());
    assertTrue(e.getMessage().endsWith("(empty body)"), e.getMessage());
  }

  @Test
  void malformedJsonIsAParseErrorNamingTheOperation() {
    server.enqueue(ok("{\"success\":true,\"result\":{\"id\":\"gw1\","));
    ResponseParseException e =
        assertThrows(ResponseParseException.class, () -> call(core(options())));
    assertEquals("aiGatewayGet", e.operationId());
    assertEquals(200, e.statusCode());
    assertTrue(
        e.getMessage()
            .startsWith(
                "Could not read the 200 OK response of aiGatewayGet (GET "
                    + "/accounts/{account_id}/ai-gateway/gateways/{id}): invalid JSON"),
        e.getMessage());
    assertTrue(e.getMessage().contains("the body starts with: {\"success\":true"), e.getMessage());
  }

  @Test
  void wrongShapeIsAParseErrorWithThePath() {
    server.enqueue(envelope("{\"id\":\"gw1\",\"cache_ttl\":\"not a number\"}"));
    ResponseParseException e =
        assertThrows(ResponseParseException.class, () -> call(core(options())));
    assertTrue(e.getMessage().contains("\"result\""), e.getMessage());
    assertTrue(e.getMessage().contains("cache_ttl"), e.getMessage());
  }

  @Test
  void nonJsonSuccessBodyIsAParseError() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>maintenance</html>").build());
    ResponseParseException e =
        assertThrows(ResponseParseException.class, () -> call(core(options())));
    assertTrue(e.getMessage().contains("<html>maintenance</html>"), e.getMessage());
  }

  @Test
  void emptySuccessBody() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(200).build());
    }
    ClientCore c = core(options());
    ResponseParseException e = assertThrows(ResponseParseException.class, () -> call(c));
    assertTrue(e.getMessage().contains("the body is empty"), e.getMessage());
    assertThrows(
        ResponseParseException.class,
        () -> c.execute(getGateway(), ResponseHandlers.json(GATEWAY), null));
    assertTrue(c.execute(getGateway(), ResponseHandlers.jsonTree(), null).isMissingNode());
    assertNull(c.execute(getGateway(), ResponseHandlers.discard(), null));
  }

  @Test
  void aHandlerThatThrowsUncheckedBecomesAParseError() {
    server.enqueue(ok("{}"));
    ResponseParseException e =
        assertThrows(
            ResponseParseException.class,
            () ->
                core(options())
                    .execute(
                        getGateway(),
                        ctx -> {
                          throw new NullPointerException("boom");
                        },
                        null));
    assertInstanceOf(NullPointerException.class, e.getCause());
    assertTrue(e.getMessage().contains("aiGatewayGet"));
  }

  @Test
  void credentialsNeverAppearInExceptionMessages() {
    server.enqueue(
        json(
            400,
            "{\"errors\":[{\"code\":9,\"message\":\"bad token "
                + TOKEN
                + " for "
                + EMAIL
                + "\"}]}"));
    server.enqueue(ok("{\"result\": \"" + KEY));
    ClientCore c =
        core(
            options()
                .bearerToken(TOKEN)
                .secretHeader("X-Auth-Email", EMAIL)
                .secretHeader("X-Auth-Key", KEY));
    BadRequestException e = assertThrows(BadRequestException.class, () -> call(c));
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    assertFalse(e.getMessage().contains(EMAIL), e.getMessage());
    assertTrue(e.getMessage().contains("<redacted>"), e.getMessage());
    ResponseParseException p =
        assertThrows(
            ResponseParseException.class,
            () -> c.execute(getGateway(), ResponseHandlers.jsonTree(), null));
    assertFalse(p.getMessage().contains(KEY), p.getMessage());
  }

  // ---------------------------------------------------------------- retries

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504})
  void retryableStatusesAreRetried(int code) {
    server.enqueue(status(code));
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    assertEquals("gw1", call(core(options())).id());
    assertEquals(2, server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.sleeps());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 405, 422})
  void otherStatusesAreNotRetried(int code) {
    server.enqueue(status(code));
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    assertThrows(ApiStatusException.class, () -> call(core(options())));
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.sleeps().isEmpty());
  }

  @Test
  void givesUpAfterMaxRetries() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }
    InternalServerException e =
        assertThrows(InternalServerException.class, () -> call(core(options())));
    assertEquals(503, e.statusCode());
    assertEquals(3, server.getRequestCount(), "1 attempt + 2 retries (the default)");
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeper.sleeps());
  }

  @Test
  void perCallMaxRetriesOverridesTheClients() {
    for (int i = 0; i < 6; i++) {
      server.enqueue(status(500));
    }
    server.enqueue(envelope("{\"id\":\"late\"}"));
    ClientCore c = core(options().maxRetries(5));
    assertThrows(
        InternalServerException.class,
        () ->
            c.execute(
                getGateway(),
                ResponseHandlers.envelope("result", GATEWAY),
                RequestOptions.builder().maxRetries(0).build()));
    assertEquals(1, server.getRequestCount());
    assertEquals(
        "late",
        c.execute(
                getGateway(),
                ResponseHandlers.envelope("result", GATEWAY),
                RequestOptions.builder().maxRetries(6).build())
            .id());
    assertEquals(7, server.getRequestCount());
  }

  @Test
  void backoffIsExponentialAndCapped() {
    for (int i = 0; i < 6; i++) {
      server.enqueue(status(503));
    }
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    call(core(options().maxRetries(6)));
    assertEquals(
        List.of(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(8)),
        sleeper.sleeps());
  }

  @Test
  void retryAfterSecondsIsObeyed() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").build());
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    call(core(options()));
    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.sleeps());
  }

  @Test
  void retryAfterHttpDateIsObeyed() {
    Instant now = Instant.parse("2026-11-22T06:00:00Z");
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(7).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", date).build());
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    call(
        core(
            options()
                .retryPolicy(
                    RetryPolicy.builder()
                        .sleeper(sleeper)
                        .clock(Clock.fixed(now, ZoneOffset.UTC))
                        .build())));
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps());
  }

  @Test
  void retryAfterMsIsObeyed() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("retry-after-ms", "250")
            .setHeader("Retry-After", "9")
            .build());
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    call(core(options()));
    assertEquals(List.of(Duration.ofMillis(250)), sleeper.sleeps());
  }

  @Test
  void retryAfterOverTheLimitFailsAtOnce() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Retry-After", "120")
            .body("{\"errors\":[{\"code\":10000,\"message\":\"rate limited\"}]}")
            .build());
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    RateLimitException e = assertThrows(RateLimitException.class, () -> call(core(options())));
    assertEquals("120", e.header("retry-after").orElseThrow());
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.sleeps().isEmpty());
  }

  @Test
  void connectionFailuresAreRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    assertEquals("gw1", call(core(options())).id());
    assertEquals(2, server.getRequestCount());
    assertEquals(1, sleeper.sleeps().size());
  }

  @Test
  void aConnectionResetMidBodyIsRetried() {
    StringBuilder big = new StringBuilder("{\"result\":{\"id\":\"gw1\",\"pad\":\"");
    big.append("x".repeat(64 * 1024)).append("\"}}");
    server.enqueue(
        new MockResponse.Builder()
            .body(big.toString())
            .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    ClientCore c = core(options());
    assertEquals("gw1", call(c).id());
    assertEquals(2, server.getRequestCount());
    assertEquals(1, sleeper.sleeps().size());
    okhttp3.ConnectionPool pool = ((OkHttpTransport) c.transport()).client().connectionPool();
    assertEquals(pool.connectionCount(), pool.idleConnectionCount());
  }

  @Test
  void connectionFailuresAfterRetriesAreConnectionExceptions() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
              .build());
    }
    ApiConnectionException e =
        assertThrows(ApiConnectionException.class, () -> call(core(options())));
    assertFalse(e instanceof ApiTimeoutException);
    assertEquals("aiGatewayGet", e.operationId());
    assertTrue(
        e.getMessage()
            .startsWith(
                "aiGatewayGet (GET /accounts/{account_id}/ai-gateway/"
                    + "gateways/{id}) failed after 3 attempts"),
        e.getMessage());
    assertEquals(3, server.getRequestCount());
  }

  @Test
  void connectionRefusedIsRetriedThenFails() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ClientCore c = core(options().baseUrl("http://127.0.0.1:" + port).maxRetries(1));
    assertThrows(ApiConnectionException.class, () -> call(c));
    assertEquals(1, sleeper.sleeps().size());
  }

  @Test
  void readTimeoutIsRetried() {
    server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    assertEquals("gw1", call(core(options().readTimeout(Duration.ofMillis(200)))).id());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void readTimeoutAfterRetriesIsATimeoutException() {
    server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(envelope("{\"id\":\"never\"}"));
    ClientCore c = core(options().readTimeout(Duration.ofSeconds(30)));
    ApiTimeoutException e =
        assertThrows(
            ApiTimeoutException.class,
            () ->
                c.execute(
                    getGateway(),
                    ResponseHandlers.envelope("result", GATEWAY),
                    RequestOptions.builder()
                        .readTimeout(Duration.ofMillis(200))
                        .maxRetries(0)
                        .build()));
    assertTrue(e.getMessage().contains("timed out after 1 attempt"), e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void wholeCallTimeoutIsNotRetried() {
    server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).build());
    server.enqueue(envelope("{\"id\":\"never\"}"));
    ClientCore c = core(options().callTimeout(Duration.ofMillis(300)).maxRetries(3));
    ApiTimeoutException e = assertThrows(ApiTimeoutException.class, () -> call(c));
    assertTrue(e.getMessage().contains("whole-call timeout of 300 ms expired"), e.getMessage());
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.sleeps().isEmpty());
  }

  @Test
  void perCallTimeoutOverridesTheClients() {
    server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).build());
    ClientCore c = core(options());
    assertThrows(
        ApiTimeoutException.class,
        () ->
            c.execute(
                getGateway(),
                ResponseHandlers.jsonTree(),
                RequestOptions.builder().timeout(Duration.ofMillis(250)).build()));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void anInterruptedCallIsNotRetriedNorCalledATimeout() throws Exception {
    server.enqueue(status(503));
    server.enqueue(envelope("{\"id\":\"never\"}"));
    ClientCore c = core(options());
    java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              Thread.currentThread().interrupt();
              try {
                call(c);
              } catch (Throwable t) {
                thrown.set(t);
              }
            });
    caller.start();
    caller.join(5000);
    assertFalse(caller.isAlive());
    assertEquals(ApiConnectionException.class, thrown.get().getClass(), "" + thrown.get());
    assertTrue(thrown.get().getMessage().contains("interrupted"), thrown.get().getMessage());
    assertTrue(server.getRequestCount() <= 1);
  }

  @Test
  void aBackoffThatWouldPassTheDeadlineIsNotWaited() {
    server.enqueue(status(503));
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    // the 8 s backoff cannot fit in a 5 s whole-call timeout: fail with the 503 instead
    ClientCore c =
        core(
            options()
                .callTimeout(Duration.ofSeconds(5))
                .retryPolicy(
                    RetryPolicy.builder()
                        .sleeper(sleeper)
                        .jitter(() -> 1.0)
                        .initialBackoff(Duration.ofSeconds(8))
                        .build()));
    assertThrows(InternalServerException.class, () -> call(c));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void noConnectionIsLeftCheckedOut() {
    server.enqueue(envelope("{\"id\":\"a\"}"));
    server.enqueue(status(404));
    server.enqueue(ok("{not json"));
    server.enqueue(ok("{\"success\":false,\"errors\":[]}"));
    server.enqueue(envelope("{\"id\":\"b\"}"));
    ClientCore c = core(options());
    call(c);
    assertThrows(NotFoundException.class, () -> call(c));
    assertThrows(ResponseParseException.class, () -> call(c));
    assertThrows(UnsuccessfulResponseException.class, () -> call(c));
    call(c);
    okhttp3.ConnectionPool pool = ((OkHttpTransport) c.transport()).client().connectionPool();
    assertEquals(pool.connectionCount(), pool.idleConnectionCount());
    assertEquals(1, pool.connectionCount(), "one keep-alive connection reused by every call");
  }

  @Test
  void aPerCallReadTimeoutSharesTheConnectionPool() throws Exception {
    server.enqueue(envelope("{\"id\":\"a\"}"));
    server.enqueue(envelope("{\"id\":\"b\"}"));
    ClientCore c = core(options());
    call(c);
    c.execute(
        getGateway(),
        ResponseHandlers.envelope("result", GATEWAY),
        RequestOptions.builder().readTimeout(Duration.ofSeconds(5)).build());
    okhttp3.ConnectionPool pool = ((OkHttpTransport) c.transport()).client().connectionPool();
    assertEquals(1, pool.connectionCount(), "the derived client reused the pooled connection");
    assertEquals(
        server.takeRequest().getConnectionIndex(), server.takeRequest().getConnectionIndex());
  }

  @Test
  void theRealSleeperWaitsWithoutBlocking() throws Exception {
    Sleeper real = Sleeper.system();
    real.sleep(Duration.ZERO);
    assertTrue(real.delay(Duration.ZERO).isDone());
    java.util.concurrent.CompletableFuture<Void> later = real.delay(Duration.ofMillis(20));
    later.get(10, TimeUnit.SECONDS);
    assertTrue(later.isDone());
  }

  @Test
  void aClosedClientRefusesCalls() {
    ClientCore c = core(options());
    c.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> call(c));
    assertTrue(e.getMessage().contains("closed"));
    assertTrue(
        ((OkHttpTransport) c.transport()).client().dispatcher().executorService().isShutdown());
  }

  // ---------------------------------------------------------------- logging

  @Test
  void loggingIsOffByDefault() {
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    CapturingLogger logger = new CapturingLogger();
    core = new ClientCore(options().bearerToken(TOKEN).build(), logger);
    call(core);
    assertEquals(0, logger.count());
  }

  @Test
  void loggingNeverPrintsCredentials() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .setHeader("Set-Cookie", "session=s3cr3t")
            .body("{\"errors\":[]}")
            .build());
    server.enqueue(envelope("{\"id\":\"gw1\",\"echo\":\"" + KEY + "\"}"));
    CapturingLogger logger = new CapturingLogger();
    core =
        new ClientCore(
            options()
                .bearerToken(TOKEN)
                .secretHeader("X-Auth-Email", EMAIL)
                .secretHeader("X-Auth-Key", KEY)
                .secretHeader("X-Custom-Secret", "custom-secret-value")
                .logLevel(LogLevel.BODY)
                .build(),
            logger);
    core.execute(
        ApiRequest.builder("aiGatewayCreate", "POST", "/gateways")
            .jsonBody(Map.of("note", "token is " + TOKEN))
            .header("Cookie", "c=1")
            .build(),
        ResponseHandlers.jsonTree(),
        null);
    String log = logger.all();
    for (String secret : List.of(TOKEN, KEY, EMAIL, "custom-secret-value", "s3cr3t", "c=1")) {
      assertFalse(log.contains(secret), "log shows " + secret + ":\n" + log);
    }
    assertTrue(log.contains("Authorization: <redacted>"), log);
    assertTrue(log.contains("X-Auth-Key: <redacted>"), log);
    assertTrue(log.contains("X-Auth-Email: <redacted>"), log);
    assertTrue(log.contains("X-Custom-Secret: <redacted>"), log);
    assertTrue(log.contains("set-cookie: <redacted>"), log);
    assertTrue(log.contains("--> POST " + server.url("/client/v4/gateways")), log);
    assertTrue(log.contains("<-- 503 Service Unavailable (aiGatewayCreate"), log);
    assertTrue(log.contains("retry 1"), log);
    assertTrue(log.contains("\"note\":\"token is <redacted>\""), log);
  }

  @Test
  void basicLoggingHasNoHeadersNorBodies() {
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    CapturingLogger logger = new CapturingLogger();
    core =
        new ClientCore(options().header("X-Visible", "v").logLevel(LogLevel.BASIC).build(), logger);
    call(core);
    assertEquals(2, logger.count());
    assertFalse(logger.all().contains("X-Visible"));
    assertFalse(logger.all().contains("gw1\""));
  }

  @Test
  void unknownJsonNodesAreKept() {
    server.enqueue(envelope("{\"id\":\"gw1\",\"x\":{\"y\":true}}"));
    JsonNode result =
        core(options())
            .execute(
                getGateway(),
                ResponseHandlers.envelope("result", new TypeReference<JsonNode>() {}),
                null);
    assertTrue(result.at("/x/y").booleanValue());
  }
}
