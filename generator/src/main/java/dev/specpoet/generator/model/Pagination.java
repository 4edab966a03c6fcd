package dev.specpoet.generator.model;

/**
 * How a list operation pages. Detected by the model stage (page/per_page in, result_info out) or
 * declared with {@code x-specpoet-pagination}.
 *
 * @param itemType the element type of the page's items
 * @param itemsProperty where the items sit: the envelope's result property (e.g. {@code result}) or
 *     a property of the body
 * @param requestParam PAGE_NUMBER: the page number query parameter ({@code page}); CURSOR: the
 *     cursor parameter; OFFSET: the offset parameter
 * @param sizeParam the page-size parameter ({@code per_page}, {@code limit}), or null
 * @param nextCursorPath CURSOR: dotted path of the next cursor in the body (e.g. {@code
 *     result_info.cursor})
 * @param totalCountPath dotted path of the total item count, or null
 * @param totalPagesPath dotted path of the total page count, or null
 * @param hasMorePath dotted path of a {@code has_more} flag, or null
 */
public record Pagination(
    Kind kind,
    TypeRef itemType,
    String itemsProperty,
    String requestParam,
    String sizeParam,
    String nextCursorPath,
    String totalCountPath,
    String totalPagesPath,
    String hasMorePath) {

  public enum Kind {
    PAGE_NUMBER,
    CURSOR,
    OFFSET
  }
}
