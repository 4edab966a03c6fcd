package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

/**
 * Kept only until the generator emits {@link AsyncPage#of} with a {@link PageNumberStrategy};
 * removed after.
 */
public final class AsyncPageNumberPage {
  private AsyncPageNumberPage() {}

  /**
   * {@code AsyncPage.of(items, PageNumberStrategy.of(info, requestedPage, requestedPerPage),
   * fetch)}.
   *
   * @param items the items of this page
   * @param info the pagination information
   * @param requestedPage see {@link PageNumberStrategy#of}
   * @param requestedPerPage see {@link PageNumberStrategy#of}
   * @param fetchPage fetches a page
   * @param <T> the item type
   * @return the page
   */
  public static <T> AsyncPage<T> of(
      List<T> items,
      PaginationInfo info,
      long requestedPage,
      Long requestedPerPage,
      LongFunction<CompletableFuture<AsyncPage<T>>> fetchPage) {
    return AsyncPage.of(
        items, PageNumberStrategy.of(info, requestedPage, requestedPerPage), fetchPage::apply);
  }
}
