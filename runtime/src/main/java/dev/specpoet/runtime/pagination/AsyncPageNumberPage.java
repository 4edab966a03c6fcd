package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

/**
 * The asynchronous {@link PageNumberPage}: same stop rules, the next page arrives as a future.
 *
 * @param <T> the item type
 */
public final class AsyncPageNumberPage<T> implements AsyncPage<T> {
  private final List<T> items;
  private final PaginationInfo info;
  private final long page;
  private final Long perPage;
  private final LongFunction<CompletableFuture<AsyncPage<T>>> fetchPage;

  private AsyncPageNumberPage(
      List<T> items,
      PaginationInfo info,
      long page,
      Long perPage,
      LongFunction<CompletableFuture<AsyncPage<T>>> fetchPage) {
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
   * @param requestedPage the page number that was asked for
   * @param requestedPerPage the page size that was asked for, or {@code null}
   * @param fetchPage fetches a page by number
   * @param <T> the item type
   * @return the page
   */
  public static <T> AsyncPageNumberPage<T> of(
      List<T> items,
      PaginationInfo info,
      long requestedPage,
      Long requestedPerPage,
      LongFunction<CompletableFuture<AsyncPage<T>>> fetchPage) {
    PaginationInfo i = info == null ? PaginationInfo.empty() : info;
    return new AsyncPageNumberPage<>(
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
  public CompletableFuture<AsyncPage<T>> nextPage() {
    if (!hasNextPage()) {
      return CompletableFuture.failedFuture(
          new NoSuchElementException("page " + page + " is the last page"));
    }
    return fetchPage.apply(page + 1);
  }

  @Override
  public String toString() {
    return "AsyncPageNumberPage{page=" + page + ", items=" + items.size() + ", info=" + info + "}";
  }
}
