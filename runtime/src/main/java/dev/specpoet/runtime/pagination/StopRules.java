package dev.specpoet.runtime.pagination;

/** When a next page exists, for each pagination scheme. */
final class StopRules {
  private StopRules() {}

  /**
   * The number of the page a response holds: the server's when it is a real page number at or after
   * the one asked for, else the one asked for. A {@code page} of 0 or one behind the request
   * (servers and mocks send such things) must never make the next request go back, or a pager would
   * loop.
   */
  static long currentPage(PaginationInfo info, long requestedPage) {
    Long page = info.page();
    return page != null && page >= 1 ? Math.max(page, requestedPage) : requestedPage;
  }

  /** The page size: the server's when it is positive, else the one asked for (if positive). */
  static Long pageSize(PaginationInfo info, Long requested) {
    if (info.perPage() != null && info.perPage() > 0) {
      return info.perPage();
    }
    return requested != null && requested > 0 ? requested : null;
  }

  static boolean pageNumberHasNext(int items, PaginationInfo info, long page, Long perPage) {
    if (items == 0) {
      return false;
    }
    boolean known = false;
    if (info.totalPages() != null) {
      known = true;
      if (page >= info.totalPages()) {
        return false;
      }
    }
    if (info.totalCount() != null) {
      // with no page size known, this page's length stands for it (the server's default size)
      long size = perPage != null ? perPage : items;
      known = true;
      if ((page - 1) * size + items >= info.totalCount()) {
        return false;
      }
    }
    if (info.hasMore() != null) {
      known = true;
      if (!info.hasMore()) {
        return false;
      }
    }
    return known || perPage == null || items >= perPage;
  }

  static boolean offsetHasNext(int items, PaginationInfo info, long offset, Long limit) {
    if (items == 0) {
      return false;
    }
    boolean known = false;
    if (info.totalCount() != null) {
      known = true;
      if (offset + items >= info.totalCount()) {
        return false;
      }
    }
    if (info.hasMore() != null) {
      known = true;
      if (!info.hasMore()) {
        return false;
      }
    }
    return known || limit == null || items >= limit;
  }

  static boolean cursorHasNext(int items, String nextCursor, Boolean hasMore) {
    return items > 0
        && nextCursor != null
        && !nextCursor.isEmpty()
        && !Boolean.FALSE.equals(hasMore);
  }
}
