package dev.specpoet.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A local HTTP server (the JDK's) answering every request with one AI Gateway envelope: a gateway,
 * or a page of {@code n} gateways. What the client benchmarks call.
 */
final class LocalApi implements AutoCloseable {
  static final String ACCOUNT = "acc-1";

  static {
    // without it the JDK server's replies wait on Nagle's algorithm and delayed ACKs (~40 ms a
    // call), which hides any difference between clients
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;

  LocalApi(byte[] body) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/client/v4";
  }

  static String gateway(int i) {
    return "{\"id\":\"gw-"
        + i
        + "\",\"cache_invalidate_on_update\":false,\"cache_ttl\":300,\"collect_logs\":true,"
        + "\"created_at\":\"2026-01-01T00:00:00Z\",\"modified_at\":\"2026-01-02T00:00:00Z\","
        + "\"rate_limiting_interval\":60,\"rate_limiting_limit\":100}";
  }

  static byte[] envelope(String result) {
    return ("{\"success\":true,\"errors\":[],\"messages\":[],\"result\":" + result + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON array of {@code n} gateways. */
  static String gateways(int n) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append(gateway(i));
    }
    return b.append(']').toString();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
