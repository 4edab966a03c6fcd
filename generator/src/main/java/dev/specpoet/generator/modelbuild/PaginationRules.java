package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Pagination;

/**
 * The pagination detection rules the conventions pick from. Each needs the envelope's array of
 * items; the paths of the stop signals (total count, total pages, {@code has_more}) come from its
 * {@code result_info} when that lists them (or is free-form).
 */
final class PaginationRules {
  private PaginationRules() {}

  /** Page numbers: a {@code page} query parameter (and {@code per_page}), with a result_info. */
  static PaginationDetector.Rule pageNumber() {
    return f -> {
      if (f.items() == null || !f.hasQuery("page") || f.infoPrefix() == null) {
        return null;
      }
      return new Pagination(
          Pagination.Kind.PAGE_NUMBER,
          f.items(),
          f.itemsProperty(),
          "page",
          f.hasQuery("per_page") ? "per_page" : null,
          null,
          f.infoPath("total_count"),
          f.infoPath("total_pages"),
          f.infoPath("has_more"));
    };
  }

  /** A {@code cursor} query parameter; the next one in result_info's next_cursor or cursor. */
  static PaginationDetector.Rule cursor() {
    return f -> {
      if (f.items() == null || !f.hasQuery("cursor")) {
        return null;
      }
      String next =
          f.infoPrefix() == null
              ? null
              : f.infoFields() != null && f.infoFields().contains("next_cursor")
                  ? f.infoPrefix() + "next_cursor"
                  : f.infoPrefix() + "cursor";
      return new Pagination(
          Pagination.Kind.CURSOR,
          f.items(),
          f.itemsProperty(),
          "cursor",
          f.hasQuery("per_page") ? "per_page" : f.hasQuery("limit") ? "limit" : null,
          next,
          f.infoPath("total_count"),
          null,
          f.infoPath("has_more"));
    };
  }

  /** {@code offset} and {@code limit} query parameters. */
  static PaginationDetector.Rule offsetLimit() {
    return f -> {
      if (f.items() == null || !f.hasQuery("offset") || !f.hasQuery("limit")) {
        return null;
      }
      return new Pagination(
          Pagination.Kind.OFFSET,
          f.items(),
          f.itemsProperty(),
          "offset",
          "limit",
          null,
          f.infoPath("total_count"),
          null,
          f.infoPath("has_more"));
    };
  }
}
