package dev.specpoet.generator.testing;

import java.util.List;
import java.util.Map;

/**
 * Calls of the client generated from the {@code pagination} golden spec, written against the
 * generated API ({@code drivers/pagination/com/example/pagination/Scenarios.java}).
 */
public interface PagingScenarios {
  /**
   * Every item of one list ({@code issues}, {@code tags}, {@code albums} ...) through {@code
   * autoPager()}, two per page where the list takes a page size.
   *
   * @param list the list's resource name
   * @param async through the async client
   * @return the ids, in order
   */
  List<String> all(String list, String baseUrl, boolean async) throws Exception;

  /** The headers of the first page of {@code issues} (its {@code Link} header included). */
  Map<String, List<String>> firstIssuesHeaders(String baseUrl);

  /** The {@code widgets} call, which does not page: the ids of the one response. */
  List<String> widgets(String baseUrl);
}
