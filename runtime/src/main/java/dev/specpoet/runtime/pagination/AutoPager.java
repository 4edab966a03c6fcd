package dev.specpoet.runtime.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a page and all the pages after it, as an {@link Iterable} and a {@link Stream}.
 * Lazy: the next page is fetched only when iteration goes past the end of the current one, so a
 * {@code limit(n)} or a {@code break} never causes an extra request. Each iteration starts again
 * from the first page (and fetches again).
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;

  private AutoPager(Page<T> first) {
    this.first = first;
  }

  /**
   * An auto-pager starting at {@code first}.
   *
   * @param first the first page
   * @param <T> the item type
   * @return the auto-pager
   */
  public static <T> AutoPager<T> from(Page<T> first) {
    return new AutoPager<>(Objects.requireNonNull(first, "first"));
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Page<T> page = first;
      private Iterator<T> items = first.items().iterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext()) {
          if (!page.hasNextPage()) {
            return false;
          }
          page = page.nextPage();
          items = page.items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more items");
        }
        return items.next();
      }
    };
  }

  /**
   * The items as a sequential, ordered stream, fetching pages as the stream is consumed.
   *
   * @return the stream
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }
}
