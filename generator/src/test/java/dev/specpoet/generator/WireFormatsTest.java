package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.specpoet.generator.testing.TestSupport;
import dev.specpoet.generator.testing.WireFormatScenarios;
import dev.specpoet.runtime.errors.InternalServerException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client generated from the {@code wire-formats} golden spec, compiled with the calls of {@code
 * drivers/wire-formats/.../Scenarios.java} and called against MockWebServer: multipart, form, text
 * and binary request bodies on the wire (with the media types and Accept the spec gives), binary,
 * text and event-stream responses, and typed error bodies.
 */
class WireFormatsTest {
  private static WireFormatScenarios scenarios;

  @StartStop private final MockWebServer server = new MockWebServer();
  @TempDir Path dir;

  @BeforeAll
  static void compileSample() throws Exception {
    Map<String, String> sources = new TreeMap<>(GoldenTest.render("wire-formats"));
    sources.put(
        "com/example/wire_formats/Scenarios.java",
        TestSupport.read(
            TestSupport.TEST_RESOURCES.resolve(
                "drivers/wire-formats/com/example/wire_formats/Scenarios.java")));
    Compilation compilation = TestSupport.compile(sources, WireFormatScenarios.class);
    assertEquals(
        Compilation.Status.SUCCESS,
        compilation.status(),
        compilation.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
    scenarios =
        (WireFormatScenarios)
            TestSupport.load(compilation)
                .loadClass("com.example.wire_formats.Scenarios")
                .getConstructor()
                .newInstance();
  }

  private String url() {
    return server.url("/v1").toString();
  }

  private void enqueue(int code, String contentType, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", contentType)
            .body(body)
            .build());
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  @Test
  void multipartUploadSendsEveryPartWithItsMediaType() throws Exception {
    Path file = Files.writeString(dir.resolve("q3.pdf"), "%PDF-1.7");
    enqueue(201, "application/json", "{\"id\":\"doc-1\"}");
    assertEquals("doc-1", scenarios.upload(url(), file));
    RecordedRequest r = take();
    String type = r.getHeaders().get("Content-Type");
    assertTrue(type.startsWith("multipart/form-data; boundary="), type);
    assertEquals("application/json, application/problem+json", r.getHeaders().get("Accept"));
    String body = r.getBody().string(StandardCharsets.ISO_8859_1);
    assertTrue(
        body.contains(
            "Content-Disposition: form-data; name=\"file\"; filename=\"q3.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\r\n"),
        "the file part, its media type from the spec's encoding:\n" + body);
    assertTrue(
        body.contains(
            "name=\"attachments\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\na\r\n"),
        body);
    assertTrue(
        body.contains(
            "name=\"attachments\"; filename=\"b.bin\"\r\nContent-Type: application/octet-stream\r\n"),
        body);
    assertTrue(
        body.contains(
            "name=\"title\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nQ3 report\r\n"),
        body);
    assertTrue(
        body.contains("name=\"pages\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n12\r\n"),
        body);
    assertTrue(
        body.contains(
            "name=\"labels\"\r\nContent-Type: application/json\r\n\r\n{\"team\":\"finance\"}\r\n"),
        body);
  }

  @Test
  void problemJsonErrorsAreTyped() throws Exception {
    Path file = Files.writeString(dir.resolve("q3.pdf"), "%PDF-1.7");
    enqueue(
        422,
        "application/problem+json",
        "{\"type\":\"https://files.example.com/probs/too-large\",\"title\":\"Too large\","
            + "\"detail\":\"the file is over 10 MB\",\"limit\":10}");
    assertEquals("the file is over 10 MB", scenarios.uploadProblem(url(), file));
  }

  @Test
  void downloadsStreamToAFileAndAcceptEveryImageType() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2};
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "image/png")
            .body(new Buffer().write(png))
            .build());
    Path target = dir.resolve("scan.png");
    assertEquals("image/png", scenarios.download(url(), target));
    assertArrayEquals(png, Files.readAllBytes(target));
    assertEquals("image/png, image/jpeg, application/json", take().getHeaders().get("Accept"));
  }

  @Test
  void theApisOwnErrorModelIsTypedByStatusAndDefault() throws Exception {
    enqueue(404, "application/json", "{\"code\":\"missing\"}");
    assertEquals("missing", scenarios.downloadErrorCode(url()));
    enqueue(409, "application/json", "{\"code\":\"locked\"}");
    assertEquals("locked", scenarios.downloadErrorCode(url()), "default covers other statuses");
  }

  @Test
  void aStreamUploadIsSentOnceAndNotRetried() throws Exception {
    enqueue(503, "application/json", "{\"code\":\"busy\"}");
    enqueue(204, "application/json", "");
    byte[] content = "raw bytes".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        InternalServerException.class,
        () -> scenarios.replaceFromStream(url(), new ByteArrayInputStream(content)));
    RecordedRequest r = take();
    assertEquals("PUT", r.getMethod());
    assertEquals("application/octet-stream", r.getHeaders().get("Content-Type"));
    assertEquals("raw bytes", r.getBody().utf8());
    assertEquals(1, server.getRequestCount(), "a body from an InputStream is never sent twice");
  }

  @Test
  void textGoesBothWays() throws Exception {
    enqueue(200, "text/plain; charset=utf-8", "stored: café");
    assertEquals("stored: café", scenarios.setNotes(url(), "café"));
    RecordedRequest r = take();
    assertEquals("text/plain; charset=utf-8", r.getHeaders().get("Content-Type"));
    assertEquals("café", r.getBody().utf8());
    assertEquals("text/plain", r.getHeaders().get("Accept"));
    enqueue(200, "text/csv", "id,title\nd1,Q3\n");
    assertEquals("id,title\nd1,Q3\n", scenarios.exportCsv(url()));
    take();
  }

  @Test
  void jsonIsPreferredOverXml() throws Exception {
    enqueue(200, "application/json", "{\"id\":\"d1\"}");
    assertEquals("d1", scenarios.summaryId(url()));
    assertEquals("application/json", take().getHeaders().get("Accept"));
  }

  @Test
  void formBodiesAreUrlEncoded() throws Exception {
    enqueue(200, "application/json", "{\"access_token\":\"t-1\"}");
    assertEquals("t-1", scenarios.createToken(url()));
    RecordedRequest r = take();
    assertEquals("application/x-www-form-urlencoded", r.getHeaders().get("Content-Type"));
    assertEquals(
        "grant_type=client_credentials&scope=read&scope=write&client%5Bid%5D=app&client%5Bsecret%5D=s3cr3t",
        r.getBody().utf8());
  }

  private static final String CHUNKS =
      "data: {\"text\":\"Hel\"}\n\n: ping\n\ndata: {\"text\":\"lo\",\"done\":true}\n\ndata: [DONE]\n\n";

  @Test
  void serverSentEventsAreTypedChunks() throws Exception {
    enqueue(200, "text/event-stream", CHUNKS);
    assertEquals(List.of("Hel", "lo"), scenarios.streamCompletion(url()));
    RecordedRequest r = take();
    assertEquals("text/event-stream", r.getHeaders().get("Accept"));
    assertEquals("{\"prompt\":\"Hi\"}", r.getBody().utf8());
  }

  @Test
  void serverSentEventsAsync() throws Exception {
    enqueue(200, "text/event-stream", CHUNKS);
    assertEquals(List.of("Hel", "lo"), scenarios.streamCompletionAsync(url()));
  }

  @Test
  void eventsWhoseSchemaDescribesTheFieldsAreText() throws Exception {
    enqueue(200, "text/event-stream", "data: line 1\n\ndata: line 2\n\ndata: line 3\n\n");
    assertEquals(List.of("line 1", "line 2"), scenarios.tailLogs(url(), 2));
  }
}
