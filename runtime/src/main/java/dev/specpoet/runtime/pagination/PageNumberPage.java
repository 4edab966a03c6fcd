package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * A page of a page-number list call ({@code page}/{@code per_page} in, {@code result_info} out).
 * There is no next page when this page is empty; when {@code total_pages} is known and this page is
 * the last; when {@code total_count} is known and reached; when {@code has_more} is {@code false};
 * and, when the server says none of these, when the page is shorter than {@code per_page}.
 *
 * @param <T> the item type
 */
public final class PageNumberPage<T> implements Page<T> {
  private final List<T> items;
  private final PaginationInfo info;
  private final long page;
  private final Long perPage;
  private final LongFunction<Page<T>> fetchPage;

  private PageNumberPage(
      List<T> items,
      PaginationInfo info,
      long page,
      Long perPage,
      LongFunction<Page<T>> fetchPage) {
    this.items = items;
    this.info = info;
    this.page = page;
    this.perPage = perPage;
    this.fetchPage = fetchPage;
  }

  /**
   * Creates a page.
   *
   * @param items the items of this page ({@code null}: none)
   * @param info the pagination information of the response ({@code null}: none)
   * @param requestedPage the page number that was asked for (used when {@code info} has none)
   * @param requestedPerPage the page size that was asked for, or {@code null} when none was sent
   *     (used when {@code info} has none)
   * @param fetchPage fetches a page by number
   * @param <T> the item type
   * @return the page
   */
  public static <T> PageNumberPage<T> of(
      List<T> items,
      PaginationInfo info,
      long requestedPage,
      Long requestedPerPage,
      LongFunction<Page<T>> fetchPage) {
    PaginationInfo i = info == null ? PaginationInfo.empty() : info;
    return new PageNumberPage<>(
        items == null ? List.of() : List.copyOf(items),
        i,
        StopRules.currentPage(i, requestedPage),
        StopRules.pageSize(i, requestedPerPage),
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
   * This page's number.
   *
   * @return the page number, 1-based
   */
  public long page() {
    return page;
  }

  @Override
  public boolean hasNextPage() {
    return StopRules.pageNumberHasNext(items.size(), info, page, perPage);
  }

  @Override
  public Page<T> nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("page " + page + " is the last page");
    }
    return fetchPage.apply(page + 1);
  }

  @Override
  public String toString() {
    return "PageNumberPage{page=" + page + ", items=" + items.size() + ", info=" + info + "}";
  }
}
