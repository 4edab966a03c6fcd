package dev.specpoet.generator.model;

/** How a body of a media type goes over the wire, which decides its Java shape. */
public enum MediaKind {
  /** {@code application/json}, {@code *+json}, {@code *}{@code /*}: read and written by Jackson. */
  JSON,
  /** {@code application/x-www-form-urlencoded}: fields written like query parameters. */
  FORM,
  /** {@code multipart/form-data}: a part per property, files among them. */
  MULTIPART,
  /** {@code text/event-stream}: server-sent events. */
  EVENTS,
  /** {@code text/*}, XML, NDJSON, YAML ...: a {@code String}. */
  TEXT,
  /** Everything else (images, PDFs, octet-stream, archives ...): a stream of bytes. */
  BINARY,
  /** No body. */
  NONE
}
