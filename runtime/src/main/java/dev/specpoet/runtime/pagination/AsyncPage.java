package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One page of an asynchronous list call, able to fetch the next one without blocking.
 *
 * @param <T> the item type
 */
public interface AsyncPage<T> {

  /**
   * A page of an asynchronous list call; the same stop rules as {@link Page#of}.
   *
   * @param items the items of this page ({@code null}: none)
   * @param strategy whether a next page exists and what fetches it, from this page's response
   * @param fetch fetches the page that {@code strategy} names, without blocking
   * @param <T> the item type
   * @param <K> what asks for a page: a page number, a cursor, an offset
   * @return the page
   */
  static <T, K> AsyncPage<T> of(
      List<T> items,
      NextPageStrategy<K> strategy,
      Function<? super K, CompletableFuture<AsyncPage<T>>> fetch) {
    return new AsyncStrategyPage<>(items, null, strategy, fetch);
  }

  /**
   * A page over one response of a list call: its items and headers (see {@link #headers()}).
   *
   * @param response the items, body and headers of the response
   * @param strategy whether a next page exists and what fetches it, from this response
   * @param fetch fetches the page that {@code strategy} names
   * @param <T> the item type
   * @param <K> what asks for a page: a page number, a cursor, an offset, a link
   * @return the page
   */
  static <T, K> AsyncPage<T> of(
      ListResponse<T> response,
      NextPageStrategy<K> strategy,
      Function<? super K, CompletableFuture<AsyncPage<T>>> fetch) {
    return new AsyncStrategyPage<>(response.items(), response.headers(), strategy, fetch);
  }

  /**
   * The items of this page.
   *
   * @return an unmodifiable list, possibly empty
   */
  List<T> items();

  /**
   * The headers of the response this page came from ({@code Link}, rate limits ...); look-ups
   * ignore case.
   *
   * @return an unmodifiable map; empty when the page was made from its items alone
   */
  default Map<String, List<String>> headers() {
    return Map.of();
  }

  /**
   * Whether another page exists, decided from the server's signals without fetching it.
   *
   * @return {@code true} when {@link #nextPage()} may be called
   */
  boolean hasNextPage();

  /**
   * Fetches the next page.
   *
   * @return a future with the next page; failed with {@link java.util.NoSuchElementException} when
   *     {@link #hasNextPage()} is {@code false}
   */
  CompletableFuture<AsyncPage<T>> nextPage();

  /**
   * Visits the items of this page and of every following page, fetching each page when needed.
   *
   * @return the asynchronous auto-pager
   */
  default AsyncAutoPager<T> autoPager() {
    return AsyncAutoPager.from(this);
  }
}
