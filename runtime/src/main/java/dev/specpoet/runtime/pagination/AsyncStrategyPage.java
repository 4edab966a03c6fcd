package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The asynchronous {@link AsyncPage}: the {@link PageState}, the same as a blocking page's, and the
 * call that fetches a page without blocking.
 *
 * @param <T> the item type
 * @param <K> what asks for the next page
 */
final class AsyncStrategyPage<T, K> extends PageState<T, K> implements AsyncPage<T> {
  private final Function<? super K, CompletableFuture<AsyncPage<T>>> fetch;

  AsyncStrategyPage(
      List<T> items,
      NextPageStrategy<K> strategy,
      Function<? super K, CompletableFuture<AsyncPage<T>>> fetch) {
    super(items, strategy);
    this.fetch = Objects.requireNonNull(fetch, "fetch");
  }

  @Override
  public CompletableFuture<AsyncPage<T>> nextPage() {
    K next;
    try {
      next = next();
    } catch (NoSuchElementException e) {
      return CompletableFuture.failedFuture(e);
    }
    return fetch.apply(next);
  }
}
