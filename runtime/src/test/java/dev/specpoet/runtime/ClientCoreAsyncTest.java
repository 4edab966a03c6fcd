package dev.specpoet.runtime;

import static dev.specpoet.runtime.MockResponses.envelope;
import static dev.specpoet.runtime.MockResponses.ok;
import static dev.specpoet.runtime.MockResponses.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.runtime.errors.ApiConnectionException;
import dev.specpoet.runtime.errors.ApiTimeoutException;
import dev.specpoet.runtime.errors.InternalServerException;
import dev.specpoet.runtime.errors.NotFoundException;
import dev.specpoet.runtime.errors.RateLimitException;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import dev.specpoet.runtime.http.OkHttpTransport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class ClientCoreAsyncTest extends CoreOverHttp {
  CompletableFuture<Gateway> callAsync(ClientCore c) {
    return c.executeAsync(
        getGateway(), ResponseHandlers.envelope("result", GATEWAY), RequestOptions.none());
  }

  static Throwable failure(CompletableFuture<?> f) {
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void succeeds() throws Exception {
    server.enqueue(envelope("{\"id\":\"gw1\",\"cache_ttl\":3}"));
    assertEquals(new Gateway("gw1", 3), callAsync(core(options())).get(10, TimeUnit.SECONDS));
  }

  @Test
  void rawResponse() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(202)
            .setHeader("X-Id", "7")
            .body("{\"result\":{\"id\":\"g\"}}")
            .build());
    RawResponse<Gateway> raw =
        core(options())
            .executeRawAsync(getGateway(), ResponseHandlers.envelope("result", GATEWAY), null)
            .get(10, TimeUnit.SECONDS);
    assertEquals(202, raw.statusCode());
    assertEquals("7", raw.header("x-id").orElseThrow());
  }

  @Test
  void retriesWithoutSleepingAThread() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(429));
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    assertEquals("gw1", callAsync(core(options())).get(10, TimeUnit.SECONDS).id());
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), sleeper.delays());
    assertTrue(sleeper.sleeps().isEmpty(), "async retries never call the blocking sleep");
  }

  @Test
  void theRetryWaitsForTheDelayFuture() throws Exception {
    ManualSleeper manual = new ManualSleeper();
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build());
    server.enqueue(envelope("{\"id\":\"late\"}"));
    CompletableFuture<Gateway> result =
        callAsync(core(options().retryPolicy(RetryPolicy.builder().sleeper(manual).build())));
    assertEquals(Duration.ofSeconds(2), manual.asked.get(10, TimeUnit.SECONDS));
    assertFalse(result.isDone());
    assertEquals(1, server.getRequestCount(), "no retry before the delay completes");
    manual.gate.complete(null);
    assertEquals("late", result.get(10, TimeUnit.SECONDS).id());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void errorStatusesFailTheFuture() {
    server.enqueue(status(404));
    CompletableFuture<Gateway> f = callAsync(core(options()));
    assertInstanceOf(NotFoundException.class, failure(f));
    CompletionException join = assertThrows(CompletionException.class, f::join);
    assertInstanceOf(NotFoundException.class, join.getCause());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void givesUpAfterMaxRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(500));
    }
    assertInstanceOf(InternalServerException.class, failure(callAsync(core(options()))));
    assertEquals(3, server.getRequestCount());
    assertEquals(2, sleeper.delays().size());
  }

  @Test
  void retryAfterOverTheLimitFailsAtOnce() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
    assertInstanceOf(RateLimitException.class, failure(callAsync(core(options()))));
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.delays().isEmpty());
  }

  @Test
  void successFalseAndMalformedJson() {
    server.enqueue(ok("{\"success\":false,\"errors\":[{\"code\":1,\"message\":\"no\"}]}"));
    server.enqueue(ok("{\"result\":"));
    ClientCore c = core(options());
    UnsuccessfulResponseException u = (UnsuccessfulResponseException) failure(callAsync(c));
    assertEquals("no", u.errors().get(0).message());
    ResponseParseException p = (ResponseParseException) failure(callAsync(c));
    assertEquals("aiGatewayGet", p.operationId());
  }

  @Test
  void connectionFailuresAreRetried() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    assertEquals("gw1", callAsync(core(options())).get(10, TimeUnit.SECONDS).id());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void connectionFailuresAfterRetries() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
              .build());
    }
    Throwable t = failure(callAsync(core(options().maxRetries(1))));
    assertInstanceOf(ApiConnectionException.class, t);
    assertFalse(t instanceof ApiTimeoutException);
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void readTimeoutIsRetried() throws Exception {
    server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    assertEquals(
        "gw1",
        callAsync(core(options().readTimeout(Duration.ofMillis(200))))
            .get(10, TimeUnit.SECONDS)
            .id());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void wholeCallTimeoutIsNotRetried() {
    server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).build());
    server.enqueue(envelope("{\"id\":\"never\"}"));
    Throwable t = failure(callAsync(core(options().callTimeout(Duration.ofMillis(300)))));
    assertInstanceOf(ApiTimeoutException.class, t);
    assertTrue(t.getMessage().contains("whole-call timeout"), t.getMessage());
    assertEquals(1, server.getRequestCount());
    assertTrue(sleeper.delays().isEmpty());
  }

  @Test
  void cancellingTheFutureCancelsTheCall() throws Exception {
    server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).build());
    ClientCore c = core(options());
    CompletableFuture<Gateway> f = callAsync(c);
    server.takeRequest(5, TimeUnit.SECONDS);
    assertTrue(f.cancel(true));
    okhttp3.Dispatcher dispatcher = ((OkHttpTransport) c.transport()).client().dispatcher();
    for (int i = 0; i < 100 && dispatcher.runningCallsCount() > 0; i++) {
      Thread.sleep(20);
    }
    assertEquals(0, dispatcher.runningCallsCount());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void aClosedClientFailsTheFuture() {
    ClientCore c = core(options());
    c.close();
    assertInstanceOf(IllegalStateException.class, failure(callAsync(c)));
  }

  @Test
  void noConnectionIsLeftCheckedOut() throws Exception {
    server.enqueue(envelope("{\"id\":\"a\"}"));
    server.enqueue(status(404));
    server.enqueue(ok("{bad"));
    ClientCore c = core(options());
    callAsync(c).get(10, TimeUnit.SECONDS);
    failure(callAsync(c));
    failure(callAsync(c));
    okhttp3.ConnectionPool pool = ((OkHttpTransport) c.transport()).client().connectionPool();
    assertEquals(pool.connectionCount(), pool.idleConnectionCount());
  }
}
