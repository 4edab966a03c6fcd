package dev.specpoet.runtime.pagination;

import java.util.List;

/**
 * Offset pagination ({@code offset}/{@code limit} in). There is no next page when this page is
 * empty; when {@code total_count} is known and reached; when {@code has_more} is {@code false};
 * and, when the server says none of these, when the page is shorter than the limit. The next offset
 * is this offset plus the number of items on this page.
 */
public final class OffsetStrategy implements NextPageStrategy<Long> {
  private final PaginationInfo info;
  private final long offset;
  private final Long limit;

  private OffsetStrategy(PaginationInfo info, long offset, Long limit) {
    this.info = info;
    this.offset = offset;
    this.limit = limit;
  }

  /**
   * The strategy for one response.
   *
   * @param info the pagination information of the response ({@code null}: none)
   * @param requestedOffset the offset that was asked for
   * @param requestedLimit the limit that was asked for, or {@code null} when none was sent
   * @return the strategy
   */
  public static OffsetStrategy of(PaginationInfo info, long requestedOffset, Long requestedLimit) {
    PaginationInfo i = info == null ? PaginationInfo.empty() : info;
    return new OffsetStrategy(i, requestedOffset, StopRules.pageSize(i, requestedLimit));
  }

  /**
   * The offset of the page's first item.
   *
   * @return the offset
   */
  public long offset() {
    return offset;
  }

  @Override
  public boolean hasNext(List<?> items) {
    return StopRules.offsetHasNext(items.size(), info, offset, limit);
  }

  @Override
  public Long next(List<?> items) {
    return offset + items.size();
  }

  @Override
  public String lastPageMessage() {
    return "the page at offset " + offset + " is the last page";
  }

  @Override
  public String toString() {
    return "OffsetStrategy{offset=" + offset + ", limit=" + limit + ", info=" + info + "}";
  }
}
