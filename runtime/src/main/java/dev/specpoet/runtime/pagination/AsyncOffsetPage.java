package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

/**
 * Kept only until the generator emits {@link AsyncPage#of} with a {@link OffsetStrategy}; removed
 * after.
 */
public final class AsyncOffsetPage {
  private AsyncOffsetPage() {}

  /**
   * {@code AsyncPage.of(items, OffsetStrategy.of(info, requestedOffset, requestedLimit), fetch)}.
   *
   * @param items the items of this page
   * @param info the pagination information
   * @param requestedOffset see {@link OffsetStrategy#of}
   * @param requestedLimit see {@link OffsetStrategy#of}
   * @param fetchPage fetches a page
   * @param <T> the item type
   * @return the page
   */
  public static <T> AsyncPage<T> of(
      List<T> items,
      PaginationInfo info,
      long requestedOffset,
      Long requestedLimit,
      LongFunction<CompletableFuture<AsyncPage<T>>> fetchPage) {
    return AsyncPage.of(
        items, OffsetStrategy.of(info, requestedOffset, requestedLimit), fetchPage::apply);
  }
}
