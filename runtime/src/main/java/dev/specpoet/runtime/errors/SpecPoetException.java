package dev.specpoet.runtime.errors;

/**
 * Base class of every exception the SpecPoet runtime throws. All of them are unchecked, and none of
 * their messages ever contains a credential.
 */
public class SpecPoetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, naming the operation
   */
  public SpecPoetException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what went wrong, naming the operation
   * @param cause the underlying failure
   */
  public SpecPoetException(String message, Throwable cause) {
    super(message, cause);
  }
}
