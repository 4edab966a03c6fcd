package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The blocking {@link Page}: the {@link PageState} and the call that fetches a page.
 *
 * @param <T> the item type
 * @param <K> what asks for the next page
 */
final class StrategyPage<T, K> extends PageState<T, K> implements Page<T> {
  private final Function<? super K, ? extends Page<T>> fetch;

  StrategyPage(
      List<T> items,
      Map<String, List<String>> headers,
      NextPageStrategy<K> strategy,
      Function<? super K, ? extends Page<T>> fetch) {
    super(items, headers, strategy);
    this.fetch = Objects.requireNonNull(fetch, "fetch");
  }

  @Override
  public Page<T> nextPage() {
    K key = next();
    Page<T> page = fetch.apply(key);
    if (page instanceof PageState<?, ?> state) {
      state.fetchedBy(this, key);
    }
    return page;
  }
}
