package dev.specpoet.runtime;

import dev.specpoet.runtime.http.RequestBody;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to upload: a multipart part ({@code multipart/form-data}) or a whole binary request body
 * ({@code application/octet-stream}, {@code image/png} ...). Made from a {@link Path} (read when
 * the request is sent, again on a retry), bytes in memory, or an {@link InputStream} (streamed
 * once: a call that sends one is never retried, and the stream is closed once sent). Immutable.
 */
public final class Upload {
  private final Path file;
  private final byte[] bytes;
  private final InputStream stream;
  private final long length;
  private final String filename;
  private final String contentType;

  private Upload(
      Path file,
      byte[] bytes,
      InputStream stream,
      long length,
      String filename,
      String contentType) {
    this.file = file;
    this.bytes = bytes;
    this.stream = stream;
    this.length = length;
    this.filename = filename;
    this.contentType = contentType;
  }

  /**
   * A file, sent under its own name; the media type is the one the API documents for it.
   *
   * @param file the file
   * @return the upload
   */
  public static Upload of(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    return new Upload(file, null, null, -1, name == null ? null : name.toString(), null);
  }

  /**
   * A file with its media type.
   *
   * @param file the file
   * @param contentType the media type, e.g. {@code image/png}; {@code null} for the documented one
   * @return the upload
   */
  public static Upload of(Path file, String contentType) {
    return of(file).withContentType(contentType);
  }

  /**
   * Bytes in memory.
   *
   * @param bytes the content (kept by reference: do not modify it afterwards)
   * @param filename the file name sent with a multipart part, or {@code null}
   * @param contentType the media type, or {@code null} for the documented one
   * @return the upload
   */
  public static Upload of(byte[] bytes, String filename, String contentType) {
    Objects.requireNonNull(bytes, "bytes");
    return new Upload(null, bytes, null, bytes.length, filename, contentType);
  }

  /**
   * A stream of unknown length, sent chunked, once.
   *
   * @param stream the content; closed once it is sent
   * @param filename the file name sent with a multipart part, or {@code null}
   * @param contentType the media type, or {@code null} for the documented one
   * @return the upload (not replayable)
   */
  public static Upload of(InputStream stream, String filename, String contentType) {
    return of(stream, -1, filename, contentType);
  }

  /**
   * A stream of known length, sent once.
   *
   * @param stream the content; closed once it is sent
   * @param length its length in bytes, or {@code -1} when not known
   * @param filename the file name sent with a multipart part, or {@code null}
   * @param contentType the media type, or {@code null} for the documented one
   * @return the upload (not replayable)
   */
  public static Upload of(InputStream stream, long length, String filename, String contentType) {
    Objects.requireNonNull(stream, "stream");
    return new Upload(null, null, stream, length, filename, contentType);
  }

  /**
   * A copy with another file name.
   *
   * @param filename the file name, or {@code null}
   * @return the copy
   */
  public Upload withFilename(String filename) {
    return new Upload(file, bytes, stream, length, filename, contentType);
  }

  /**
   * A copy with another media type.
   *
   * @param contentType the media type, or {@code null} for the documented one
   * @return the copy
   */
  public Upload withContentType(String contentType) {
    return new Upload(file, bytes, stream, length, filename, contentType);
  }

  /**
   * The file name sent with a multipart part.
   *
   * @return the name, or {@code null}
   */
  public String filename() {
    return filename;
  }

  /**
   * The media type given for this upload.
   *
   * @return the media type, or {@code null} when the documented one is used
   */
  public String contentType() {
    return contentType;
  }

  /**
   * Whether the content can be sent again (a file or bytes, not a stream).
   *
   * @return {@code true} when a call sending it may be retried
   */
  public boolean isReplayable() {
    return stream == null;
  }

  /**
   * The body that sends this upload.
   *
   * @param documentedType the media type the API documents, used when none was given
   * @return the body
   */
  public RequestBody body(String documentedType) {
    String type = contentType != null ? contentType : documentedType;
    if (file != null) {
      return RequestBody.ofFile(file, type);
    }
    if (bytes != null) {
      return RequestBody.of(bytes, type);
    }
    return RequestBody.ofStream(stream, length, type);
  }

  @Override
  public String toString() {
    String source = file != null ? "file" : bytes != null ? bytes.length + " bytes" : "stream";
    return "Upload{"
        + source
        + (filename == null ? "" : ", filename=" + filename)
        + (contentType == null ? "" : ", contentType=" + contentType)
        + "}";
  }
}
