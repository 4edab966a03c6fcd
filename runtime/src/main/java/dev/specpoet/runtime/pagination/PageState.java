package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What a blocking and an asynchronous page share: the page's items and the strategy that knows
 * whether and how the next page is fetched. Immutable.
 *
 * @param <T> the item type
 * @param <K> what asks for the next page
 */
abstract class PageState<T, K> {
  private final List<T> items;
  private final NextPageStrategy<K> strategy;

  PageState(List<T> items, NextPageStrategy<K> strategy) {
    this.items = items == null ? List.of() : List.copyOf(items);
    this.strategy = Objects.requireNonNull(strategy, "strategy");
  }

  /**
   * The items of this page.
   *
   * @return an unmodifiable list, possibly empty
   */
  public final List<T> items() {
    return items;
  }

  /**
   * Whether another page exists, as this page's strategy judges.
   *
   * @return {@code true} when the next page may be fetched
   */
  public final boolean hasNextPage() {
    return strategy.hasNext(items);
  }

  /** What fetches the next page; a {@link NoSuchElementException} when this page is the last. */
  final K next() {
    if (!hasNextPage()) {
      throw new NoSuchElementException(strategy.lastPageMessage());
    }
    return strategy.next(items);
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{items=" + items.size() + ", " + strategy + "}";
  }
}
