package dev.specpoet.runtime.errors;

/**
 * A successful response whose body could not be read as the expected type: malformed or truncated
 * JSON, an empty body where JSON was expected, a value of the wrong shape. The message names the
 * operation, the status, the problem and the start of the body.
 */
public class ResponseParseException extends SpecPoetException {
  private static final long serialVersionUID = 1L;

  /** The operation that failed. */
  private final String operationId;

  /** The HTTP status. */
  private final int statusCode;

  /**
   * Creates the exception.
   *
   * @param message the complete message
   * @param operationId the operation whose response failed to parse
   * @param statusCode the HTTP status of that response
   * @param cause the parser's exception, may be {@code null}
   */
  public ResponseParseException(
      String message, String operationId, int statusCode, Throwable cause) {
    super(message, cause);
    this.operationId = operationId;
    this.statusCode = statusCode;
  }

  /**
   * The operation whose response failed to parse.
   *
   * @return the operation id
   */
  public String operationId() {
    return operationId;
  }

  /**
   * The HTTP status of the response.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }
}
