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
}
