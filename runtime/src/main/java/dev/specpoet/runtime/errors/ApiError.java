package dev.specpoet.runtime.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the {@code errors} array of a Cloudflare-style response body ({@code
 * {"errors":[{"code":7003,"message":"No route for that URI"}]}}).
 *
 * @param code the API's error code, or {@code null} when the body gave none
 * @param message the API's message, or {@code null} when the body gave none
 */
public record ApiError(Integer code, String message) {

  /**
   * Reads the errors out of a parsed response body. Tolerates every shape: an {@code errors} array
   * of objects (codes as numbers or numeric strings), of plain strings, or a single {@code error} /
   * {@code message} text. Anything else gives an empty list.
   *
   * @param body the parsed body; may be {@code null}
   * @return the errors found, never {@code null}
   */
  public static List<ApiError> listFrom(JsonNode body) {
    List<ApiError> result = new ArrayList<>();
    if (body == null || !body.isObject()) {
      return List.of();
    }
    JsonNode errors = body.get("errors");
    if (errors != null && errors.isArray()) {
      for (JsonNode item : errors) {
        if (item.isObject()) {
          Integer code = codeOf(item.get("code"));
          JsonNode message = item.get("message");
          String text = message == null || message.isNull() ? null : message.asText();
          if (code != null || text != null) {
            result.add(new ApiError(code, text));
          }
        } else if (item.isTextual()) {
          result.add(new ApiError(null, item.asText()));
        }
      }
    } else {
      JsonNode single = body.get("error");
      if (single != null && single.isTextual()) {
        result.add(new ApiError(null, single.asText()));
      } else if (single != null && single.isObject()) {
        JsonNode message = single.get("message");
        result.add(
            new ApiError(
                codeOf(single.get("code")),
                message == null || message.isNull() ? null : message.asText()));
      } else {
        JsonNode message = body.get("message");
        if (message != null && message.isTextual()) {
          result.add(new ApiError(null, message.asText()));
        }
      }
    }
    return List.copyOf(result);
  }

  private static Integer codeOf(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.canConvertToInt() && node.isIntegralNumber()) {
      return node.intValue();
    }
    if (node.isTextual()) {
      try {
        return Integer.valueOf(node.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** Renders the error as {@code [code] message}, leaving out what is absent. */
  @Override
  public String toString() {
    if (code == null) {
      return message == null ? "" : message;
    }
    return message == null ? "[" + code + "]" : "[" + code + "] " + message;
  }
}
