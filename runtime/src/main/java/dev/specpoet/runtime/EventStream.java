package dev.specpoet.runtime;

import dev.specpoet.runtime.errors.ApiConnectionException;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.SpecPoetException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream of server-sent events ({@code text/event-stream}, as AI APIs stream completions), read
 * from the connection as they arrive: iterate it once (blocking), or {@link #subscribe} to get each
 * event on a reader thread and a future of the end. Events are parsed as the WHATWG HTML standard
 * describes (fields {@code event}, {@code data}, {@code id}, {@code retry}; comments and events
 * without data skipped); a {@code data: [DONE]} event, the end marker of OpenAI-style streams, ends
 * the stream. The connection is released at the end of the stream, on any failure, and on {@link
 * #close()}: use try-with-resources so that leaving a loop early releases it too.
 *
 * <pre>{@code
 * try (EventStream<ChatChunk> events = client.chat().stream(params)) {
 *   for (ServerSentEvent<ChatChunk> event : events) {
 *     System.out.print(event.data().text());
 *   }
 * }
 * }</pre>
 *
 * @param <T> the type of each event's data
 */
public final class EventStream<T> implements Iterable<ServerSentEvent<T>>, AutoCloseable {
  private static final String DONE = "[DONE]";

  private final String operationId;
  private final int statusCode;
  private final InputStream body;
  private final BufferedReader reader;
  private final Function<String, T> parse;
  private final AtomicBoolean taken = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private int count;

  EventStream(String operationId, int statusCode, InputStream body, Function<String, T> parse) {
    this.operationId = operationId;
    this.statusCode = statusCode;
    this.body = body;
    this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    this.parse = parse;
  }

  /**
   * A stream over a body whose event data are read by {@code parse} (tests, fakes).
   *
   * @param body the {@code text/event-stream} body
   * @param parse reads one event's data
   * @param <T> the data type
   * @return the stream
   */
  public static <T> EventStream<T> of(InputStream body, Function<String, T> parse) {
    return new EventStream<>("events", 200, body, parse);
  }

  /**
   * The events, read as the loop asks for them; can be iterated once.
   *
   * @return the iterator
   * @throws IllegalStateException when the stream was already iterated or subscribed to
   */
  @Override
  public Iterator<ServerSentEvent<T>> iterator() {
    if (!taken.compareAndSet(false, true)) {
      throw new IllegalStateException(
          "an event stream can be read once; it was already iterated or subscribed to");
    }
    return new Iterator<>() {
      private ServerSentEvent<T> next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          next = readEvent();
          done = next == null;
        }
        return next != null;
      }

      @Override
      public ServerSentEvent<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ServerSentEvent<T> event = next;
        next = null;
        return event;
      }
    };
  }

  /**
   * Calls {@code action} for every event, then releases the connection (also when {@code action}
   * throws).
   *
   * @param action what to do with each event
   */
  @Override
  public void forEach(Consumer<? super ServerSentEvent<T>> action) {
    try {
      Iterable.super.forEach(action);
    } finally {
      close();
    }
  }

  /**
   * The events as a {@link Stream}; closing it closes this event stream.
   *
   * @return a sequential stream
   */
  public Stream<ServerSentEvent<T>> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Reads the events on a new daemon thread and hands each to {@code onEvent}.
   *
   * @param onEvent called with each event, in order, on the reader thread
   * @return a future completed at the end of the stream, or exceptionally with the failure (a
   *     {@link ApiConnectionException}, a {@link ResponseParseException}, or what {@code onEvent}
   *     threw); cancelling it closes the stream
   */
  public CompletableFuture<Void> subscribe(Consumer<? super ServerSentEvent<T>> onEvent) {
    return subscribe(
        onEvent,
        task -> {
          Thread reader = new Thread(task, "specpoet-events-" + operationId);
          reader.setDaemon(true);
          reader.start();
        });
  }

  /**
   * Reads the events with {@code executor} (the task blocks until the stream ends) and hands each
   * to {@code onEvent}.
   *
   * @param onEvent called with each event, in order
   * @param executor runs the reading task
   * @return a future completed at the end of the stream, or exceptionally with the failure;
   *     cancelling it closes the stream
   */
  public CompletableFuture<Void> subscribe(
      Consumer<? super ServerSentEvent<T>> onEvent, Executor executor) {
    Objects.requireNonNull(onEvent, "onEvent");
    Iterator<ServerSentEvent<T>> events = iterator();
    CompletableFuture<Void> done = new CompletableFuture<>();
    done.whenComplete(
        (v, e) -> {
          if (done.isCancelled()) {
            close();
          }
        });
    executor.execute(
        () -> {
          try {
            while (!done.isDone() && events.hasNext()) {
              onEvent.accept(events.next());
            }
            done.complete(null);
          } catch (Throwable t) {
            done.completeExceptionally(t);
          } finally {
            close();
          }
        });
    return done;
  }

  /** Releases the connection; the events not read yet are dropped. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        body.close();
      } catch (IOException e) {
        // released either way
      }
    }
  }

  /** The next event, or null at the end (the connection is then released). */
  private ServerSentEvent<T> readEvent() {
    if (closed.get()) {
      return null;
    }
    String event = null;
    String id = null;
    Long retry = null;
    StringBuilder data = null;
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty()) {
          if (data == null) {
            event = null; // nothing to dispatch (a comment or fields without data)
            continue;
          }
          String raw = data.toString();
          if (raw.equals(DONE)) {
            close();
            return null;
          }
          return new ServerSentEvent<>(
              event == null ? "message" : event, id, retry, raw, read(raw));
        }
        if (line.startsWith(":")) {
          continue;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
          value = value.substring(1);
        }
        switch (field) {
          case "event" -> event = value;
          case "data" ->
              data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
          case "id" -> id = value.indexOf('\0') < 0 ? value : id;
          case "retry" -> retry = value.matches("\\d{1,18}") ? Long.valueOf(value) : retry;
          default -> {
            // unknown fields are ignored
          }
        }
      }
      close(); // an unfinished event at the end is dropped, as the standard says
      return null;
    } catch (IOException | UncheckedIOException e) {
      boolean wasClosed = closed.get();
      close();
      if (wasClosed) {
        return null; // closed by the application while reading
      }
      throw new ApiConnectionException(
          operationId + ": the event stream failed after " + count + " events: " + e,
          operationId,
          e);
    }
  }

  private T read(String raw) {
    try {
      T value = parse.apply(raw);
      count++;
      return value;
    } catch (SpecPoetException e) {
      close();
      throw e;
    } catch (RuntimeException e) {
      close();
      throw new ResponseParseException(
          operationId
              + ": event "
              + (count + 1)
              + " of the stream does not parse: "
              + Errors.problem(e.getCause() != null ? e.getCause() : e),
          operationId,
          statusCode,
          e);
    }
  }
}
