package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.function.Function;

/**
 * Kept only until the generator emits {@link Page#of} with a {@link CursorStrategy}; removed after.
 */
public final class CursorPage {
  private CursorPage() {}

  /**
   * {@code Page.of(items, CursorStrategy.of(nextCursor, hasMore), fetch)}.
   *
   * @param items the items of this page
   * @param nextCursor see {@link CursorStrategy#of}
   * @param hasMore see {@link CursorStrategy#of}
   * @param fetchPage fetches a page
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(
      List<T> items, String nextCursor, Boolean hasMore, Function<String, Page<T>> fetchPage) {
    return Page.of(items, CursorStrategy.of(nextCursor, hasMore), fetchPage);
  }

  /**
   * {@code Page.of(items, CursorStrategy.of(info), fetch)}.
   *
   * @param items the items of this page
   * @param info the pagination information
   * @param fetchPage fetches a page
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(
      List<T> items, PaginationInfo info, Function<String, Page<T>> fetchPage) {
    return Page.of(items, CursorStrategy.of(info), fetchPage);
  }
}
