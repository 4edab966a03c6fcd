package dev.specpoet.runtime;

import java.io.IOException;

/**
 * Turns a successful (2xx) response into the value a call returns. Error statuses never reach a
 * handler: the client turns them into {@link dev.specpoet.runtime.errors.ApiStatusException}s
 * first. An {@link IOException} (a Jackson parse error, say) or an unexpected runtime exception
 * thrown here becomes a {@link dev.specpoet.runtime.errors.ResponseParseException} naming the
 * operation. See {@link ResponseHandlers} for the usual ones.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ResponseHandler<T> {

  /**
   * Reads the response.
   *
   * @param response the 2xx response
   * @return the value
   * @throws IOException when the body cannot be read as expected
   */
  T handle(ResponseContext response) throws IOException;

  /**
   * Whether this handler reads the body as it arrives ({@link ResponseContext#bodyStream()}):
   * downloads and event streams. The call then goes through the transport's streaming path, and the
   * value returned owns the connection until it is closed. JSON handlers read whole bodies.
   *
   * @return {@code false} unless overridden
   */
  default boolean streams() {
    return false;
  }

  /**
   * The types the operation declares for its error bodies, which the client parses for the
   * exception.
   *
   * @return {@link ErrorBodies#NONE} unless set with {@link #withErrors}
   */
  default ErrorBodies errorBodies() {
    return ErrorBodies.NONE;
  }

  /**
   * This handler with the operation's error body types.
   *
   * @param errors the error bodies
   * @return a handler that reads 2xx responses as this one does
   */
  default ResponseHandler<T> withErrors(ErrorBodies errors) {
    ResponseHandler<T> self = this;
    return new ResponseHandler<T>() {
      @Override
      public T handle(ResponseContext response) throws IOException {
        return self.handle(response);
      }

      @Override
      public boolean streams() {
        return self.streams();
      }

      @Override
      public ErrorBodies errorBodies() {
        return errors;
      }
    };
  }
}
