package dev.specpoet.runtime.pagination;

import java.util.List;

/**
 * How one pagination scheme finds the page after a given one: whether it exists, judged from the
 * server's own signals so that no request is wasted, and the value of the request parameter that
 * fetches it. Made per response, from what the request asked for and what the response said;
 * immutable. A {@link Page} and an {@link AsyncPage} hold one, so adding a scheme is adding one
 * implementation: {@link PageNumberStrategy}, {@link OffsetStrategy}, {@link CursorStrategy},
 * {@link ItemCursorStrategy} and {@link NextLinkStrategy} (a link in the body or the {@code Link}
 * header) are the ones there are. A page never asks for a key (cursor, link) that fetched it or one
 * of the pages before, so a server repeating itself cannot make a pager loop.
 *
 * @param <K> what asks for the next page: a page number, a cursor, an offset, a link
 */
public interface NextPageStrategy<K> {

  /**
   * Whether a page follows the one holding {@code items}.
   *
   * @param items the items of the current page
   * @return {@code true} when {@link #next} may be asked
   */
  boolean hasNext(List<?> items);

  /**
   * What fetches the next page; asked only when {@link #hasNext} is {@code true}.
   *
   * @param items the items of the current page
   * @return the value of the next request's pagination parameter
   */
  K next(List<?> items);

  /**
   * Says which page is the last one, for the exception of a {@code nextPage()} past it.
   *
   * @return for example {@code page 3 is the last page}
   */
  String lastPageMessage();
}
