package dev.specpoet.runtime.pagination;

import java.util.List;
import java.util.Map;
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
      Map<String, List<String>> headers,
      NextPageStrategy<K> strategy,
      Function<? super K, CompletableFuture<AsyncPage<T>>> fetch) {
    super(items, headers, strategy);
    this.fetch = Objects.requireNonNull(fetch, "fetch");
  }

  @Override
  public CompletableFuture<AsyncPage<T>> nextPage() {
    K key;
    try {
      key = next();
    } catch (NoSuchElementException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<AsyncPage<T>> call = fetch.apply(key);
    CompletableFuture<AsyncPage<T>> page =
        call.thenApply(
            p -> {
              if (p instanceof PageState<?, ?> state) {
                state.fetchedBy(this, key);
              }
              return p;
            });
    // cancelling the page cancels the call
    page.whenComplete(
        (value, failure) -> {
          if (page.isCancelled()) {
            call.cancel(false);
          }
        });
    return page;
  }
}
