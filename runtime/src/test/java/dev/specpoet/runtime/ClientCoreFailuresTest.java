package dev.specpoet.runtime;

import static dev.specpoet.runtime.MockResponses.envelope;
import static dev.specpoet.runtime.MockResponses.ok;
import static dev.specpoet.runtime.MockResponses.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.runtime.errors.ApiConnectionException;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.ApiTimeoutException;
import dev.specpoet.runtime.errors.InternalServerException;
import dev.specpoet.runtime.errors.NotFoundException;
import dev.specpoet.runtime.errors.RateLimitException;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import dev.specpoet.runtime.http.OkHttpTransport;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Retries, timeouts, connection failures and the connection pool, over HTTP (the layer rules
 * themselves, blocking and async alike, are in {@link CallPipelineTest}).
 */
class ClientCoreFailuresTest extends CoreOverHttp {
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
}
