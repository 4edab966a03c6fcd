package com.example.wire_formats;

import com.example.wire_formats.models.CompletionChunk;
import com.example.wire_formats.models.CompletionStreamParams;
import com.example.wire_formats.models.DocumentDownloadParams;
import com.example.wire_formats.models.DocumentGetSummaryParams;
import com.example.wire_formats.models.DocumentReplaceParams;
import com.example.wire_formats.models.DocumentSetNotesParams;
import com.example.wire_formats.models.DocumentUploadParams;
import com.example.wire_formats.models.ErrorModel;
import com.example.wire_formats.models.TokenCreateParams;
import dev.specpoet.generator.testing.WireFormatScenarios;
import dev.specpoet.runtime.BinaryResponse;
import dev.specpoet.runtime.EventStream;
import dev.specpoet.runtime.ServerSentEvent;
import dev.specpoet.runtime.Upload;
import dev.specpoet.runtime.errors.ApiStatusException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The client generated from the {@code wire-formats} golden spec, used as an application would. */
public final class Scenarios implements WireFormatScenarios {

  private static FilesClient client(String baseUrl, int retries) {
    return FilesClient.builder().baseUrl(baseUrl).bearerToken("token-1").maxRetries(retries).build();
  }

  private static DocumentUploadParams uploadParams(Path file) {
    return DocumentUploadParams.builder()
        .file(Upload.of(file))
        .attachments(List.of(
            Upload.of("a".getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain"),
            Upload.of(new byte[] {1, 2}, "b.bin", null)))
        .title("Q3 report")
        .pages(12L)
        .labels(Map.of("team", "finance"))
        .build();
  }

  @Override
  public String upload(String baseUrl, Path file) {
    try (FilesClient client = client(baseUrl, 0)) {
      return client.documents().upload(uploadParams(file)).id();
    }
  }

  @Override
  public String uploadProblem(String baseUrl, Path file) {
    try (FilesClient client = client(baseUrl, 0)) {
      client.documents().upload(uploadParams(file));
      return "no error";
    } catch (ApiStatusException e) {
      return e.problem().flatMap(p -> p.detail()).orElse("no problem");
    }
  }

  @Override
  public String download(String baseUrl, Path target) {
    try (FilesClient client = client(baseUrl, 0);
        BinaryResponse scan =
            client.documents().download(DocumentDownloadParams.builder().id("d1").build())) {
      scan.writeTo(target);
      return scan.contentType().orElse("none");
    }
  }

  @Override
  public String downloadErrorCode(String baseUrl) {
    try (FilesClient client = client(baseUrl, 0)) {
      client.documents().download(DocumentDownloadParams.builder().id("d1").build()).close();
      return "no error";
    } catch (ApiStatusException e) {
      return e.typedBody(ErrorModel.class).map(ErrorModel::code).orElse("untyped");
    }
  }

  @Override
  public void replaceFromStream(String baseUrl, InputStream content) {
    try (FilesClient client = client(baseUrl, 1)) {
      client.documents().replace(DocumentReplaceParams.builder()
          .id("d1")
          .body(Upload.of(content, null, null))
          .build());
    }
  }

  @Override
  public String setNotes(String baseUrl, String notes) {
    try (FilesClient client = client(baseUrl, 0)) {
      return client.documents().setNotes(DocumentSetNotesParams.builder().id("d1").body(notes).build());
    }
  }

  @Override
  public String summaryId(String baseUrl) {
    try (FilesClient client = client(baseUrl, 0)) {
      return client.documents().getSummary(DocumentGetSummaryParams.builder().id("d1").build()).id();
    }
  }

  @Override
  public String exportCsv(String baseUrl) {
    try (FilesClient client = client(baseUrl, 0)) {
      return client.exports().exportCsv();
    }
  }

  @Override
  public String createToken(String baseUrl) {
    try (FilesClient client = client(baseUrl, 0)) {
      return client.tokens().create(TokenCreateParams.builder()
              .grantType(TokenCreateParams.GrantType.CLIENT_CREDENTIALS)
              .scope(List.of("read", "write"))
              .client(TokenCreateParams.Client.builder().id("app").secret("s3cr3t").build())
              .build())
          .accessToken()
          .orElse("none");
    }
  }

  @Override
  public List<String> streamCompletion(String baseUrl) {
    List<String> texts = new ArrayList<>();
    try (FilesClient client = client(baseUrl, 0);
        EventStream<CompletionChunk> events =
            client.completions().stream(CompletionStreamParams.builder().prompt("Hi").build())) {
      for (ServerSentEvent<CompletionChunk> event : events) {
        texts.add(event.data().text().orElse(""));
      }
    }
    return texts;
  }

  @Override
  public List<String> streamCompletionAsync(String baseUrl) throws Exception {
    List<String> texts = new CopyOnWriteArrayList<>();
    try (FilesClientAsync client =
        FilesClientAsync.builder().baseUrl(baseUrl).bearerToken("token-1").maxRetries(0).build()) {
      client.completions()
          .stream(CompletionStreamParams.builder().prompt("Hi").build())
          .thenCompose(events -> events.subscribe(e -> texts.add(e.data().text().orElse(""))))
          .get(10, TimeUnit.SECONDS);
    }
    return texts;
  }

  @Override
  public List<String> tailLogs(String baseUrl, int n) {
    List<String> lines = new ArrayList<>();
    try (FilesClient client = client(baseUrl, 0);
        EventStream<String> events = client.logs().tail()) {
      for (ServerSentEvent<String> event : events) {
        lines.add(event.data());
        if (lines.size() == n) {
          break;
        }
      }
    }
    return lines;
  }
}
