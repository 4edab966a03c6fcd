package dev.specpoet.aigateway.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.AiGatewayClientAsync;
import dev.specpoet.harness.RecordingTransport;
import dev.specpoet.runtime.LogLevel;
import dev.specpoet.runtime.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionPool;

/**
 * A MockWebServer plus clients pointed at it, with everything a fault test checks afterwards: the
 * requests the server saw, the waits the retry policy asked for, every log line (the clients log at
 * {@link LogLevel#BODY}), and the connection pool (no connection may stay checked out).
 */
public final class FakeServer implements AutoCloseable {

  public final MockWebServer server = new MockWebServer();
  public final RecordingSleeper sleeper = new RecordingSleeper();
  public final RecordingTransport transport;
  public final LogCapture logs = LogCapture.start();
  private final List<AutoCloseable> clients = new ArrayList<>();

  public FakeServer() {
    this(Duration.ofSeconds(5));
  }

  public FakeServer(Duration readTimeout) {
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start MockWebServer", e);
    }
    transport = Clients.recordingTransport(readTimeout);
  }

  public String baseUrl() {
    String url = server.url("/client/v4").toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public Clients.Settings settings(int maxRetries) {
    return new Clients.Settings(baseUrl(), transport)
        .maxRetries(maxRetries)
        .logLevel(LogLevel.BODY)
        .retryPolicy(
            RetryPolicy.builder()
                .initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(2))
                .sleeper(sleeper)
                .build());
  }

  public AiGatewayClient client(int maxRetries) {
    AiGatewayClient client = Clients.blocking(settings(maxRetries));
    clients.add(client);
    return client;
  }

  /** A client authenticating with X-Auth-Email + X-Auth-Key. */
  public AiGatewayClient legacyClient(int maxRetries) {
    AiGatewayClient client = Clients.legacy(settings(maxRetries));
    clients.add(client);
    return client;
  }

  public AiGatewayClientAsync asyncClient(int maxRetries) {
    AiGatewayClientAsync client = Clients.async(settings(maxRetries));
    clients.add(client);
    return client;
  }

  public void enqueue(MockResponse response) {
    server.enqueue(response);
  }

  public void enqueue(int code, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  /** The requests the server received, in order. */
  public List<RecordedRequest> requests() throws InterruptedException {
    List<RecordedRequest> out = new ArrayList<>();
    RecordedRequest r;
    while ((r = server.takeRequest(10, TimeUnit.MILLISECONDS)) != null) {
      out.add(r);
    }
    return out;
  }

  /** Connections checked out of the pool and not returned (a leaked response body holds one). */
  public int connectionsInUse() {
    ConnectionPool pool = transport.okHttp().connectionPool();
    return pool.connectionCount() - pool.idleConnectionCount();
  }

  /**
   * Waits (briefly: async callbacks release connections just after completing the future) until no
   * connection is in use, and fails otherwise.
   */
  public void assertNoConnectionInUse() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (connectionsInUse() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(
        0,
        connectionsInUse(),
        "connections still checked out of the pool (a response was not closed)");
  }

  /** The log at BODY level was written and holds no credential. */
  public void assertLogsClean() {
    List<String> lines = logs.lines();
    assertFalse(
        lines.isEmpty(),
        "the client logged nothing at level BODY: the credential check would prove nothing");
    Secrets.assertNoSecretInLines("the client's log", lines);
  }

  @Override
  public void close() {
    for (AutoCloseable c : clients) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing a client failed", e);
      }
    }
    transport.close();
    server.close();
    logs.close();
  }
}
