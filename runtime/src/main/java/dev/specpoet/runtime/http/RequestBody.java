package dev.specpoet.runtime.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The body of a {@link HttpRequest}: its media type, its length when known, whether it can be sent
 * again (a retry needs that) and how it is written. Bytes in memory and files are replayable; an
 * {@link InputStream} is sent once, streamed, and a request carrying one is never retried. {@link
 * MultipartBody} is replayable when all its parts are.
 */
public abstract class RequestBody {

  /** For subclasses. */
  protected RequestBody() {}

  /**
   * The media type sent in {@code Content-Type}.
   *
   * @return the content type, or {@code null} for none
   */
  public abstract String contentType();

  /**
   * The length in bytes.
   *
   * @return the length, or {@code -1} when it is not known before writing (sent chunked)
   */
  public long contentLength() {
    return -1;
  }

  /**
   * Whether the body can be written more than once (so the request may be retried).
   *
   * @return {@code true} for bytes, files and multipart bodies of those
   */
  public abstract boolean isReplayable();

  /**
   * Writes the body. Does not close {@code out}.
   *
   * @param out where to write
   * @throws IOException when the body's source or {@code out} fails
   * @throws IllegalStateException when a one-shot body is written a second time
   */
  public abstract void writeTo(OutputStream out) throws IOException;

  /**
   * The bytes when the body is held in memory (JSON, text, forms), for logging without consuming
   * anything.
   *
   * @return the bytes (shared; do not modify), or {@code null} for a file, stream or multipart body
   */
  public byte[] inMemoryBytes() {
    return null;
  }

  /**
   * The whole body as bytes (files are read; a one-shot stream is consumed). For tests and
   * diagnostics, not for sending.
   *
   * @return the bytes
   */
  public byte[] bytes() {
    byte[] held = inMemoryBytes();
    if (held != null) {
      return held;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A body held in memory.
   *
   * @param bytes the bytes, kept by reference
   * @param contentType the media type
   * @return the body (replayable)
   */
  public static RequestBody of(byte[] bytes, String contentType) {
    return new Bytes(Objects.requireNonNull(bytes, "bytes"), contentType);
  }

  /**
   * A file, read when the request is sent (again on a retry).
   *
   * @param file the file
   * @param contentType the media type
   * @return the body (replayable)
   */
  public static RequestBody ofFile(Path file, String contentType) {
    return new FileBody(Objects.requireNonNull(file, "file"), contentType);
  }

  /**
   * A stream, copied to the connection as it is read; sent once and never retried. The stream is
   * closed after it is written.
   *
   * @param in the stream
   * @param length its length, or {@code -1} when not known
   * @param contentType the media type
   * @return the body (not replayable)
   */
  public static RequestBody ofStream(InputStream in, long length, String contentType) {
    return new StreamBody(Objects.requireNonNull(in, "in"), length, contentType);
  }

  private static final class Bytes extends RequestBody {
    private final byte[] bytes;
    private final String contentType;

    Bytes(byte[] bytes, String contentType) {
      this.bytes = bytes;
      this.contentType = contentType;
    }

    @Override
    public String contentType() {
      return contentType;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isReplayable() {
      return true;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(bytes);
    }

    @Override
    public byte[] inMemoryBytes() {
      return bytes;
    }
  }

  private static final class FileBody extends RequestBody {
    private final Path file;
    private final String contentType;

    FileBody(Path file, String contentType) {
      this.file = file;
      this.contentType = contentType;
    }

    @Override
    public String contentType() {
      return contentType;
    }

    @Override
    public long contentLength() {
      try {
        return Files.size(file);
      } catch (IOException e) {
        return -1;
      }
    }

    @Override
    public boolean isReplayable() {
      return true;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      Files.copy(file, out);
    }
  }

  private static final class StreamBody extends RequestBody {
    private final InputStream in;
    private final long length;
    private final String contentType;
    private final AtomicBoolean used = new AtomicBoolean();

    StreamBody(InputStream in, long length, String contentType) {
      this.in = in;
      this.length = length;
      this.contentType = contentType;
    }

    @Override
    public String contentType() {
      return contentType;
    }

    @Override
    public long contentLength() {
      return length;
    }

    @Override
    public boolean isReplayable() {
      return false;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      if (!used.compareAndSet(false, true)) {
        throw new IllegalStateException(
            "this request body is an InputStream and was already sent; it cannot be sent again");
      }
      try (InputStream source = in) {
        source.transferTo(out);
      }
    }
  }
}
