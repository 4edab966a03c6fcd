package dev.specpoet.aigateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.AiGatewayClientAsync;
import dev.specpoet.aigateway.it.support.Calls;
import dev.specpoet.aigateway.it.support.FakeServer;
import dev.specpoet.aigateway.it.support.Fixtures;
import dev.specpoet.harness.ResultChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 32 threads, 2,000 calls in all. The server answers each gateway with the id
 * from its own path, so every caller can check that it got its own answer (no cross-talk between
 * concurrent calls). Afterwards: no errors, exactly 2,000 requests at the server (no retries were
 * needed, none made), no connection checked out of the pool, and the pool no larger than the
 * dispatcher allows.
 */
class ConcurrencyIT {

  private static final int THREADS = 32;
  private static final int CALLS = 2_000;
  private final FakeServer fake = new FakeServer();

  @BeforeEach
  void echoServer() {
    fake.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            return new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .body(Fixtures.envelope(Fixtures.gateway(id)))
                .build();
          }
        });
  }

  @AfterEach
  void noLeaks() throws Exception {
    try {
      fake.assertNoConnectionInUse();
      // blocking calls use at most one connection per thread; async ones at most what the
      // dispatcher runs at once
      int bound = Math.max(THREADS, fake.transport.okHttp().dispatcher().getMaxRequestsPerHost());
      int pooled = fake.transport.okHttp().connectionPool().connectionCount();
      assertTrue(
          pooled <= bound,
          "the pool holds "
              + pooled
              + " connections, more than the "
              + bound
              + " that can ever be in use at once: connections are leaking");
      fake.assertLogsClean();
    } finally {
      fake.close();
    }
    // closing the client releases what its calls used: the dispatcher's threads end, the pool is
    // empty
    okhttp3.OkHttpClient okHttp = fake.transport.okHttp();
    assertTrue(
        okHttp.dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS),
        "the dispatcher's threads are still running 5 s after close()");
    assertEquals(
        0, okHttp.connectionPool().connectionCount(), "connections left open after close()");
  }

  @Test
  void thirtyTwoThreadsShareOneBlockingClient() throws Exception {
    AiGatewayClient client = fake.client(2);
    Queue<String> errors = new ConcurrentLinkedQueue<>();
    AtomicInteger next = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  start.await();
                  int i;
                  while ((i = next.getAndIncrement()) < CALLS) {
                    String id = "gw-" + i;
                    try {
                      Object gateway = Calls.getGateway(client, id);
                      String got = ResultChecker.toJson(gateway).get("id").asText();
                      if (!id.equals(got)) {
                        errors.add("asked for " + id + ", got " + got);
                      }
                    } catch (RuntimeException e) {
                      errors.add(id + ": " + e);
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> w : workers) {
        w.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertTrue(
        errors.isEmpty(),
        errors.size() + " calls failed, e.g. " + errors.stream().limit(5).toList());
    assertEquals(
        CALLS,
        fake.server.getRequestCount(),
        "one request per call: nothing retried, nothing lost");
  }

  @Test
  void thirtyTwoThreadsShareOneAsyncClient() throws Exception {
    AiGatewayClientAsync client = fake.asyncClient(2);
    Queue<String> errors = new ConcurrentLinkedQueue<>();
    List<CompletableFuture<?>> futures = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  int i;
                  while ((i = next.getAndIncrement()) < CALLS) {
                    String id = "gw-" + i;
                    CompletableFuture<Object> f = Calls.future(Calls.getGateway(client, id));
                    futures.add(
                        f.whenComplete(
                            (gateway, failure) -> {
                              if (failure != null) {
                                errors.add(id + ": " + failure);
                              } else if (!id.equals(
                                  ResultChecker.toJson(gateway).get("id").asText())) {
                                errors.add(
                                    "asked for " + id + ", got " + ResultChecker.toJson(gateway));
                              }
                            }));
                    // keep at most a few hundred calls in flight per thread group
                    if (i % 100 == 99) {
                      f.join();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        w.get(120, TimeUnit.SECONDS);
      }
      CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0]))
          .handle((v, e) -> null)
          .get(120, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }

    assertEquals(CALLS, futures.size());
    assertTrue(
        errors.isEmpty(),
        errors.size() + " calls failed, e.g. " + errors.stream().limit(5).toList());
    assertEquals(CALLS, fake.server.getRequestCount());
  }
}
