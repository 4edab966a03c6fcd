package dev.specpoet.harness;

import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpResponse;
import dev.specpoet.runtime.http.HttpTransport;
import dev.specpoet.runtime.http.OkHttpTransport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/**
 * The runtime's default OkHttp transport, wrapped so the tests can see every exchange: what the
 * client sent and what came back (a streamed response's status and headers; its body is the
 * client's to read), and whether Prism objected. Prism reports a request that does not match the
 * spec in an {@code sl-violations} header (with {@code --errors} on a 422; on a 2xx for violations
 * it only warns about); {@link #violations()} collects every such header.
 */
public final class RecordingTransport implements HttpTransport {

  /** One request and its response (or the I/O failure). */
  public record Exchange(HttpRequest request, HttpResponse response, IOException failure) {

    public String requestLine() {
      return request.method() + " " + request.url();
    }

    /** The body sent, when it was held in memory (JSON, text, forms); else a note. */
    public String requestBody() {
      if (request.body() == null) {
        return "";
      }
      byte[] bytes = request.body().inMemoryBytes();
      return bytes == null
          ? "(" + request.contentType() + ", sent from files, streams or parts)"
          : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Prism's violation header, or null. */
    public String violations() {
      return response == null ? null : response.header("sl-violations");
    }

    public String describe() {
      StringBuilder s = new StringBuilder(requestLine());
      if (request.body() != null) {
        s.append("\n  body: ").append(requestBody());
      }
      if (response != null) {
        s.append("\n  -> ").append(response.statusCode());
        if (violations() != null) {
          s.append("\n  sl-violations: ").append(violations());
        }
      } else {
        s.append("\n  -> ").append(failure);
      }
      return s.toString();
    }
  }

  private final OkHttpTransport delegate;
  private final List<Exchange> exchanges = new ArrayList<>();

  public RecordingTransport(OkHttpTransport delegate) {
    this.delegate = delegate;
  }

  /** The runtime's default transport with these timeouts, recorded. */
  public static RecordingTransport create(Duration connect, Duration read, Duration write) {
    return new RecordingTransport(OkHttpTransport.create(connect, read, write));
  }

  /** The OkHttp client underneath (its connection pool tells whether connections were leaked). */
  public OkHttpClient okHttp() {
    return delegate.client();
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    return recorded(request, delegate::execute);
  }

  @Override
  public HttpResponse executeStreaming(HttpRequest request) throws IOException {
    return recorded(request, delegate::executeStreaming);
  }

  private interface Call {
    HttpResponse run(HttpRequest request) throws IOException;
  }

  private HttpResponse recorded(HttpRequest request, Call call) throws IOException {
    try {
      HttpResponse response = call.run(request);
      record(new Exchange(request, response, null));
      return response;
    } catch (IOException e) {
      record(new Exchange(request, null, e));
      throw e;
    }
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    return recorded(request, delegate.executeAsync(request));
  }

  @Override
  public CompletableFuture<HttpResponse> executeStreamingAsync(HttpRequest request) {
    return recorded(request, delegate.executeStreamingAsync(request));
  }

  private CompletableFuture<HttpResponse> recorded(
      HttpRequest request, CompletableFuture<HttpResponse> inner) {
    CompletableFuture<HttpResponse> outer = new CompletableFuture<>();
    inner.whenComplete(
        (response, failure) -> {
          record(
              new Exchange(
                  request,
                  response,
                  failure instanceof IOException io
                      ? io
                      : failure == null ? null : new IOException(failure)));
          if (failure != null) {
            outer.completeExceptionally(failure);
          } else {
            outer.complete(response);
          }
        });
    // keep the transport contract: cancelling the returned future cancels the HTTP call
    outer.whenComplete(
        (response, failure) -> {
          if (outer.isCancelled()) {
            inner.cancel(true);
          }
        });
    return outer;
  }

  private synchronized void record(Exchange exchange) {
    exchanges.add(exchange);
  }

  /** Every exchange since the last {@link #drain()}, and forgets them. */
  public synchronized List<Exchange> drain() {
    List<Exchange> out = new ArrayList<>(exchanges);
    exchanges.clear();
    return out;
  }

  /** The exchanges so far (not forgotten). */
  public synchronized List<Exchange> exchanges() {
    return new ArrayList<>(exchanges);
  }

  /** Every recorded exchange on which Prism reported a violation, described. */
  public synchronized List<String> violations() {
    List<String> out = new ArrayList<>();
    for (Exchange e : exchanges) {
      if (e.violations() != null) {
        out.add(e.describe());
      }
    }
    return out;
  }

  @Override
  public void close() {
    delegate.close();
  }
}
