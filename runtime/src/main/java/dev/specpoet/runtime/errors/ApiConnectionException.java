package dev.specpoet.runtime.errors;

/**
 * The call failed without an HTTP response (connection refused or reset, DNS failure, an
 * interrupted wait ...), after the retries the client allows.
 */
public class ApiConnectionException extends SpecPoetException {
  private static final long serialVersionUID = 1L;

  /** The operation that failed. */
  private final String operationId;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the operation
   * @param operationId the operation that failed
   * @param cause the underlying I/O failure, may be {@code null}
   */
  public ApiConnectionException(String message, String operationId, Throwable cause) {
    super(message, cause);
    this.operationId = operationId;
  }

  /**
   * The operation that failed.
   *
   * @return the operation id
   */
  public String operationId() {
    return operationId;
  }
}
