package dev.specpoet.runtime;

import dev.specpoet.runtime.errors.ApiConnectionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A binary response body (a file download, an image, a PDF) as it arrives from the connection:
 * status, headers and the body, streamed, not held in memory. Read it once, with {@link #stream()},
 * {@link #bytes()} or {@link #writeTo(Path)}; the connection is released when the body is read to
 * the end or the response closed. Use it in try-with-resources:
 *
 * <pre>{@code
 * try (BinaryResponse pdf = client.documents().download(params)) {
 *   pdf.writeTo(Path.of("invoice.pdf"));
 * }
 * }</pre>
 */
public final class BinaryResponse implements AutoCloseable {
  private final String operationId;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final InputStream body;

  BinaryResponse(
      String operationId, int statusCode, Map<String, List<String>> headers, InputStream body) {
    this.operationId = operationId;
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
  }

  /**
   * A response over a body, for tests and fakes.
   *
   * @param statusCode the HTTP status
   * @param headers the headers (looked up ignoring case)
   * @param body the body
   * @return the response
   */
  public static BinaryResponse of(
      int statusCode, Map<String, List<String>> headers, InputStream body) {
    java.util.TreeMap<String, List<String>> h =
        new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    return new BinaryResponse(
        "response", statusCode, java.util.Collections.unmodifiableMap(h), body);
  }

  /**
   * The HTTP status.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The response headers; look-ups ignore case.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The body's media type ({@code Content-Type}).
   *
   * @return the media type, if the server sent one
   */
  public Optional<String> contentType() {
    return header("Content-Type");
  }

  /**
   * The body's length ({@code Content-Length}).
   *
   * @return the length, if the server sent it
   */
  public OptionalLong contentLength() {
    try {
      return header("Content-Length")
          .map(v -> OptionalLong.of(Long.parseLong(v.trim())))
          .orElse(OptionalLong.empty());
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * The body as it arrives. Closing the stream (or this response) releases the connection.
   *
   * @return the stream
   */
  public InputStream stream() {
    return body;
  }

  /**
   * Reads the rest of the body into memory and releases the connection.
   *
   * @return the bytes
   * @throws ApiConnectionException when the connection fails while reading
   */
  public byte[] bytes() {
    try (InputStream in = body) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw readFailed(e);
    }
  }

  /**
   * Copies the rest of the body to a file (replacing it) and releases the connection.
   *
   * @param file where to write
   * @return the number of bytes written
   * @throws ApiConnectionException when the connection fails while reading
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public long writeTo(Path file) {
    try (InputStream in = body) {
      return Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.FileSystemException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (IOException e) {
      throw readFailed(e);
    }
  }

  /**
   * Copies the rest of the body to a stream (not closed) and releases the connection.
   *
   * @param out where to write
   * @return the number of bytes written
   * @throws ApiConnectionException when the connection or {@code out} fails
   */
  public long writeTo(OutputStream out) {
    try (InputStream in = body) {
      return in.transferTo(out);
    } catch (IOException e) {
      throw readFailed(e);
    }
  }

  private ApiConnectionException readFailed(IOException e) {
    return new ApiConnectionException(
        operationId + ": reading the response body failed: " + e, operationId, e);
  }

  /** Releases the connection (the rest of the body is not read). */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      // released either way
    }
  }

  @Override
  public String toString() {
    return "BinaryResponse{status="
        + statusCode
        + contentType().map(t -> ", contentType=" + t).orElse("")
        + "}";
  }
}
