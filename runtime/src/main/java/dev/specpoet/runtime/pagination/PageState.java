package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What a blocking and an asynchronous page share: the page's items and response headers, the
 * strategy that knows whether and how the next page is fetched, and the trail of what fetched this
 * page and the ones before it, so that a cursor or link the server repeats ends the pages instead
 * of looping. Immutable once handed out.
 *
 * @param <T> the item type
 * @param <K> what asks for the next page
 */
abstract class PageState<T, K> {
  /** How many of the previous pages' keys a repeated key is looked for in. */
  static final int TRAIL_CHECKED = 1_000;

  private final List<T> items;
  private final Map<String, List<String>> headers;
  private final NextPageStrategy<K> strategy;

  /**
   * The keys that fetched this page and the pages before it; set once, by the page before, before
   * this page is handed out.
   */
  private volatile Trail trail;

  /** A key that fetched a page, and the trail of the page before. */
  record Trail(Object key, Trail previous) {}

  PageState(List<T> items, Map<String, List<String>> headers, NextPageStrategy<K> strategy) {
    this.items = items == null ? List.of() : List.copyOf(items);
    this.headers = headers == null ? Map.of() : headers;
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
   * The headers of the response this page came from ({@code Link}, rate limits ...); look-ups
   * ignore case.
   *
   * @return an unmodifiable map, empty when the page was made without them
   */
  public final Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Whether another page exists, as this page's strategy judges, and what would fetch it has not
   * fetched this page or one of the pages before (a server repeating a cursor or link).
   *
   * @return {@code true} when the next page may be fetched
   */
  public final boolean hasNextPage() {
    return strategy.hasNext(items) && !repeats(strategy.next(items));
  }

  /** What fetches the next page; a {@link NoSuchElementException} when this page is the last. */
  final K next() {
    if (!strategy.hasNext(items)) {
      throw new NoSuchElementException(strategy.lastPageMessage());
    }
    K next = strategy.next(items);
    if (repeats(next)) {
      throw new NoSuchElementException(
          "this is the last page: the server asks for " + next + " again, which it already gave");
    }
    return next;
  }

  /** Records that {@code key}, asked for by {@code previous}, fetched this page. */
  final void fetchedBy(PageState<?, ?> previous, Object key) {
    this.trail = new Trail(key, previous.trail);
  }

  private boolean repeats(Object key) {
    Trail t = trail;
    for (int i = 0; t != null && i < TRAIL_CHECKED; i++, t = t.previous()) {
      if (Objects.equals(t.key(), key)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{items=" + items.size() + ", " + strategy + "}";
  }
}
