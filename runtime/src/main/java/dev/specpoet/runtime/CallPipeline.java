package dev.specpoet.runtime;

import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpResponse;
import dev.specpoet.runtime.http.HttpTransport;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Sends a call through its {@link Layer}s to the {@link HttpTransport}, attempt after attempt, and
 * turns the final outcome into the call's result. The only code that knows how a call is sent and
 * how the wait before a retry happens: {@link #send} blocks the calling thread (no future, no
 * thread hop), {@link #sendAsync} holds no thread while waiting. Everything they decide, they ask
 * the layers and the {@link Exchange}, so the rules are written once for both. A call whose handler
 * {@link ResponseHandler#streams() streams} goes through the transport's streaming methods; the
 * pipeline closes such a response when a layer decides to retry, and {@link Exchange#read} when it
 * is an error or cannot be handled; otherwise the value the handler made owns it. Thread-safe.
 */
final class CallPipeline {
  private final HttpTransport transport;
  private final Sleeper sleeper;
  private final Layer[] layers;

  /**
   * @param transport sends each attempt
   * @param sleeper waits between attempts
   * @param layers the layers, outermost first
   */
  CallPipeline(HttpTransport transport, Sleeper sleeper, List<Layer> layers) {
    this.transport = transport;
    this.sleeper = sleeper;
    this.layers = layers.toArray(new Layer[0]);
  }

  /**
   * Sends the call on the calling thread and reads its final response.
   *
   * @param exchange the call
   * @param read turns the final response into the result (or throws for an error status)
   * @param <T> the result type
   * @return the result
   */
  <T> T send(Exchange exchange, Function<HttpResponse, T> read) {
    while (true) {
      HttpRequest request = before(exchange);
      Outcome outcome;
      try {
        outcome =
            Outcome.of(
                exchange.streams()
                    ? transport.executeStreaming(request)
                    : transport.execute(request));
      } catch (IOException e) {
        outcome = Outcome.failed(e);
      }
      outcome = after(exchange, request, outcome);
      if (!outcome.isRetry()) {
        return finish(exchange, outcome, read);
      }
      outcome.release();
      announceWait(exchange, outcome);
      try {
        sleeper.sleep(outcome.retryDelay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw exchange.interruptedWait(e, outcome);
      }
      exchange.nextAttempt();
    }
  }

  /**
   * Sends the call without blocking: attempts go through the transport's asynchronous method, and
   * waits through {@link Sleeper#delay}.
   *
   * @param exchange the call
   * @param read turns the final response into the result (runs on a transport thread)
   * @param <T> the result type
   * @return a future with the result, or failed with the exception {@link #send} would throw;
   *     cancelling it cancels the attempt or the wait in progress
   */
  <T> CompletableFuture<T> sendAsync(Exchange exchange, Function<HttpResponse, T> read) {
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> current = new AtomicReference<>();
    result.whenComplete(
        (v, e) -> {
          if (result.isCancelled()) {
            cancel(current.get());
          }
        });
    new AsyncCall<>(exchange, read, result, current).attempt();
    return result;
  }

  /** One asynchronous call: its result and what it currently waits for. */
  private final class AsyncCall<T> {
    final Exchange exchange;
    final Function<HttpResponse, T> read;
    final CompletableFuture<T> result;
    final AtomicReference<CompletableFuture<?>> current;

    AsyncCall(
        Exchange exchange,
        Function<HttpResponse, T> read,
        CompletableFuture<T> result,
        AtomicReference<CompletableFuture<?>> current) {
      this.exchange = exchange;
      this.read = read;
      this.result = result;
      this.current = current;
    }

    void attempt() {
      HttpRequest request;
      CompletableFuture<HttpResponse> call;
      try {
        request = before(exchange);
        call =
            exchange.streams()
                ? transport.executeStreamingAsync(request)
                : transport.executeAsync(request);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      track(call);
      call.whenComplete(
          (response, error) -> {
            if (result.isDone()) {
              if (response != null) {
                response.close();
              }
              return;
            }
            try {
              Outcome outcome;
              if (error == null) {
                outcome = Outcome.of(response);
              } else if (unwrap(error) instanceof IOException io) {
                outcome = Outcome.failed(io);
              } else {
                fail(unwrap(error));
                return;
              }
              outcome = after(exchange, request, outcome);
              if (outcome.isRetry()) {
                outcome.release();
                waitThenAttempt(outcome);
              } else {
                T value = finish(exchange, outcome, read);
                if (!result.complete(value) && value instanceof AutoCloseable closeable) {
                  closeQuietly(closeable); // cancelled meanwhile: nobody will read the stream
                }
              }
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          });
    }

    private void waitThenAttempt(Outcome outcome) {
      announceWait(exchange, outcome);
      CompletableFuture<Void> wait = sleeper.delay(outcome.retryDelay());
      track(wait);
      wait.whenComplete(
          (v, e) -> {
            if (result.isDone()) {
              return;
            }
            if (e != null) {
              result.completeExceptionally(exchange.failedWait(unwrap(e)));
              return;
            }
            exchange.nextAttempt();
            attempt();
          });
    }

    /** Makes {@code future} the one a cancellation of the result cancels. */
    private void track(CompletableFuture<?> future) {
      current.set(future);
      if (result.isCancelled()) {
        cancel(future);
      }
    }

    private void fail(Throwable cause) {
      if (!(cause instanceof CancellationException)) {
        result.completeExceptionally(cause);
      }
    }
  }

  private HttpRequest before(Exchange exchange) {
    HttpRequest request = exchange.request();
    for (Layer layer : layers) {
      request = layer.beforeAttempt(exchange, request);
    }
    exchange.sent();
    return request;
  }

  private Outcome after(Exchange exchange, HttpRequest request, Outcome outcome) {
    Outcome o = outcome;
    for (int i = layers.length - 1; i >= 0; i--) {
      o = layers[i].afterAttempt(exchange, request, o);
    }
    return o;
  }

  private void announceWait(Exchange exchange, Outcome outcome) {
    for (Layer layer : layers) {
      layer.beforeWait(exchange, exchange.attempt() + 1, outcome.retryDelay());
    }
  }

  private static <T> T finish(Exchange exchange, Outcome outcome, Function<HttpResponse, T> read) {
    if (outcome.isFailure()) {
      throw exchange.connectionFailure(outcome.failure());
    }
    return read.apply(outcome.response());
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // the caller cancelled; nothing to report to
    }
  }

  private static void cancel(CompletableFuture<?> future) {
    if (future != null) {
      future.cancel(true);
    }
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
