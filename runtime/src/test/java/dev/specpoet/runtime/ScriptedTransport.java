package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpResponse;
import dev.specpoet.runtime.http.HttpTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A transport that answers from a script, without any network: an {@link HttpResponse} is returned,
 * an {@link IOException} or a {@link RuntimeException} thrown. Asynchronous calls are answered on a
 * thread of their own, like a real transport's.
 */
final class ScriptedTransport implements HttpTransport {
  private final Deque<Object> script = new ArrayDeque<>();
  private final List<HttpRequest> requests = new ArrayList<>();
  private final ExecutorService callbacks =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "scripted-transport");
            t.setDaemon(true);
            return t;
          });
  boolean closed;

  static HttpResponse response(int status, String body) {
    return response(status, Map.of(), body);
  }

  static HttpResponse response(int status, Map<String, String> headers, String body) {
    Map<String, List<String>> all = new java.util.HashMap<>();
    all.put("Content-Type", List.of("application/json"));
    headers.forEach((k, v) -> all.put(k, List.of(v)));
    return new HttpResponse(status, all, body.getBytes(StandardCharsets.UTF_8));
  }

  synchronized ScriptedTransport then(Object answer) {
    script.add(answer);
    return this;
  }

  synchronized List<HttpRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public synchronized HttpResponse execute(HttpRequest request) throws IOException {
    requests.add(request);
    Object next = script.poll();
    if (next == null) {
      throw new AssertionError("the script has no answer for request " + requests.size());
    }
    if (next instanceof IOException io) {
      throw io;
    }
    if (next instanceof RuntimeException e) {
      throw e;
    }
    return (HttpResponse) next;
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    CompletableFuture<HttpResponse> future = new CompletableFuture<>();
    callbacks.execute(
        () -> {
          try {
            future.complete(execute(request));
          } catch (IOException | RuntimeException e) {
            future.completeExceptionally(e);
          }
        });
    return future;
  }

  @Override
  public void close() {
    closed = true;
    callbacks.shutdown();
  }
}
