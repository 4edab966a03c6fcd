package dev.specpoet.runtime.pagination;

import java.util.List;

/**
 * Page-number pagination ({@code page}/{@code per_page} in, {@code result_info} out). There is no
 * next page when this page is empty; when {@code total_pages} is known and this page is the last;
 * when {@code total_count} is known and reached; when {@code has_more} is {@code false}; and, when
 * the server says none of these, when the page is shorter than {@code per_page}. The next page is
 * this page's number plus one.
 */
public final class PageNumberStrategy implements NextPageStrategy<Long> {
  private final PaginationInfo info;
  private final long page;
  private final Long perPage;

  private PageNumberStrategy(PaginationInfo info, long page, Long perPage) {
    this.info = info;
    this.page = page;
    this.perPage = perPage;
  }

  /**
   * The strategy for one response.
   *
   * @param info the pagination information of the response ({@code null}: none)
   * @param requestedPage the page number that was asked for (used when {@code info} has none)
   * @param requestedPerPage the page size that was asked for, or {@code null} when none was sent
   *     (used when {@code info} has none)
   * @return the strategy
   */
  public static PageNumberStrategy of(
      PaginationInfo info, long requestedPage, Long requestedPerPage) {
    PaginationInfo i = info == null ? PaginationInfo.empty() : info;
    return new PageNumberStrategy(
        i, StopRules.currentPage(i, requestedPage), StopRules.pageSize(i, requestedPerPage));
  }

  /**
   * The number of the page the response holds.
   *
   * @return the page number, 1-based
   */
  public long page() {
    return page;
  }

  @Override
  public boolean hasNext(List<?> items) {
    return StopRules.pageNumberHasNext(items.size(), info, page, perPage);
  }

  @Override
  public Long next(List<?> items) {
    return page + 1;
  }

  @Override
  public String lastPageMessage() {
    return "page " + page + " is the last page";
  }

  @Override
  public String toString() {
    return "PageNumberStrategy{page=" + page + ", perPage=" + perPage + ", info=" + info + "}";
  }
}
