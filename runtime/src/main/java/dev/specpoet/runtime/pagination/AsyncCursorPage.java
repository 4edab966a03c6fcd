package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Kept only until the generator emits {@link AsyncPage#of} with a {@link CursorStrategy}; removed
 * after.
 */
public final class AsyncCursorPage {
  private AsyncCursorPage() {}

  /**
   * {@code AsyncPage.of(items, CursorStrategy.of(nextCursor, hasMore), fetch)}.
   *
   * @param items the items of this page
   * @param nextCursor see {@link CursorStrategy#of}
   * @param hasMore see {@link CursorStrategy#of}
   * @param fetchPage fetches a page
   * @param <T> the item type
   * @return the page
   */
  public static <T> AsyncPage<T> of(
      List<T> items,
      String nextCursor,
      Boolean hasMore,
      Function<String, CompletableFuture<AsyncPage<T>>> fetchPage) {
    return AsyncPage.of(items, CursorStrategy.of(nextCursor, hasMore), fetchPage);
  }

  /**
   * {@code AsyncPage.of(items, CursorStrategy.of(info), fetch)}.
   *
   * @param items the items of this page
   * @param info the pagination information
   * @param fetchPage fetches a page
   * @param <T> the item type
   * @return the page
   */
  public static <T> AsyncPage<T> of(
      List<T> items,
      PaginationInfo info,
      Function<String, CompletableFuture<AsyncPage<T>>> fetchPage) {
    return AsyncPage.of(items, CursorStrategy.of(info), fetchPage);
  }
}
