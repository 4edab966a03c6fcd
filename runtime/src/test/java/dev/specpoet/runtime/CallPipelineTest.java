package dev.specpoet.runtime;

import static dev.specpoet.runtime.ScriptedTransport.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.errors.ApiConnectionException;
import dev.specpoet.runtime.errors.ApiTimeoutException;
import dev.specpoet.runtime.errors.BadRequestException;
import dev.specpoet.runtime.errors.InternalServerException;
import dev.specpoet.runtime.errors.RateLimitException;
import dev.specpoet.runtime.http.CallTimeoutException;
import dev.specpoet.runtime.http.HttpRequest;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The layers of the call pipeline (whole-call deadline, retries, logging), each case run as a
 * blocking and as an asynchronous call over a scripted transport: the same answers must give the
 * same attempts, waits, log lines and exceptions.
 */
class CallPipelineTest {

  /** How a test sends its call. */
  enum Mode {
    BLOCKING {
      @Override
      <T> T call(ClientCore core, ApiRequest request, ResponseHandler<T> h, RequestOptions ro) {
        return core.execute(request, h, ro);
      }

      @Override
      List<Duration> waits(RecordingSleeper sleeper) {
        assertTrue(sleeper.delays().isEmpty(), "a blocking call never asks for a delay future");
        return sleeper.sleeps();
      }
    },
    ASYNC {
      @Override
      <T> T call(ClientCore core, ApiRequest request, ResponseHandler<T> h, RequestOptions ro) {
        try {
          return core.executeAsync(request, h, ro).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new AssertionError(e);
        } catch (InterruptedException | TimeoutException e) {
          throw new AssertionError(e);
        }
      }

      @Override
      List<Duration> waits(RecordingSleeper sleeper) {
        assertTrue(sleeper.sleeps().isEmpty(), "an async call never sleeps a thread");
        return sleeper.delays();
      }
    };

    abstract <T> T call(
        ClientCore core, ApiRequest request, ResponseHandler<T> handler, RequestOptions ro);

    /** The waits between attempts, checking that they happened the mode's way. */
    abstract List<Duration> waits(RecordingSleeper sleeper);
  }

  static final ApiRequest GET = ApiRequest.builder("thingGet", "GET", "/things/1").build();
  static final String OK = "{\"result\":{\"id\":\"1\"}}";

  final ScriptedTransport transport = new ScriptedTransport();
  final RecordingSleeper sleeper = new RecordingSleeper();
  final CapturingLogger logger = new CapturingLogger();
  ClientCore core;

  @AfterEach
  void close() {
    transport.close();
  }

  ClientOptions.Builder options() {
    return ClientOptions.builder()
        .baseUrl("https://api.example/v4")
        .transport(transport)
        .retryPolicy(RetryPolicy.builder().sleeper(sleeper).jitter(() -> 1.0).build());
  }

  JsonNode call(Mode mode, ClientOptions.Builder options) {
    return call(mode, options, RequestOptions.none());
  }

  JsonNode call(Mode mode, ClientOptions.Builder options, RequestOptions requestOptions) {
    core = new ClientCore(options.build(), logger);
    return mode.call(core, GET, ResponseHandlers.jsonTree(), requestOptions);
  }

  // ---------------------------------------------------------------- retries

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryableStatusesAndFailuresAreRetriedWithBackoff(Mode mode) {
    transport
        .then(response(503, "{}"))
        .then(new IOException("connection reset"))
        .then(response(429, "{}"))
        .then(response(200, OK));
    JsonNode result = call(mode, options().maxRetries(3));
    assertEquals("1", result.at("/result/id").textValue());
    assertEquals(4, transport.requests().size());
    assertEquals(
        List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)),
        mode.waits(sleeper));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void otherStatusesAreNotRetried(Mode mode) {
    transport.then(response(400, "{\"errors\":[{\"code\":7,\"message\":\"bad\"}]}"));
    BadRequestException e = assertThrows(BadRequestException.class, () -> call(mode, options()));
    assertEquals(
        "400 Bad Request from thingGet (GET /things/1): [7] bad", e.getMessage(), e.getMessage());
    assertEquals(1, transport.requests().size());
    assertEquals(List.of(), mode.waits(sleeper));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void givesUpAfterMaxRetriesWithTheLastStatus(Mode mode) {
    transport.then(response(500, "{}")).then(response(502, "{}")).then(response(503, "{}"));
    InternalServerException e =
        assertThrows(InternalServerException.class, () -> call(mode, options()));
    assertEquals(503, e.statusCode());
    assertEquals(3, transport.requests().size(), "1 attempt + 2 retries (the default)");
    assertEquals(2, mode.waits(sleeper).size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void perCallMaxRetriesOverridesTheClients(Mode mode) {
    transport.then(response(500, "{}"));
    assertThrows(
        InternalServerException.class,
        () -> call(mode, options().maxRetries(5), RequestOptions.builder().maxRetries(0).build()));
    assertEquals(1, transport.requests().size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retryAfterIsObeyedAndTooLongFailsAtOnce(Mode mode) {
    transport
        .then(response(429, Map.of("Retry-After", "3"), "{}"))
        .then(response(503, Map.of("retry-after-ms", "250"), "{}"))
        .then(response(429, Map.of("Retry-After", "3600"), "{}"));
    assertThrows(RateLimitException.class, () -> call(mode, options().maxRetries(5)));
    assertEquals(3, transport.requests().size());
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofMillis(250)), mode.waits(sleeper));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void connectionFailuresEndAsConnectionExceptionsNamingTheAttempts(Mode mode) {
    for (int i = 0; i < 3; i++) {
      transport.then(new IOException("connection reset"));
    }
    ApiConnectionException e =
        assertThrows(ApiConnectionException.class, () -> call(mode, options()));
    assertFalse(e instanceof ApiTimeoutException);
    assertEquals(
        "thingGet (GET /things/1) failed after 3 attempts: IOException: connection reset",
        e.getMessage());
    assertEquals("thingGet", e.operationId());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void readTimeoutsAreRetriedThenATimeoutException(Mode mode) {
    transport.then(new SocketTimeoutException("timeout")).then(new SocketTimeoutException("again"));
    ApiTimeoutException e =
        assertThrows(ApiTimeoutException.class, () -> call(mode, options().maxRetries(1)));
    assertEquals(
        "thingGet (GET /things/1) timed out after 2 attempts (SocketTimeoutException: again)",
        e.getMessage());
    assertEquals(List.of(Duration.ofMillis(500)), mode.waits(sleeper));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aTransportsRuntimeFailureEndsTheCallUnchanged(Mode mode) {
    transport.then(new IllegalArgumentException("header X has a line break"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> call(mode, options()));
    assertEquals("header X has a line break", e.getMessage());
    assertEquals(List.of(), mode.waits(sleeper));
  }

  // ---------------------------------------------------------------- the whole-call deadline

  @ParameterizedTest
  @EnumSource(Mode.class)
  void eachAttemptGetsWhatIsLeftOfTheDeadlineAndItsExpiryIsNotRetried(Mode mode) {
    transport.then(new CallTimeoutException("whole call", null));
    ApiTimeoutException e =
        assertThrows(
            ApiTimeoutException.class,
            () -> call(mode, options().callTimeout(Duration.ofSeconds(30)).maxRetries(3)));
    assertEquals(
        "thingGet (GET /things/1) timed out: the whole-call timeout of 30 s expired (not retried)",
        e.getMessage());
    HttpRequest sent = transport.requests().get(0);
    assertTrue(sent.callTimeout().compareTo(Duration.ofSeconds(30)) <= 0, "" + sent.callTimeout());
    assertTrue(sent.callTimeout().compareTo(Duration.ofSeconds(20)) > 0, "" + sent.callTimeout());
    assertEquals(1, transport.requests().size());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void withoutADeadlineAttemptsCarryNoCallTimeout(Mode mode) {
    transport.then(response(200, OK));
    call(mode, options());
    assertNull(transport.requests().get(0).callTimeout());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aWaitThatWouldPassTheDeadlineIsNotMade(Mode mode) {
    transport.then(response(503, "{}")).then(response(200, OK));
    RetryPolicy slow =
        RetryPolicy.builder()
            .sleeper(sleeper)
            .jitter(() -> 1.0)
            .initialBackoff(Duration.ofSeconds(8))
            .build();
    assertThrows(
        InternalServerException.class,
        () -> call(mode, options().callTimeout(Duration.ofSeconds(5)).retryPolicy(slow)));
    assertEquals(1, transport.requests().size());
    assertEquals(List.of(), mode.waits(sleeper));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aDeadlinePassedDuringTheWaitEndsTheCallBeforeTheNextAttempt(Mode mode) {
    // the sleeper overshoots: asked for nothing, it takes 300 ms of a 200 ms deadline
    Sleeper overshooting =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(300);
          }

          @Override
          public CompletableFuture<Void> delay(Duration duration) {
            return CompletableFuture.runAsync(
                () -> {},
                CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS, Runnable::run));
          }
        };
    transport.then(response(503, "{}")).then(response(200, OK));
    RetryPolicy policy = RetryPolicy.builder().sleeper(overshooting).jitter(() -> 0.0).build();
    ApiTimeoutException e =
        assertThrows(
            ApiTimeoutException.class,
            () -> call(mode, options().callTimeout(Duration.ofMillis(200)).retryPolicy(policy)));
    assertTrue(e.getMessage().contains("whole-call timeout of 200 ms expired"), e.getMessage());
    assertEquals(1, transport.requests().size());
  }

  // ---------------------------------------------------------------- logging

  @ParameterizedTest
  @EnumSource(Mode.class)
  void everyAttemptAndWaitIsLoggedTheSameWay(Mode mode) {
    transport.then(response(503, "{}")).then(new IOException("reset")).then(response(200, OK));
    call(mode, options().logLevel(LogLevel.BASIC));
    String log =
        logger
            .all()
            .replaceAll("\\d+ ms,", "N ms,")
            .replaceAll("\\(thingGet, \\d+ ms\\)", "(thingGet, N ms)");
    assertEquals(
        String.join(
            "\n",
            "--> GET https://api.example/v4/things/1 (thingGet)",
            "<-- 503 Service Unavailable (thingGet, N ms, 2 bytes)",
            "... thingGet: retry 1 in 500 ms",
            "--> GET https://api.example/v4/things/1 (thingGet, retry 1)",
            "<-- FAILED (thingGet, N ms): IOException: reset",
            "... thingGet: retry 2 in 1000 ms",
            "--> GET https://api.example/v4/things/1 (thingGet, retry 2)",
            "<-- 200 OK (thingGet, N ms, 21 bytes)"),
        log);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void loggingOffLogsNothing(Mode mode) {
    transport.then(response(503, "{}")).then(response(200, OK));
    call(mode, options());
    assertEquals(0, logger.count());
  }

  // ---------------------------------------------------------------- stopping a waiting call

  @Test
  void aBlockingCallInterruptedWhileWaitingStopsWithTheCause() throws Exception {
    transport.then(new IOException("reset")).then(response(200, OK));
    RetryPolicy policy = RetryPolicy.builder().sleeper(Sleeper.system()).jitter(() -> 1.0).build();
    core = new ClientCore(options().retryPolicy(policy).build(), logger);
    Throwable[] thrown = new Throwable[1];
    Thread caller =
        new Thread(
            () -> {
              try {
                core.execute(GET, ResponseHandlers.jsonTree(), null);
              } catch (Throwable t) {
                thrown[0] = t;
              }
            });
    caller.start();
    for (int i = 0; i < 200 && transport.requests().isEmpty(); i++) {
      Thread.sleep(10);
    }
    Thread.sleep(50);
    caller.interrupt();
    caller.join(5000);
    ApiConnectionException e = assertInstanceOf(ApiConnectionException.class, thrown[0]);
    assertEquals("thingGet (GET /things/1): interrupted while waiting to retry", e.getMessage());
    assertInstanceOf(InterruptedException.class, e.getCause());
    assertEquals("reset", e.getSuppressed()[0].getMessage());
    assertEquals(1, transport.requests().size(), "no attempt after the interruption");
  }

  @Test
  void cancellingAnAsyncCallDuringTheWaitCancelsTheWaitAndSendsNothingMore() throws Exception {
    ManualSleeper manual = new ManualSleeper();
    transport.then(response(503, "{}")).then(response(200, OK));
    core =
        new ClientCore(
            options().retryPolicy(RetryPolicy.builder().sleeper(manual).build()).build(), logger);
    CompletableFuture<JsonNode> call = core.executeAsync(GET, ResponseHandlers.jsonTree(), null);
    manual.asked.get(10, TimeUnit.SECONDS);
    assertTrue(call.cancel(true));
    // the pipeline may still be between asking for the wait and tracking it
    for (int i = 0; i < 100 && !manual.gate.isCancelled(); i++) {
      Thread.sleep(10);
    }
    assertTrue(manual.gate.isCancelled(), "the wait in progress is cancelled with the call");
    Thread.sleep(50);
    assertEquals(1, transport.requests().size());
  }

  @Test
  void aFailedAsyncWaitFailsTheCall() {
    Sleeper broken =
        new ManualSleeper(CompletableFuture.failedFuture(new IllegalStateException("timer gone")));
    transport.then(response(503, "{}"));
    core =
        new ClientCore(
            options().retryPolicy(RetryPolicy.builder().sleeper(broken).build()).build(), logger);
    ApiConnectionException e =
        assertThrows(
            ApiConnectionException.class,
            () -> Mode.ASYNC.call(core, GET, ResponseHandlers.jsonTree(), null));
    assertEquals("thingGet (GET /things/1): the wait before retry 1 failed", e.getMessage());
    assertEquals("timer gone", e.getCause().getMessage());
  }
}
