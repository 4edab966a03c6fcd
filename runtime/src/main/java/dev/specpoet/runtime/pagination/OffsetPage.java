package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A page of an offset list call ({@code offset}/{@code limit} in). There is no next page when this
 * page is empty; when {@code total_count} is known and reached; when {@code has_more} is {@code
 * false}; and, when the server says none of these, when the page is shorter than the limit. The
 * next offset is this offset plus the number of items on this page.
 *
 * @param <T> the item type
 */
public final class OffsetPage<T> implements Page<T> {
  private final List<T> items;
  private final PaginationInfo info;
  private final long offset;
  private final Long limit;
  private final LongFunction<Page<T>> fetchPage;

  private OffsetPage(
      List<T> items,
      PaginationInfo info,
      long offset,
      Long limit,
      LongFunction<Page<T>> fetchPage) {
    this.items = items;
    this.info = info;
    this.offset = offset;
    this.limit = limit;
    this.fetchPage = fetchPage;
  }

  /**
   * Creates a page.
   *
   * @param items the items of this page ({@code null}: none)
   * @param info the pagination information of the response ({@code null}: none)
   * @param requestedOffset the offset that was asked for
   * @param requestedLimit the limit that was asked for, or {@code null} when none was sent
   * @param fetchPage fetches the page at an offset
   * @param <T> the item type
   * @return the page
   */
  public static <T> OffsetPage<T> of(
      List<T> items,
      PaginationInfo info,
      long requestedOffset,
      Long requestedLimit,
      LongFunction<Page<T>> fetchPage) {
    PaginationInfo i = info == null ? PaginationInfo.empty() : info;
    return new OffsetPage<>(
        items == null ? List.of() : List.copyOf(items),
        i,
        requestedOffset,
        StopRules.pageSize(i, requestedLimit),
        Objects.requireNonNull(fetchPage, "fetchPage"));
  }

  @Override
  public List<T> items() {
    return items;
  }

  /**
   * The pagination information of this page's response.
   *
   * @return the information
   */
  public PaginationInfo info() {
    return info;
  }

  /**
   * The offset of this page's first item.
   *
   * @return the offset
   */
  public long offset() {
    return offset;
  }

  @Override
  public boolean hasNextPage() {
    return StopRules.offsetHasNext(items.size(), info, offset, limit);
  }

  @Override
  public Page<T> nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("the page at offset " + offset + " is the last page");
    }
    return fetchPage.apply(offset + items.size());
  }

  @Override
  public String toString() {
    return "OffsetPage{offset=" + offset + ", items=" + items.size() + ", info=" + info + "}";
  }
}
