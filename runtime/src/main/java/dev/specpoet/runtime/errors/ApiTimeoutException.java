package dev.specpoet.runtime.errors;

/**
 * The call timed out: a connect, read or write timeout after the retries the client allows, or the
 * whole-call timeout (which is never retried).
 */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which timeout expired, naming the operation
   * @param operationId the operation that failed
   * @param cause the underlying failure, may be {@code null}
   */
  public ApiTimeoutException(String message, String operationId, Throwable cause) {
    super(message, operationId, cause);
  }
}
