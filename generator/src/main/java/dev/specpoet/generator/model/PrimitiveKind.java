package dev.specpoet.generator.model;

/** Scalar kinds; the names stage maps each to one Java type. */
public enum PrimitiveKind {
  STRING,
  /** integer, format int32 (mapped to {@code Integer}). */
  INT32,
  /** integer, format int64 or no format (mapped to {@code Long}: one integer type for users). */
  INT64,
  /** number (double). */
  NUMBER,
  BOOLEAN,
  /** string, format date. */
  DATE,
  /** string, format date-time. */
  DATE_TIME,
  /** string, format uuid. */
  UUID,
  /** string, format uri. */
  URI,
  /** string, format byte or binary. */
  BYTES,
  /**
   * A file sent as a multipart part or as a whole binary request body ({@code format: binary} in
   * those places; the runtime's {@code Upload}).
   */
  FILE
}
