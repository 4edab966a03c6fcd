package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.errors.ApiError;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import dev.specpoet.runtime.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the runtime's exceptions and their messages (credentials scrubbed). */
final class Errors {
  private static final int SNIPPET = 200;

  private Errors() {}

  static String where(String operationId, String method, String pathTemplate) {
    return operationId + " (" + method + " " + pathTemplate + ")";
  }

  static ApiStatusException status(String operationId, String method, String pathTemplate,
      int statusCode, Map<String, List<String>> headers, byte[] body, Redactor redactor) {
    String text = new String(body, StandardCharsets.UTF_8);
    List<ApiError> errors = ApiError.listFrom(tryParse(body));
    String message = statusCode + " " + reason(statusCode) + " from "
        + where(operationId, method, pathTemplate) + ": " + detail(errors, text);
    return ApiStatusException.forStatus(redactor.scrub(message), operationId, statusCode, headers,
        text, errors);
  }

  static UnsuccessfulResponseException unsuccessful(ResponseContext ctx, JsonNode tree) {
    String text = ctx.bodyString();
    List<ApiError> errors = ApiError.listFrom(tree);
    String message = ctx.statusCode() + " " + reason(ctx.statusCode()) + " with \"success\": false"
        + " from " + where(ctx.operationId(), ctx.method(), ctx.pathTemplate()) + ": "
        + detail(errors, text);
    return new UnsuccessfulResponseException(ctx.redactor().scrub(message), ctx.operationId(),
        ctx.statusCode(), ctx.headers(), text, errors);
  }

  static ResponseParseException parse(ResponseContext ctx, String problem, Throwable cause) {
    String text = ctx.bodyString();
    String message = "Could not read the " + ctx.statusCode() + " " + reason(ctx.statusCode())
        + " response of " + where(ctx.operationId(), ctx.method(), ctx.pathTemplate()) + ": "
        + problem + (text.isBlank() ? "" : "; the body starts with: " + snippet(text));
    return new ResponseParseException(ctx.redactor().scrub(message), ctx.operationId(),
        ctx.statusCode(), cause);
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
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
        + firstLine(e.getMessage()));
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

  private static String detail(List<ApiError> errors, String text) {
    if (!errors.isEmpty()) {
      return errors.stream().map(ApiError::toString).collect(Collectors.joining("; "));
    }
    return text.isBlank() ? "(empty body)" : snippet(text);
  }

  static String snippet(String text) {
    String collapsed = text.strip().replaceAll("\\s+", " ");
    return collapsed.length() <= SNIPPET ? collapsed : collapsed.substring(0, SNIPPET) + "...";
  }

  static String reason(int status) {
    switch (status) {
      case 200: return "OK";
      case 201: return "Created";
      case 202: return "Accepted";
      case 204: return "No Content";
      case 301: return "Moved Permanently";
      case 302: return "Found";
      case 304: return "Not Modified";
      case 307: return "Temporary Redirect";
      case 308: return "Permanent Redirect";
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 406: return "Not Acceptable";
      case 408: return "Request Timeout";
      case 409: return "Conflict";
      case 410: return "Gone";
      case 413: return "Payload Too Large";
      case 415: return "Unsupported Media Type";
      case 422: return "Unprocessable Entity";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 501: return "Not Implemented";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return "Status";
    }
  }
}
