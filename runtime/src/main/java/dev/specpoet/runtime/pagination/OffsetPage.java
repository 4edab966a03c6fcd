package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Kept only until the generator emits {@link Page#of} with a {@link OffsetStrategy}; removed after.
 */
public final class OffsetPage {
  private OffsetPage() {}

  /**
   * {@code Page.of(items, OffsetStrategy.of(info, requestedOffset, requestedLimit), fetch)}.
   *
   * @param items the items of this page
   * @param info the pagination information
   * @param requestedOffset see {@link OffsetStrategy#of}
   * @param requestedLimit see {@link OffsetStrategy#of}
   * @param fetchPage fetches a page
   * @param <T> the item type
   * @return the page
   */
  public static <T> Page<T> of(
      List<T> items,
      PaginationInfo info,
      long requestedOffset,
      Long requestedLimit,
      LongFunction<Page<T>> fetchPage) {
    return Page.of(
        items, OffsetStrategy.of(info, requestedOffset, requestedLimit), fetchPage::apply);
  }
}
