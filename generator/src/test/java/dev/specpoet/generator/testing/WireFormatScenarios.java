package dev.specpoet.generator.testing;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Calls of the client generated from the {@code wire-formats} golden spec, written against the
 * generated API ({@code drivers/wire-formats/.../Scenarios.java}). Each builds its own client on
 * {@code baseUrl} (no retries unless said) and closes it.
 */
public interface WireFormatScenarios {
  /** {@code documents().upload(..)}: a file from a path, two attachments, text parts. */
  String upload(String baseUrl, Path file);

  /** The detail of the problem+json an upload failed with. */
  String uploadProblem(String baseUrl, Path file);

  /** {@code documents().download(..)} written to {@code target}; its content type. */
  String download(String baseUrl, Path target);

  /** The {@code code} of the typed error body of a failed download. */
  String downloadErrorCode(String baseUrl);

  /** {@code documents().replace(..)} from a stream, with one retry allowed. */
  void replaceFromStream(String baseUrl, InputStream content);

  /** {@code documents().setNotes(..)}: the notes as the server answered them. */
  String setNotes(String baseUrl, String notes);

  /** {@code documents().getSummary(..)}: the id of the JSON document. */
  String summaryId(String baseUrl);

  /** {@code exports().exportCsv()}. */
  String exportCsv(String baseUrl);

  /** {@code tokens().create(..)} with a scope list and a deepObject client. */
  String createToken(String baseUrl);

  /** {@code completions().stream(..)}: each chunk's text. */
  List<String> streamCompletion(String baseUrl);

  /** The same through the async client and {@code subscribe}. */
  List<String> streamCompletionAsync(String baseUrl) throws Exception;

  /** {@code logs().tail()}: the first {@code n} lines, then the loop is left. */
  List<String> tailLogs(String baseUrl, int n);
}
