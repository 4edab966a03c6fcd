package dev.specpoet.runtime.pagination;

import java.util.List;

/**
 * One page of a list call, able to fetch the next one.
 *
 * @param <T> the item type
 */
public interface Page<T> {

  /**
   * The items of this page.
   *
   * @return an unmodifiable list, possibly empty
   */
  List<T> items();

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
