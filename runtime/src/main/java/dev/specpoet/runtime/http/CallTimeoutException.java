package dev.specpoet.runtime.http;

import java.io.InterruptedIOException;

/**
 * Thrown by a {@link HttpTransport} when the whole-call timeout of a request expired. Unlike a read
 * or connect timeout it is not retried: the time the caller allowed for the call is spent.
 */
public final class CallTimeoutException extends InterruptedIOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which request timed out
   * @param cause the underlying failure, may be {@code null}
   */
  public CallTimeoutException(String message, Throwable cause) {
    super(message);
    if (cause != null) {
      initCause(cause);
    }
  }
}
