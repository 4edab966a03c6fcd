package dev.specpoet.runtime.pagination;

/** When a next page exists, for each pagination scheme. */
final class StopRules {
  private StopRules() {}

  static long currentPage(PaginationInfo info, long requestedPage) {
    return info.page() != null ? info.page() : requestedPage;
  }

  static Long pageSize(PaginationInfo info, Long requested) {
    return info.perPage() != null && info.perPage() > 0 ? info.perPage() : requested;
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
    if (info.totalCount() != null && perPage != null) {
      known = true;
      if ((page - 1) * perPage + items >= info.totalCount()) {
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
    return items > 0 && nextCursor != null && !nextCursor.isEmpty()
        && !Boolean.FALSE.equals(hasMore);
  }
}
