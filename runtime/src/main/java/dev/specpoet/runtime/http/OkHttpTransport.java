package dev.specpoet.runtime.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The default {@link HttpTransport}, over one {@link OkHttpClient}: one connection pool and one
 * dispatcher shared by blocking and asynchronous calls. Per-request timeouts use {@link
 * Call#timeout()} (whole call) or a client derived with {@link OkHttpClient#newBuilder()} (read
 * timeout), which shares the pool and the dispatcher.
 *
 * <p>The client made by {@link #create} follows no redirects (a redirect to another host would
 * carry credential headers along; a 3xx becomes an error instead) and leaves every retry to the
 * runtime's retry policy ({@code retryOnConnectionFailure(false)}), so each attempt is counted and
 * logged.
 */
public final class OkHttpTransport implements HttpTransport {
  private static final int MAX_DERIVED_CLIENTS = 16;

  private final OkHttpClient client;
  private final boolean owned;
  private final Map<Duration, OkHttpClient> byReadTimeout = new ConcurrentHashMap<>();

  /**
   * Wraps a client the caller configured and owns: {@link #close()} leaves it running.
   *
   * @param client the client to send requests with
   */
  public OkHttpTransport(OkHttpClient client) {
    this(client, false);
  }

  private OkHttpTransport(OkHttpClient client, boolean owned) {
    this.client = Objects.requireNonNull(client, "client");
    this.owned = owned;
  }

  /**
   * Creates a transport with its own client, pool and dispatcher; {@link #close()} releases them.
   *
   * @param connectTimeout the connect timeout ({@link Duration#ZERO} for none)
   * @param readTimeout the read timeout ({@link Duration#ZERO} for none)
   * @param writeTimeout the write timeout ({@link Duration#ZERO} for none)
   * @return the transport
   */
  public static OkHttpTransport create(
      Duration connectTimeout, Duration readTimeout, Duration writeTimeout) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    OkHttpClient client =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectTimeout(connectTimeout)
            .readTimeout(readTimeout)
            .writeTimeout(writeTimeout)
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .build();
    return new OkHttpTransport(client, true);
  }

  /**
   * The underlying client (for example to look at its connection pool).
   *
   * @return the client
   */
  public OkHttpClient client() {
    return client;
  }

  @Override
  public HttpResponse execute(HttpRequest request) throws IOException {
    Call call = newCall(request);
    try (Response response = call.execute()) {
      return toResponse(response);
    } catch (IOException e) {
      throw translate(call, e, request);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw undeclared(call, e, request);
    }
  }

  @Override
  public HttpResponse executeStreaming(HttpRequest request) throws IOException {
    StreamingCall streaming = newStreamingCall(request);
    Call call = streaming.call;
    try {
      Response response = call.execute();
      streaming.answered.set(true);
      return streamed(response);
    } catch (IOException e) {
      throw streaming.translate(e, request);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw undeclared(call, e, request);
    }
  }

  /**
   * A checked exception Kotlin code threw without Java declaring it (InterruptedException): the
   * call is cancelled and the exception becomes an I/O failure.
   */
  private static IOException undeclared(Call call, Exception e, HttpRequest request) {
    call.cancel();
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted");
      interrupted.initCause(e);
      return interrupted;
    }
    return new IOException(
        e.getClass().getSimpleName() + " while calling " + request.method() + " " + request.url(),
        e);
  }

  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    return enqueue(request, false);
  }

  @Override
  public CompletableFuture<HttpResponse> executeStreamingAsync(HttpRequest request) {
    return enqueue(request, true);
  }

  private CompletableFuture<HttpResponse> enqueue(HttpRequest request, boolean streaming) {
    CompletableFuture<HttpResponse> future = new CompletableFuture<>();
    StreamingCall deadline;
    Call call;
    try {
      deadline = streaming ? newStreamingCall(request) : null;
      call = streaming ? deadline.call : newCall(request);
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
      return future;
    }
    future.whenComplete(
        (r, e) -> {
          if (future.isCancelled()) {
            call.cancel();
          }
        });
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            future.completeExceptionally(
                deadline != null ? deadline.translate(e, request) : translate(c, e, request));
          }

          @Override
          public void onResponse(Call c, Response response) {
            if (streaming) {
              deadline.answered.set(true);
              HttpResponse streamed = streamed(response);
              if (!future.complete(streamed)) {
                streamed.close();
              }
              return;
            }
            try (Response r = response) {
              future.complete(toResponse(r));
            } catch (IOException e) {
              future.completeExceptionally(translate(c, e, request));
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
          }
        });
    return future;
  }

  /**
   * Shuts the dispatcher down and evicts pooled connections, when this transport made the client.
   */
  @Override
  public void close() {
    if (owned) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  private Call newCall(HttpRequest request) {
    HttpUrl url = HttpUrl.parse(request.url());
    if (url == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + request.url());
    }
    Request.Builder builder = new Request.Builder().url(url);
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      for (String value : header.getValue()) {
        try {
          builder.addHeader(header.getKey(), value);
        } catch (IllegalArgumentException e) {
          // OkHttp's message may quote the value, which can be a credential: name the header only
          throw new IllegalArgumentException(
              "header "
                  + header.getKey()
                  + " has a character that HTTP headers cannot carry (a line break or a control"
                  + " character); remove it",
              null);
        }
      }
    }
    okhttp3.RequestBody body = null;
    if (request.body() != null) {
      body = okHttpBody(request.body());
    } else if (requiresBody(request.method())) {
      body = okhttp3.RequestBody.create(new byte[0], null);
    }
    builder.method(request.method(), body);
    OkHttpClient callClient = client;
    if (request.readTimeout() != null) {
      callClient = byReadTimeout.get(request.readTimeout());
      if (callClient == null) {
        callClient = client.newBuilder().readTimeout(request.readTimeout()).build();
        if (byReadTimeout.size() < MAX_DERIVED_CLIENTS) {
          byReadTimeout.put(request.readTimeout(), callClient);
        }
      }
    }
    Call call = callClient.newCall(builder.build());
    if (request.callTimeout() != null && !request.callTimeout().isZero()) {
      call.timeout().timeout(Math.max(1, request.callTimeout().toMillis()), TimeUnit.MILLISECONDS);
    }
    return call;
  }

  /**
   * A call whose whole-call timeout ends when the headers arrive: OkHttp's own call timeout would
   * also cover reading the body (a download, an event stream), so the deadline cancels the call
   * only while no response has arrived.
   */
  private StreamingCall newStreamingCall(HttpRequest request) {
    Duration timeout = request.callTimeout();
    StreamingCall streaming =
        new StreamingCall(newCall(request.toBuilder().callTimeout(null).build()));
    if (timeout != null && !timeout.isZero()) {
      CompletableFuture.delayedExecutor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)
          .execute(
              () -> {
                if (!streaming.answered.get()) {
                  streaming.expired.set(true);
                  streaming.call.cancel();
                }
              });
    }
    return streaming;
  }

  /** A streaming call and whether its headers arrived before the whole-call deadline. */
  private static final class StreamingCall {
    final Call call;
    final java.util.concurrent.atomic.AtomicBoolean answered =
        new java.util.concurrent.atomic.AtomicBoolean();
    final java.util.concurrent.atomic.AtomicBoolean expired =
        new java.util.concurrent.atomic.AtomicBoolean();

    StreamingCall(Call call) {
      this.call = call;
    }

    IOException translate(IOException e, HttpRequest request) {
      if (expired.get()) {
        return new CallTimeoutException(
            "the whole-call timeout of " + request.callTimeout() + " expired", e);
      }
      return OkHttpTransport.translate(call, e, request);
    }
  }

  private static okhttp3.RequestBody okHttpBody(RequestBody body) {
    MediaType type = body.contentType() == null ? null : MediaType.parse(body.contentType());
    byte[] bytes = body.inMemoryBytes();
    if (bytes != null) {
      return okhttp3.RequestBody.create(bytes, type);
    }
    return new okhttp3.RequestBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return body.contentLength();
      }

      @Override
      public boolean isOneShot() {
        return !body.isReplayable();
      }

      @Override
      public void writeTo(okio.BufferedSink sink) throws IOException {
        // the sink's stream is not closed: OkHttp finishes the request itself
        java.io.OutputStream out = sink.outputStream();
        body.writeTo(out);
        out.flush();
      }
    };
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST")
        || method.equals("PUT")
        || method.equals("PATCH")
        || method.equals("PROPPATCH")
        || method.equals("REPORT");
  }

  private static HttpResponse toResponse(Response response) throws IOException {
    byte[] bytes = response.body().bytes();
    return new HttpResponse(response.code(), response.headers().toMultimap(), bytes);
  }

  /** A streamed response: the body stays open; closing it closes the OkHttp response. */
  private static HttpResponse streamed(Response response) {
    java.io.InputStream body = response.body().byteStream();
    java.io.InputStream closing =
        new java.io.FilterInputStream(body) {
          @Override
          public void close() {
            response.close();
          }
        };
    return HttpResponse.streamed(response.code(), response.headers().toMultimap(), closing);
  }

  private static IOException translate(Call call, IOException e, HttpRequest request) {
    // OkHttp cancels the call when its whole-call timeout fires and reports an
    // InterruptedIOException that is not a SocketTimeoutException.
    if (call.isCanceled()
        && e instanceof InterruptedIOException
        && !(e instanceof java.net.SocketTimeoutException)) {
      return new CallTimeoutException(
          "the whole-call timeout of " + request.callTimeout() + " expired", e);
    }
    return e;
  }
}
