package dev.specpoet.runtime.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Cursor pagination by item: the next page starts after this page's last item, whose id is the
 * cursor ({@code starting_after}, {@code after}, {@code since}). There is no next page when this
 * page is empty; when {@code has_more} is {@code false}; when the last item has no id; and, when
 * the server gives no {@code has_more}, when the page is shorter than the limit.
 */
public final class ItemCursorStrategy implements NextPageStrategy<String> {
  private final String lastId;
  private final Boolean hasMore;
  private final Long limit;

  private ItemCursorStrategy(String lastId, Boolean hasMore, Long limit) {
    this.lastId = lastId;
    this.hasMore = hasMore;
    this.limit = limit;
  }

  /**
   * The strategy for one response.
   *
   * @param items the JSON array of this page's items ({@code null} or not an array: none)
   * @param idProperty the property of an item that holds its id ({@code id})
   * @param hasMore the server's {@code has_more}, {@code null} when not given
   * @param limit the page size asked for, {@code null} when none was sent
   * @return the strategy
   */
  public static ItemCursorStrategy of(
      JsonNode items, String idProperty, Boolean hasMore, Long limit) {
    String id = null;
    if (items != null && items.isArray() && !items.isEmpty()) {
      JsonNode value = items.get(items.size() - 1).get(idProperty);
      if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isEmpty()) {
        id = value.asText();
      }
    }
    return new ItemCursorStrategy(id, hasMore, limit != null && limit > 0 ? limit : null);
  }

  @Override
  public boolean hasNext(List<?> items) {
    if (items.isEmpty() || lastId == null || Boolean.FALSE.equals(hasMore)) {
      return false;
    }
    return hasMore != null || limit == null || items.size() >= limit;
  }

  @Override
  public String next(List<?> items) {
    return lastId;
  }

  @Override
  public String lastPageMessage() {
    return "this is the last page (has_more is not true)";
  }

  @Override
  public String toString() {
    return "ItemCursorStrategy{lastId=" + lastId + ", hasMore=" + hasMore + "}";
  }
}
