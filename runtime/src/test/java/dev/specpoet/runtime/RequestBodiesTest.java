package dev.specpoet.runtime;

import static dev.specpoet.runtime.MockResponses.envelope;
import static dev.specpoet.runtime.MockResponses.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.runtime.errors.InternalServerException;
import dev.specpoet.runtime.http.MultipartBody;
import dev.specpoet.runtime.http.RequestBody;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bodies other than JSON: forms, multipart parts (fields, JSON parts, files from a path,
 * bytes or a stream), text and binary uploads; what goes on the wire, and which calls may be
 * retried (a body sent from an {@code InputStream} is never sent twice).
 */
class RequestBodiesTest extends CoreOverHttp {
  @TempDir Path dir;

  private static ApiRequest.Builder post() {
    return ApiRequest.builder("upload", "POST", "/files");
  }

  private static String utf8(RequestBody body) {
    return new String(body.bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void formFieldsAreUrlEncodedInTheirStyle() {
    ApiRequest r =
        post()
            .formField("text", "a b&c=d/é", QueryStyle.FORM)
            .formField("tags", List.of("x", "y"), QueryStyle.FORM)
            .formField("ids", List.of(1, 2), QueryStyle.FORM_NO_EXPLODE)
            .formField("filter", Map.of("k", "v"), QueryStyle.DEEP_OBJECT)
            .formField("absent", null, QueryStyle.FORM)
            .build();
    assertEquals("application/x-www-form-urlencoded", r.contentType());
    assertEquals(
        "text=a%20b%26c%3Dd%2F%C3%A9&tags=x&tags=y&ids=1%2C2&filter%5Bk%5D=v", utf8(r.body()));
    assertTrue(r.isReplayable());
  }

  @Test
  void formFieldsOfAWholeObject() {
    ApiRequest r = post().formFields(Map.of("channel", "C1")).build();
    assertEquals("channel=C1", utf8(r.body()));
  }

  @Test
  void multipartPartsAreFieldsJsonAndFiles() throws Exception {
    Path file = Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7 body");
    ApiRequest r =
        post()
            .part("title", "Q3 \"report\"", null)
            .part("count", 3, null)
            .part("meta", Map.of("a", 1), null)
            .part("tags", List.of("x", "y"), null)
            .part("file", Upload.of(file), "application/pdf")
            .part("raw", Upload.of(new byte[] {1, 2}, null, "image/png"), null)
            .part("none", null, null)
            .build();
    MultipartBody body = (MultipartBody) r.body();
    assertTrue(r.contentType().startsWith("multipart/form-data; boundary=specpoet-"));
    String b = body.boundary();
    String expected =
        "--"
            + b
            + "\r\nContent-Disposition: form-data; name=\"title\"\r\nContent-Type: text/plain;"
            + " charset=utf-8\r\n\r\nQ3 \"report\"\r\n--"
            + b
            + "\r\nContent-Disposition: form-data; name=\"count\"\r\nContent-Type: text/plain;"
            + " charset=utf-8\r\n\r\n3\r\n--"
            + b
            + "\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type:"
            + " application/json\r\n\r\n{\"a\":1}\r\n--"
            + b
            + "\r\nContent-Disposition: form-data; name=\"tags\"\r\nContent-Type: text/plain;"
            + " charset=utf-8\r\n\r\nx\r\n--"
            + b
            + "\r\nContent-Disposition: form-data; name=\"tags\"\r\nContent-Type: text/plain;"
            + " charset=utf-8\r\n\r\ny\r\n--"
            + b
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\n"
            + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 body\r\n--"
            + b
            + "\r\nContent-Disposition: form-data; name=\"raw\"; filename=\"raw\"\r\n"
            + "Content-Type: image/png\r\n\r\n\u0001\u0002\r\n--"
            + b
            + "--\r\n";
    assertEquals(expected, new String(body.bytes(), StandardCharsets.ISO_8859_1));
    assertEquals(body.bytes().length, body.contentLength(), "the length is known up front");
    assertTrue(body.isReplayable(), "files and bytes can be sent again");
  }

  @Test
  void aStreamedPartMakesTheBodyOneShot() {
    ApiRequest r =
        post()
            .part("file", Upload.of(new ByteArrayInputStream(new byte[] {7}), "a.bin", null), null)
            .build();
    assertFalse(r.isReplayable());
    assertEquals(-1, r.body().contentLength());
    r.body().bytes();
    assertThrows(IllegalStateException.class, () -> r.body().bytes(), "sent at most once");
  }

  @Test
  void textAndBinaryBodies() {
    ApiRequest text = post().textBody("<a>é</a>", "application/xml").build();
    assertEquals("application/xml; charset=utf-8", text.contentType());
    assertEquals("<a>é</a>", utf8(text.body()));
    ApiRequest binary =
        post()
            .binaryBody(Upload.of(new byte[] {1}, null, null), "application/octet-stream")
            .build();
    assertEquals("application/octet-stream", binary.contentType());
    ApiRequest typed =
        post().binaryBody(Upload.of(new byte[] {1}, null, "image/png"), "image/*").build();
    assertEquals("image/png", typed.contentType(), "the upload's own type wins");
    assertNull(post().binaryBody(null, "image/png").build().body());
  }

  @Test
  void aRequestHasOneBody() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> post().jsonBody(Map.of()).formField("a", "b", null).build());
    assertTrue(e.getMessage().startsWith("upload: a request has one body"), e.getMessage());
  }

  @Test
  void acceptListsWhatTheOperationAnswers() throws Exception {
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    ApiRequest r =
        ApiRequest.builder("get", "GET", "/x")
            .accept("application/json, application/problem+json")
            .build();
    core(options()).execute(r, ResponseHandlers.discard(), RequestOptions.none());
    assertEquals(
        "application/json, application/problem+json",
        server.takeRequest().getHeaders().get("Accept"));
  }

  @Test
  void aFileUploadIsRetriedAndSentAgain() throws Exception {
    Path file = Files.writeString(dir.resolve("data.csv"), "a,b\n1,2\n");
    server.enqueue(status(503));
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    ClientCore c = core(options().maxRetries(2));
    c.execute(
        post().part("file", Upload.of(file), "text/csv").build(),
        ResponseHandlers.discard(),
        RequestOptions.none());
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertTrue(first.getBody().utf8().contains("a,b\n1,2\n"), first.getBody().utf8());
    assertEquals(first.getBody(), second.getBody(), "the same parts on the retry");
    assertEquals(1, sleeper.sleeps().size());
  }

  @Test
  void aStreamUploadIsNeverRetried() throws Exception {
    server.enqueue(status(503));
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    ClientCore c = core(options().maxRetries(2));
    ApiRequest r =
        post()
            .binaryBody(
                Upload.of(
                    new ByteArrayInputStream("stream".getBytes(StandardCharsets.UTF_8)),
                    null,
                    null),
                "application/octet-stream")
            .build();
    assertThrows(
        InternalServerException.class,
        () -> c.execute(r, ResponseHandlers.discard(), RequestOptions.none()));
    assertEquals("stream", server.takeRequest().getBody().utf8());
    assertEquals(1, server.getRequestCount(), "a one-shot body is sent once: no retry");
    assertTrue(sleeper.sleeps().isEmpty());
  }
}
