package dev.specpoet.runtime.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What a list call's response handler keeps for its page: the items, read from wherever the
 * response holds them (the whole body, or a property of it), the whole body (for the strategy's
 * stop signals, cursors and next links) and the headers (for a {@code Link} header).
 *
 * @param items the items, never {@code null}
 * @param body the whole parsed body
 * @param headers the response headers; look-ups ignore case
 * @param <T> the item type
 */
public record ListResponse<T>(List<T> items, JsonNode body, Map<String, List<String>> headers) {
  /**
   * A response; {@code null} items count as none.
   *
   * @param items the items
   * @param body the body
   * @param headers the headers
   */
  public ListResponse {
    items = items == null ? List.of() : items;
    headers = headers == null ? Map.of() : headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the value, or {@code null}
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The text at a JSON pointer of the body ({@code /meta/next_cursor}).
   *
   * @param pointer the JSON pointer
   * @return the text, or {@code null} when absent, {@code null}, empty or not a scalar
   */
  public String text(String pointer) {
    JsonNode node = body == null ? null : body.at(pointer);
    if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String t = node.asText();
    return t.isEmpty() ? null : t;
  }
}
