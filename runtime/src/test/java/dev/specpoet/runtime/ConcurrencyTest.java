package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.CoreOverHttp.Gateway;
import dev.specpoet.runtime.http.OkHttpTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** One client shared by 16 threads, blocking and async, with retries in the mix. */
class ConcurrencyTest {
  static final int THREADS = 16;
  static final int CALLS_PER_THREAD = 25;
  static final TypeReference<Gateway> GATEWAY = CoreOverHttp.GATEWAY;

  @StartStop final MockWebServer server = new MockWebServer();

  /** Echoes the id from the path; the first attempt of every id ending in 0 gets a 503. */
  final class EchoDispatcher extends Dispatcher {
    final Set<String> failedOnce = ConcurrentHashMap.newKeySet();

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      List<String> segments = request.getUrl().pathSegments();
      String id = segments.get(segments.size() - 1);
      if (id.endsWith("0") && failedOnce.add(id)) {
        return MockResponses.status(503);
      }
      return MockResponses.envelope("{\"id\":\"" + id + "\",\"cache_ttl\":" + id.length() + "}");
    }
  }

  @Test
  void oneClientManyThreads() throws Exception {
    server.setDispatcher(new EchoDispatcher());
    RecordingSleeper sleeper = new RecordingSleeper();
    try (ClientCore core =
        new ClientCore(
            ClientOptions.builder()
                .baseUrl(server.url("/").toString())
                .bearerToken("tok-concurrency")
                .retryPolicy(RetryPolicy.builder().sleeper(sleeper).build())
                .build())) {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          final int thread = t;
          results.add(
              pool.submit(
                  () -> {
                    int ok = 0;
                    List<CompletableFuture<Gateway>> async = new ArrayList<>();
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                      String id = "t" + thread + "-" + i;
                      ApiRequest request =
                          ApiRequest.builder("aiGatewayGet", "GET", "/gateways/{id}")
                              .pathParam("id", id)
                              .build();
                      if (i % 2 == 0) {
                        Gateway g =
                            core.execute(
                                request, ResponseHandlers.envelope("result", GATEWAY), null);
                        ok += check(id, g);
                      } else {
                        async.add(
                            core.executeAsync(
                                request, ResponseHandlers.envelope("result", GATEWAY), null));
                      }
                    }
                    for (int i = 0; i < async.size(); i++) {
                      ok +=
                          check(
                              "t" + thread + "-" + (2 * i + 1),
                              async.get(i).get(30, TimeUnit.SECONDS));
                    }
                    return ok;
                  }));
        }
        int total = 0;
        for (Future<Integer> f : results) {
          total += f.get(60, TimeUnit.SECONDS);
        }
        assertEquals(THREADS * CALLS_PER_THREAD, total);
      } finally {
        pool.shutdownNow();
      }
      int retried =
          (int)
              java.util.stream.IntStream.range(0, THREADS)
                  .mapToLong(
                      t ->
                          java.util.stream.IntStream.range(0, CALLS_PER_THREAD)
                              .filter(i -> ("t" + t + "-" + i).endsWith("0"))
                              .count())
                  .sum();
      assertEquals(THREADS * CALLS_PER_THREAD + retried, server.getRequestCount());
      assertEquals(retried, sleeper.sleeps().size() + sleeper.delays().size());
      okhttp3.ConnectionPool connections =
          ((OkHttpTransport) core.transport()).client().connectionPool();
      assertEquals(
          connections.connectionCount(),
          connections.idleConnectionCount(),
          "no connection left checked out");
      assertTrue(connections.connectionCount() <= THREADS * 2, "" + connections.connectionCount());
    }
  }

  private static int check(String id, Gateway g) {
    assertEquals(id, g.id());
    assertEquals(id.length(), g.cacheTtl());
    return 1;
  }
}
