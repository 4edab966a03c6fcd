package dev.specpoet.runtime.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@code multipart/form-data} body (RFC 7578): named parts, each a text value, a JSON document or
 * a file with its file name and media type. Part contents are written as they are sent (files are
 * read then, streams copied), never buffered whole. Replayable when every part is.
 */
public final class MultipartBody extends RequestBody {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] DASHES = {'-', '-'};

  private final String boundary;
  private final List<Part> parts;

  /**
   * One part.
   *
   * @param name the form field name
   * @param filename the file name sent in {@code Content-Disposition}, or {@code null} for a field
   * @param content the part's content and media type
   */
  public record Part(String name, String filename, RequestBody content) {
    public Part {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
    }
  }

  private MultipartBody(String boundary, List<Part> parts) {
    this.boundary = boundary;
    this.parts = List.copyOf(parts);
  }

  /**
   * Starts a body with a random boundary.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The boundary between parts.
   *
   * @return the boundary
   */
  public String boundary() {
    return boundary;
  }

  /**
   * The parts in the order they are sent.
   *
   * @return an unmodifiable list
   */
  public List<Part> parts() {
    return parts;
  }

  @Override
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  @Override
  public long contentLength() {
    long total = 0;
    for (Part part : parts) {
      long length = part.content().contentLength();
      if (length < 0) {
        return -1;
      }
      total += DASHES.length + ascii(boundary).length + CRLF.length;
      total += header(part).length + length + CRLF.length;
    }
    return total + DASHES.length + ascii(boundary).length + DASHES.length + CRLF.length;
  }

  @Override
  public boolean isReplayable() {
    return parts.stream().allMatch(p -> p.content().isReplayable());
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    byte[] b = ascii(boundary);
    for (Part part : parts) {
      out.write(DASHES);
      out.write(b);
      out.write(CRLF);
      out.write(header(part));
      part.content().writeTo(out);
      out.write(CRLF);
    }
    out.write(DASHES);
    out.write(b);
    out.write(DASHES);
    out.write(CRLF);
  }

  private static byte[] header(Part part) {
    StringBuilder h =
        new StringBuilder("Content-Disposition: form-data; name=\"")
            .append(quote(part.name()))
            .append('"');
    if (part.filename() != null) {
      h.append("; filename=\"").append(quote(part.filename())).append('"');
    }
    h.append("\r\n");
    if (part.content().contentType() != null) {
      h.append("Content-Type: ").append(part.content().contentType()).append("\r\n");
    }
    h.append("\r\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Escapes a quoted header parameter as browsers do (RFC 7578 section 4.2). */
  private static String quote(String value) {
    return value
        .replace("\\", "\\\\")
        .replace("\"", "%22")
        .replace("\r", "%0D")
        .replace("\n", "%0A");
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Builds a {@link MultipartBody}; not thread-safe. */
  public static final class Builder {
    private final List<Part> parts = new ArrayList<>();
    private String boundary;

    private Builder() {
      byte[] random = new byte[16];
      RANDOM.nextBytes(random);
      StringBuilder s = new StringBuilder("specpoet-");
      for (byte x : random) {
        s.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
      }
      this.boundary = s.toString();
    }

    /**
     * Uses a fixed boundary (tests); it must not occur in any part.
     *
     * @param boundary the boundary
     * @return this builder
     */
    public Builder boundary(String boundary) {
      this.boundary = Objects.requireNonNull(boundary, "boundary");
      return this;
    }

    /**
     * Adds a text field sent as UTF-8 {@code text/plain}.
     *
     * @param name the field name
     * @param value the text
     * @return this builder
     */
    public Builder addField(String name, String value) {
      return addPart(
          new Part(
              name,
              null,
              RequestBody.of(value.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8")));
    }

    /**
     * Adds a part.
     *
     * @param part the part
     * @return this builder
     */
    public Builder addPart(Part part) {
      parts.add(Objects.requireNonNull(part, "part"));
      return this;
    }

    /**
     * Whether no part was added.
     *
     * @return {@code true} when empty
     */
    public boolean isEmpty() {
      return parts.isEmpty();
    }

    /**
     * Builds the body.
     *
     * @return the body
     */
    public MultipartBody build() {
      return new MultipartBody(boundary, parts);
    }
  }
}
