package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * A page of a cursor list call. There is a next page when this page has items, the response gave a
 * next cursor, and {@code has_more} is not {@code false}.
 *
 * @param <T> the item type
 */
public final class CursorPage<T> implements Page<T> {
  private final List<T> items;
  private final String nextCursor;
  private final Boolean hasMore;
  private final Function<String, Page<T>> fetchPage;

  private CursorPage(
      List<T> items, String nextCursor, Boolean hasMore, Function<String, Page<T>> fetchPage) {
    this.items = items;
    this.nextCursor = nextCursor;
    this.hasMore = hasMore;
    this.fetchPage = fetchPage;
  }

  /**
   * Creates a page from the response's pagination information.
   *
   * @param items the items of this page ({@code null}: none)
   * @param info the pagination information ({@code null}: none); its {@code nextCursor} and {@code
   *     hasMore} are used
   * @param fetchPage fetches the page that starts at a cursor
   * @param <T> the item type
   * @return the page
   */
  public static <T> CursorPage<T> of(
      List<T> items, PaginationInfo info, Function<String, Page<T>> fetchPage) {
    PaginationInfo i = info == null ? PaginationInfo.empty() : info;
    return of(items, i.nextCursor(), i.hasMore(), fetchPage);
  }

  /**
   * Creates a page from a cursor read elsewhere in the response.
   *
   * @param items the items of this page ({@code null}: none)
   * @param nextCursor the cursor of the next page, {@code null} when none
   * @param hasMore the server's {@code has_more}, {@code null} when not given
   * @param fetchPage fetches the page that starts at a cursor
   * @param <T> the item type
   * @return the page
   */
  public static <T> CursorPage<T> of(
      List<T> items, String nextCursor, Boolean hasMore, Function<String, Page<T>> fetchPage) {
    return new CursorPage<>(
        items == null ? List.of() : List.copyOf(items),
        nextCursor,
        hasMore,
        Objects.requireNonNull(fetchPage, "fetchPage"));
  }

  @Override
  public List<T> items() {
    return items;
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
  public boolean hasNextPage() {
    return StopRules.cursorHasNext(items.size(), nextCursor, hasMore);
  }

  @Override
  public Page<T> nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("this is the last page (no next cursor)");
    }
    return fetchPage.apply(nextCursor);
  }

  @Override
  public String toString() {
    return "CursorPage{items="
        + items.size()
        + ", nextCursor="
        + nextCursor
        + ", hasMore="
        + hasMore
        + "}";
  }
}
