package dev.specpoet.runtime.pagination;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a list response says about pagination (Cloudflare's {@code result_info}). Every part is
 * {@code null} when the response did not give it.
 *
 * @param page the number of this page (1-based)
 * @param perPage the page size
 * @param count the number of items on this page
 * @param totalCount the number of items on all pages
 * @param totalPages the number of pages
 * @param hasMore whether more items follow
 * @param nextCursor the cursor of the next page
 */
public record PaginationInfo(
    Long page,
    Long perPage,
    Long count,
    Long totalCount,
    Long totalPages,
    Boolean hasMore,
    String nextCursor) {

  private static final PaginationInfo EMPTY =
      new PaginationInfo(null, null, null, null, null, null, null);

  /**
   * Information that knows nothing.
   *
   * @return the empty information
   */
  public static PaginationInfo empty() {
    return EMPTY;
  }

  /**
   * Reads {@code page}, {@code per_page}, {@code count}, {@code total_count}, {@code total_pages},
   * {@code has_more} and {@code next_cursor} (else {@code cursor}). Numbers may be JSON numbers or
   * numeric strings; anything unreadable counts as absent.
   *
   * @param resultInfo the {@code result_info} object; {@code null} or a missing node gives {@link
   *     #empty()}
   * @return the information
   */
  public static PaginationInfo fromJson(JsonNode resultInfo) {
    if (resultInfo == null || !resultInfo.isObject()) {
      return EMPTY;
    }
    String cursor = text(resultInfo.get("next_cursor"));
    if (cursor == null) {
      cursor = text(resultInfo.get("cursor"));
    }
    return new PaginationInfo(
        number(resultInfo.get("page")),
        number(resultInfo.get("per_page")),
        number(resultInfo.get("count")),
        number(resultInfo.get("total_count")),
        number(resultInfo.get("total_pages")),
        bool(resultInfo.get("has_more")),
        cursor);
  }

  private static Long number(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return (long) node.doubleValue();
    }
    if (node.isTextual()) {
      try {
        return Long.valueOf(node.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Boolean bool(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      String t = node.asText().trim();
      if (t.equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (t.equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String t = node.asText();
    return t.isEmpty() ? null : t;
  }
}
