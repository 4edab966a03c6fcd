package dev.specpoet.runtime.pagination;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The items of an asynchronous page and of all the pages after it. Pages are fetched one after the
 * other, each only once the previous one has been visited; no thread is blocked while waiting.
 *
 * @param <T> the item type
 */
public final class AsyncAutoPager<T> {
  private final AsyncPage<T> first;

  private AsyncAutoPager(AsyncPage<T> first) {
    this.first = first;
  }

  /**
   * An auto-pager starting at {@code first}.
   *
   * @param first the first page
   * @param <T> the item type
   * @return the auto-pager
   */
  public static <T> AsyncAutoPager<T> from(AsyncPage<T> first) {
    return new AsyncAutoPager<>(Objects.requireNonNull(first, "first"));
  }

  /**
   * Calls {@code action} for every item, in order.
   *
   * @param action the action; an exception it throws fails the returned future
   * @return a future completed after the last item, or failed with the first error
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    return forEachWhile(
        item -> {
          action.accept(item);
          return true;
        });
  }

  /**
   * Calls {@code action} for every item, in order, until it returns {@code false}; no page after
   * that is fetched.
   *
   * @param action the action, returning whether to go on
   * @return a future completed when done, or failed with the first error
   */
  public CompletableFuture<Void> forEachWhile(Predicate<? super T> action) {
    Objects.requireNonNull(action, "action");
    CompletableFuture<Void> done = new CompletableFuture<>();
    visit(first, action, done);
    return done;
  }

  /**
   * Collects every item.
   *
   * @return a future with an unmodifiable list of all items
   */
  public CompletableFuture<List<T>> toList() {
    List<T> all = Collections.synchronizedList(new ArrayList<>());
    return forEach(all::add).thenApply(v -> List.copyOf(all));
  }

  private void visit(AsyncPage<T> page, Predicate<? super T> action, CompletableFuture<Void> done) {
    // loop over pages that are already available; recurse only through the asynchronous callback
    AsyncPage<T> current = page;
    while (true) {
      try {
        for (T item : current.items()) {
          if (!action.test(item)) {
            done.complete(null);
            return;
          }
        }
        if (!current.hasNextPage()) {
          done.complete(null);
          return;
        }
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      CompletableFuture<AsyncPage<T>> next;
      try {
        next = current.nextPage();
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      if (next.isDone() && !next.isCompletedExceptionally()) {
        current = next.join();
        continue;
      }
      next.whenComplete(
          (p, e) -> {
            if (e != null) {
              done.completeExceptionally(
                  e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                      ? e.getCause()
                      : e);
            } else {
              visit(p, action, done);
            }
          });
      return;
    }
  }
}
