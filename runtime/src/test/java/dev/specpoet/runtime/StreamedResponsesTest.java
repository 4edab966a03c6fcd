package dev.specpoet.runtime;

import static dev.specpoet.runtime.MockResponses.status;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.NotFoundException;
import dev.specpoet.runtime.errors.Problem;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.http.OkHttpTransport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Responses that are not JSON: binary bodies handed over as they stream, text, server-sent events
 * (blocking iteration and the subscriber form), and typed error bodies; connections are released
 * when the body is read, closed, fails, or a retry replaces it.
 */
class StreamedResponsesTest extends CoreOverHttp {
  @TempDir Path dir;

  private static ApiRequest get() {
    return ApiRequest.builder("download", "GET", "/files/{id}").pathParam("id", "f1").build();
  }

  private static MockResponse bytes(String contentType, byte[] body) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", contentType)
        .body(new Buffer().write(body))
        .build();
  }

  private static MockResponse events(String body) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "text/event-stream")
        .body(body)
        .build();
  }

  /** A core whose transport the test keeps, to look at its connection pool. */
  private OkHttpTransport transport;

  private ClientCore pooled(int maxRetries) {
    transport =
        OkHttpTransport.create(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
    return core(options().transport(transport).maxRetries(maxRetries));
  }

  private void assertReleased() throws InterruptedException {
    for (int i = 0; i < 50 && transport.client().connectionPool().idleConnectionCount() == 0; i++) {
      Thread.sleep(20);
    }
    assertEquals(
        transport.client().connectionPool().connectionCount(),
        transport.client().connectionPool().idleConnectionCount(),
        "every connection is back in the pool");
    transport.close();
  }

  @Test
  void aBinaryBodyStreamsAndIsWrittenToAFile() throws Exception {
    byte[] png = new byte[70_000];
    for (int i = 0; i < png.length; i++) {
      png[i] = (byte) i;
    }
    server.enqueue(bytes("image/png", png));
    ClientCore c = pooled(0);
    RawResponse<BinaryResponse> raw =
        c.executeRaw(get(), ResponseHandlers.binary(), RequestOptions.none());
    try (BinaryResponse image = raw.value()) {
      assertEquals(200, image.statusCode());
      assertEquals("image/png", image.contentType().orElseThrow());
      assertEquals(png.length, image.contentLength().getAsLong());
      Path file = dir.resolve("out.png");
      assertEquals(png.length, image.writeTo(file));
      assertArrayEquals(png, Files.readAllBytes(file));
    }
    assertReleased();
  }

  @Test
  void bytesReadsTheRestAndClosingUnreadReleases() throws Exception {
    server.enqueue(bytes("application/pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)));
    server.enqueue(bytes("application/pdf", new byte[100_000]));
    ClientCore c = pooled(0);
    try (BinaryResponse pdf = c.execute(get(), ResponseHandlers.binary(), RequestOptions.none())) {
      assertEquals("%PDF", new String(pdf.bytes(), StandardCharsets.US_ASCII));
    }
    BinaryResponse unread = c.execute(get(), ResponseHandlers.binary(), RequestOptions.none());
    unread.close();
    assertReleased();
  }

  @Test
  void asyncDownloadCompletesAtTheHeaders() throws Exception {
    server.enqueue(bytes("application/octet-stream", new byte[] {1, 2, 3}));
    ClientCore c = pooled(0);
    try (BinaryResponse body =
        c.executeAsync(get(), ResponseHandlers.binary(), RequestOptions.none())
            .get(5, TimeUnit.SECONDS)) {
      assertArrayEquals(new byte[] {1, 2, 3}, body.bytes());
    }
    assertReleased();
  }

  @Test
  void aRetriedStreamedResponseIsClosedBeforeTheRetry() throws Exception {
    server.enqueue(status(503));
    server.enqueue(bytes("image/png", new byte[] {9}));
    ClientCore c = pooled(1);
    try (BinaryResponse image =
        c.execute(get(), ResponseHandlers.binary(), RequestOptions.none())) {
      assertArrayEquals(new byte[] {9}, image.bytes());
    }
    assertEquals(2, server.getRequestCount());
    assertReleased();
  }

  @Test
  void textIsDecodedInItsCharset() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/plain; charset=ISO-8859-1")
            .body(new Buffer().write(new byte[] {'c', 'a', 'f', (byte) 0xe9}))
            .build());
    assertEquals(
        "café", core(options()).execute(get(), ResponseHandlers.text(), RequestOptions.none()));
  }

  record Chunk(String text) {}

  @Test
  void serverSentEventsAreParsedAndTyped() throws Exception {
    server.enqueue(
        events(
            ": keep-alive comment\n\n"
                + "event: delta\nid: 1\nretry: 2500\ndata: {\"text\":\"Hel\"}\n\n"
                + "data: {\"text\":\r\ndata: \"lo\"}\r\n\r\n"
                + "event: ignored-without-data\n\n"
                + "data: [DONE]\n\n"
                + "data: {\"text\":\"after done\"}\n\n"));
    ClientCore c = pooled(0);
    List<ServerSentEvent<Chunk>> seen = new ArrayList<>();
    try (EventStream<Chunk> stream =
        c.execute(
            get(), ResponseHandlers.events(new TypeReference<Chunk>() {}), RequestOptions.none())) {
      for (ServerSentEvent<Chunk> e : stream) {
        seen.add(e);
      }
    }
    assertEquals(2, seen.size(), seen.toString());
    assertEquals(
        new ServerSentEvent<>("delta", "1", 2500L, "{\"text\":\"Hel\"}", new Chunk("Hel")),
        seen.get(0));
    assertEquals("message", seen.get(1).event());
    assertEquals("{\"text\":\n\"lo\"}", seen.get(1).rawData());
    assertEquals(new Chunk("lo"), seen.get(1).data());
    assertReleased();
  }

  @Test
  void leavingTheLoopEarlyReleasesTheConnection() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      many.append("data: event ").append(i).append("\n\n");
    }
    server.enqueue(events(many.toString()));
    ClientCore c = pooled(0);
    try (EventStream<String> stream =
        c.execute(
            get(),
            ResponseHandlers.events(new TypeReference<String>() {}),
            RequestOptions.none())) {
      for (ServerSentEvent<String> e : stream) {
        assertEquals("event 0", e.data());
        break;
      }
    }
    assertReleased();
  }

  @Test
  void anEventThatDoesNotParseEndsTheStreamWithAParseError() throws Exception {
    server.enqueue(events("data: {\"text\":\"ok\"}\n\ndata: not json\n\n"));
    ClientCore c = pooled(0);
    EventStream<Chunk> stream =
        c.execute(
            get(), ResponseHandlers.events(new TypeReference<Chunk>() {}), RequestOptions.none());
    var events = stream.iterator();
    assertEquals(new Chunk("ok"), events.next().data());
    ResponseParseException e = assertThrows(ResponseParseException.class, events::hasNext);
    assertTrue(
        e.getMessage().startsWith("download: event 2 of the stream does not parse"),
        e.getMessage());
    assertReleased();
  }

  @Test
  void subscribersGetEveryEventAndTheEnd() throws Exception {
    server.enqueue(events("data: a\n\ndata: b\n\n"));
    ClientCore c = pooled(0);
    List<String> data = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> done =
        c.executeAsync(
                get(),
                ResponseHandlers.events(new TypeReference<String>() {}),
                RequestOptions.none())
            .thenCompose(stream -> stream.subscribe(e -> data.add(e.data())));
    done.get(5, TimeUnit.SECONDS);
    assertEquals(List.of("a", "b"), data);
    assertReleased();
  }

  @Test
  void aSubscriberThatThrowsFailsTheFutureAndReleases() throws Exception {
    server.enqueue(events("data: a\n\ndata: b\n\n"));
    ClientCore c = pooled(0);
    EventStream<String> stream =
        c.execute(
            get(), ResponseHandlers.events(new TypeReference<String>() {}), RequestOptions.none());
    CompletableFuture<Void> done =
        stream.subscribe(
            e -> {
              throw new IllegalStateException("consumer failed on " + e.data());
            });
    Throwable t =
        assertThrows(
                java.util.concurrent.ExecutionException.class, () -> done.get(5, TimeUnit.SECONDS))
            .getCause();
    assertEquals("consumer failed on a", t.getMessage());
    assertReleased();
  }

  @Test
  void anErrorStatusOnAStreamingCallIsTheUsualExceptionAndReleases() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .setHeader("Content-Type", "application/problem+json")
            .body(
                "{\"type\":\"https://example.com/probs/missing\",\"title\":\"Not found\","
                    + "\"status\":404,\"detail\":\"no file f1\",\"fileId\":\"f1\"}")
            .build());
    ClientCore c = pooled(0);
    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () -> c.execute(get(), ResponseHandlers.binary(), RequestOptions.none()));
    Problem p = e.problem().orElseThrow();
    assertEquals("https://example.com/probs/missing", p.type());
    assertEquals("no file f1", p.detail().orElseThrow());
    assertEquals(404, p.status().orElseThrow());
    assertEquals("f1", p.extensions().get("fileId").asText());
    assertEquals(p, e.typedBody(Problem.class).orElseThrow(), "problem+json is typed by default");
    assertTrue(e.body().contains("no file f1"), "the raw body is kept");
    assertReleased();
  }

  record ApiFailure(String code, String message) {}

  @Test
  void errorBodiesAreParsedIntoTheDeclaredTypeByStatus() {
    ErrorBodies errors =
        ErrorBodies.builder()
            .on("404", new TypeReference<ApiFailure>() {})
            .on("5XX", new TypeReference<JsonNode>() {})
            .on("default", new TypeReference<Problem>() {})
            .build();
    ResponseHandler<Void> handler = ResponseHandlers.discard().withErrors(errors);
    ClientCore c = core(options().maxRetries(0));

    server.enqueue(MockResponses.json(404, "{\"code\":\"missing\",\"message\":\"gone\"}"));
    ApiStatusException notFound =
        assertThrows(
            ApiStatusException.class, () -> c.execute(get(), handler, RequestOptions.none()));
    assertEquals(
        new ApiFailure("missing", "gone"), notFound.typedBody(ApiFailure.class).orElseThrow());
    assertTrue(notFound.problem().isEmpty(), "application/json is not a problem");

    server.enqueue(MockResponses.json(502, "{\"x\":1}"));
    ApiStatusException bad =
        assertThrows(
            ApiStatusException.class, () -> c.execute(get(), handler, RequestOptions.none()));
    assertInstanceOf(JsonNode.class, bad.typedBody().orElseThrow());

    server.enqueue(MockResponses.json(409, "{\"title\":\"conflict\"}"));
    ApiStatusException other =
        assertThrows(
            ApiStatusException.class, () -> c.execute(get(), handler, RequestOptions.none()));
    assertEquals("about:blank", other.typedBody(Problem.class).orElseThrow().type());

    server.enqueue(MockResponses.json(404, "[\"not the declared shape\"]"));
    ApiStatusException unparsed =
        assertThrows(
            ApiStatusException.class, () -> c.execute(get(), handler, RequestOptions.none()));
    assertTrue(unparsed.typedBody().isEmpty(), "a body that does not parse leaves it empty");
    assertEquals("[\"not the declared shape\"]", unparsed.body());

    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .setHeader("Content-Type", "text/html")
            .body("<h1>404</h1>")
            .build());
    ApiStatusException html =
        assertThrows(
            ApiStatusException.class, () -> c.execute(get(), handler, RequestOptions.none()));
    assertTrue(html.typedBody().isEmpty(), "HTML is never parsed as JSON");
  }
}
