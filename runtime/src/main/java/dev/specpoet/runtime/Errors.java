package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.errors.ApiError;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import dev.specpoet.runtime.json.Json;
import java.util.List;
import java.util.stream.Collectors;

/** Builds the runtime's exceptions and their messages (credentials scrubbed). */
final class Errors {
  private static final int SNIPPET = 200;

  /** How much of a body is redacted for a snippet: enough for 200 characters after blanks fold. */
  private static final int SNIPPET_WINDOW = 4096;

  private Errors() {}

  static String where(String operationId, String method, String pathTemplate) {
    return operationId + " (" + method + " " + pathTemplate + ")";
  }

  /**
   * The exception for an error status. Its message, body and errors never show the client's
   * credentials (a server may echo them); a body quoted in the message also has its secret JSON
   * members masked ({@link Redactor#body}).
   */
  static ApiStatusException status(ResponseContext ctx) {
    return status(ctx, ErrorBodies.NONE);
  }

  /**
   * Like {@link #status(ResponseContext)}, with the body parsed into the type the operation
   * declares for the status (from the scrubbed body, like {@link ApiStatusException#body()}).
   */
  static ApiStatusException status(ResponseContext ctx, ErrorBodies errorBodies) {
    Redactor redactor = ctx.redactor();
    List<ApiError> errors = scrub(ApiError.listFrom(tryParse(ctx.body())), redactor);
    String message =
        ctx.statusCode()
            + " "
            + reason(ctx.statusCode())
            + " from "
            + where(ctx.operationId(), ctx.method(), ctx.pathTemplate())
            + ": "
            + detail(errors, ctx.body(), redactor);
    String body = redactor.scrub(ctx.bodyString());
    return ApiStatusException.forStatus(
        redactor.scrub(message),
        ctx.operationId(),
        ctx.statusCode(),
        ctx.headers(),
        body,
        errors,
        errorBodies.read(ctx.statusCode(), ctx.header("Content-Type"), body));
  }

  static UnsuccessfulResponseException unsuccessful(ResponseContext ctx, JsonNode tree) {
    Redactor redactor = ctx.redactor();
    List<ApiError> errors = scrub(ApiError.listFrom(tree), redactor);
    String message =
        ctx.statusCode()
            + " "
            + reason(ctx.statusCode())
            + " with \"success\": false"
            + " from "
            + where(ctx.operationId(), ctx.method(), ctx.pathTemplate())
            + ": "
            + detail(errors, ctx.body(), redactor);
    return new UnsuccessfulResponseException(
        redactor.scrub(message),
        ctx.operationId(),
        ctx.statusCode(),
        ctx.headers(),
        redactor.scrub(ctx.bodyString()),
        errors);
  }

  static ResponseParseException parse(ResponseContext ctx, String problem, Throwable cause) {
    Redactor redactor = ctx.redactor();
    String message =
        "Could not read the "
            + ctx.statusCode()
            + " "
            + reason(ctx.statusCode())
            + " response of "
            + where(ctx.operationId(), ctx.method(), ctx.pathTemplate())
            + ": "
            + problem
            + (isBlank(ctx.body())
                ? ""
                : "; the body starts with: " + snippet(redactor.body(ctx.body(), SNIPPET_WINDOW)));
    return new ResponseParseException(
        redactor.scrub(message), ctx.operationId(), ctx.statusCode(), redacted(cause, redactor));
  }

  /**
   * The cause to attach to an exception: {@code cause} itself, or, when a message in its chain
   * would show a credential (a parser quoting the offending value, say), a stand-in with the same
   * stack trace whose messages are scrubbed and that names the original class.
   */
  static Throwable redacted(Throwable cause, Redactor redactor) {
    if (cause == null || !leaks(cause, redactor, 0)) {
      return cause;
    }
    return new RedactedCause(cause, redactor, 0);
  }

  private static boolean leaks(Throwable t, Redactor redactor, int depth) {
    if (t == null || depth > 20) {
      return false;
    }
    String m = t.getMessage();
    return m != null && !m.equals(redactor.scrub(m)) || leaks(t.getCause(), redactor, depth + 1);
  }

  /** Stands in for an exception whose message showed a credential. */
  static final class RedactedCause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedactedCause(Throwable original, Redactor redactor, int depth) {
      super(
          original.getClass().getName()
              + (original.getMessage() == null ? "" : ": " + redactor.scrub(original.getMessage())),
          original.getCause() == null || depth > 20
              ? null
              : new RedactedCause(original.getCause(), redactor, depth + 1));
      setStackTrace(original.getStackTrace());
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private static List<ApiError> scrub(List<ApiError> errors, Redactor redactor) {
    return errors.stream()
        .map(e -> new ApiError(e.code(), redactor.scrub(e.message())))
        .collect(Collectors.toUnmodifiableList());
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  static String problem(Throwable e) {
    if (e instanceof JsonProcessingException) {
      JsonProcessingException j = (JsonProcessingException) e;
      String msg = j.getOriginalMessage();
      String path = "";
      if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
        String p = ((com.fasterxml.jackson.databind.JsonMappingException) e).getPathReference();
        path = p == null || p.isEmpty() ? "" : " (at " + p + ")";
      }
      return "invalid JSON or unexpected shape: " + firstLine(msg) + path;
    }
    return e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static JsonNode tryParse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return Json.mapper().readTree(body);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  private static String detail(List<ApiError> errors, byte[] body, Redactor redactor) {
    if (!errors.isEmpty()) {
      return errors.stream().map(ApiError::toString).collect(Collectors.joining("; "));
    }
    return isBlank(body) ? "(empty body)" : snippet(redactor.body(body, SNIPPET_WINDOW));
  }

  static String snippet(String text) {
    String collapsed = text.strip().replaceAll("\\s+", " ");
    return collapsed.length() <= SNIPPET ? collapsed : collapsed.substring(0, SNIPPET) + "...";
  }

  static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 202:
        return "Accepted";
      case 204:
        return "No Content";
      case 301:
        return "Moved Permanently";
      case 302:
        return "Found";
      case 304:
        return "Not Modified";
      case 307:
        return "Temporary Redirect";
      case 308:
        return "Permanent Redirect";
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 406:
        return "Not Acceptable";
      case 408:
        return "Request Timeout";
      case 409:
        return "Conflict";
      case 410:
        return "Gone";
      case 413:
        return "Payload Too Large";
      case 415:
        return "Unsupported Media Type";
      case 422:
        return "Unprocessable Entity";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 501:
        return "Not Implemented";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "Status";
    }
  }
}
