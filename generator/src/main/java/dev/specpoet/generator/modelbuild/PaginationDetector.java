package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a list operation pages: what its {@code x-specpoet-pagination} declares, else what the first
 * of the detection rules that recognises the operation says. New schemes (next links, {@code Link}
 * headers, {@code has_more} cursors, bare arrays ...) are new {@link Rule}s in a conventions' list.
 */
final class PaginationDetector {

  /** One way of recognising a paged operation: its pagination, or null when it does not apply. */
  @FunctionalInterface
  interface Rule {
    Pagination detect(PagingFacts facts);
  }

  private final List<Rule> rules;

  PaginationDetector(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  Pagination detect(PagingFacts facts, Diagnostics diagnostics) {
    if (facts.declared() != null) {
      return declared(facts, facts.declared(), diagnostics);
    }
    for (Rule rule : rules) {
      Pagination p = rule.detect(facts);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * {@code x-specpoet-pagination: {kind, items, request_param, size_param, next_cursor,
   * total_count, total_pages, has_more}}; what it leaves out is filled from the envelope and the
   * query parameters. Wins over detection, even when it is unusable (a warning says why).
   */
  private static Pagination declared(PagingFacts f, Map<?, ?> map, Diagnostics diagnostics) {
    String kind = str(map.get("kind"));
    Pagination.Kind k;
    try {
      k =
          Pagination.Kind.valueOf(
              kind == null ? "" : kind.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      diagnostics.warn(
          f.at().child("x-specpoet-pagination"),
          "unknown pagination kind '" + kind + "'",
          "use page_number, cursor or offset");
      return null;
    }
    TypeRef items = f.items();
    String itemsProp =
        first(str(map.get("items")), str(map.get("itemsProperty")), f.itemsProperty());
    if (items == null && itemsProp != null && f.response().bodyType() != null) {
      items = new TypeRef.AnyJson();
    }
    if (items == null) {
      diagnostics.warn(
          f.at().child("x-specpoet-pagination"),
          "x-specpoet-pagination is declared but the response has no array of items",
          null);
      return null;
    }
    String requestParam =
        first(
            str(map.get("request_param")),
            str(map.get("requestParam")),
            k == Pagination.Kind.PAGE_NUMBER
                ? "page"
                : k == Pagination.Kind.CURSOR ? "cursor" : "offset");
    String sizeParam =
        first(
            str(map.get("size_param")),
            str(map.get("sizeParam")),
            f.hasQuery("per_page") ? "per_page" : f.hasQuery("limit") ? "limit" : null);
    return new Pagination(
        k,
        items,
        itemsProp,
        requestParam,
        sizeParam,
        first(
            str(map.get("next_cursor")),
            str(map.get("nextCursorPath")),
            k == Pagination.Kind.CURSOR && f.infoPrefix() != null
                ? f.infoPrefix() + "cursor"
                : null),
        first(
            str(map.get("total_count")), str(map.get("totalCountPath")), f.infoPath("total_count")),
        first(
            str(map.get("total_pages")), str(map.get("totalPagesPath")), f.infoPath("total_pages")),
        first(str(map.get("has_more")), str(map.get("hasMorePath")), f.infoPath("has_more")));
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
