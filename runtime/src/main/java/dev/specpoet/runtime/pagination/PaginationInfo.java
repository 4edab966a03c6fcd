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

  /**
   * Reads the stop signals from wherever a response body holds them.
   *
   * @param body the response body ({@code null}: nothing)
   * @param totalCount the JSON pointer of the total item count ({@code /meta/total}), or {@code
   *     null}
   * @param totalPages the JSON pointer of the number of pages, or {@code null}
   * @param hasMore the JSON pointer of a {@code has_more} flag, or {@code null}
   * @return the information; what is absent or unreadable is {@code null}
   */
  public static PaginationInfo at(
      JsonNode body, String totalCount, String totalPages, String hasMore) {
    if (body == null) {
      return EMPTY;
    }
    return new PaginationInfo(
        null,
        null,
        null,
        totalCount == null ? null : number(body.at(totalCount)),
        totalPages == null ? null : number(body.at(totalPages)),
        hasMore == null ? null : bool(body.at(hasMore)),
        null);
  }

  private static Long number(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
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
    if (node == null || node.isNull() || node.isMissingNode()) {
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
