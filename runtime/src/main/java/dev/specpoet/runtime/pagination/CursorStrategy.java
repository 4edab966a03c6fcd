package dev.specpoet.runtime.pagination;

import java.util.List;

/**
 * Cursor pagination: the response names the cursor of the next page. There is a next page when this
 * page has items, the response gave a next cursor, and {@code has_more} is not {@code false}.
 */
public final class CursorStrategy implements NextPageStrategy<String> {
  private final String nextCursor;
  private final Boolean hasMore;

  private CursorStrategy(String nextCursor, Boolean hasMore) {
    this.nextCursor = nextCursor;
    this.hasMore = hasMore;
  }

  /**
   * The strategy for a response whose pagination information holds the cursor.
   *
   * @param info the pagination information ({@code null}: none); its {@code nextCursor} and {@code
   *     hasMore} are used
   * @return the strategy
   */
  public static CursorStrategy of(PaginationInfo info) {
    PaginationInfo i = info == null ? PaginationInfo.empty() : info;
    return new CursorStrategy(i.nextCursor(), i.hasMore());
  }

  /**
   * The strategy for a cursor read elsewhere in the response.
   *
   * @param nextCursor the cursor of the next page, {@code null} when none
   * @param hasMore the server's {@code has_more}, {@code null} when not given
   * @return the strategy
   */
  public static CursorStrategy of(String nextCursor, Boolean hasMore) {
    return new CursorStrategy(nextCursor, hasMore);
  }

  /**
   * The cursor of the next page.
   *
   * @return the cursor, or {@code null}
   */
  public String nextCursor() {
    return nextCursor;
  }

  @Override
  public boolean hasNext(List<?> items) {
    return StopRules.cursorHasNext(items.size(), nextCursor, hasMore);
  }

  @Override
  public String next(List<?> items) {
    return nextCursor;
  }

  @Override
  public String lastPageMessage() {
    return "this is the last page (no next cursor)";
  }

  @Override
  public String toString() {
    return "CursorStrategy{nextCursor=" + nextCursor + ", hasMore=" + hasMore + "}";
  }
}
