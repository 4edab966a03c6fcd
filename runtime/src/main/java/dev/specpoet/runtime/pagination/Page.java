package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a list call, able to fetch the next one.
 *
 * @param <T> the item type
 */
public interface Page<T> {

  /**
   * A page of a list call.
   *
   * @param items the items of this page ({@code null}: none)
   * @param strategy whether a next page exists and what fetches it, from this page's response
   * @param fetch fetches the page that {@code strategy} names (one request)
   * @param <T> the item type
   * @param <K> what asks for a page: a page number, a cursor, an offset
   * @return the page
   */
  static <T, K> Page<T> of(
      List<T> items, NextPageStrategy<K> strategy, Function<? super K, ? extends Page<T>> fetch) {
    return new StrategyPage<>(items, null, strategy, fetch);
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
  static <T, K> Page<T> of(
      ListResponse<T> response,
      NextPageStrategy<K> strategy,
      Function<? super K, ? extends Page<T>> fetch) {
    return new StrategyPage<>(response.items(), response.headers(), strategy, fetch);
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
   * Whether another page exists, decided from the server's signals (total pages, total count,
   * {@code has_more}, a cursor, a short or an empty page) without fetching it.
   *
   * @return {@code true} when {@link #nextPage()} may be called
   */
  boolean hasNextPage();

  /**
   * Fetches the next page (one request).
   *
   * @return the next page
   * @throws java.util.NoSuchElementException when {@link #hasNextPage()} is {@code false}
   */
  Page<T> nextPage();

  /**
   * Iterates the items of this page and of every following page, fetching each page only when the
   * iteration reaches it.
   *
   * @return an iterable and streamable view
   */
  default AutoPager<T> autoPager() {
    return AutoPager.from(this);
  }
}
