package dev.specpoet.generator.model;

/**
 * How a list operation pages: detected by the model stage from the operation's query parameters and
 * its response (the rules of {@code PaginationRules}), or declared with {@code
 * x-specpoet-pagination}. Set only when the operation can page: the parameter that asks for a page
 * exists with a usable type, and the items were found.
 *
 * @param kind the scheme
 * @param itemType the element type of the page's items
 * @param itemsProperty when the response is an envelope ({@link Response#envelope()}): its result
 *     property, which holds the items; else null
 * @param itemsPointer when the response is not an envelope: the JSON pointer of the items array in
 *     the body ({@code ""}: the body is the array; {@code /data}); else null
 * @param requestParam the query parameter that asks for a page: the page number (PAGE_NUMBER), the
 *     offset (OFFSET), the cursor (CURSOR), the id to start after (ITEM_CURSOR); null for the link
 *     kinds, whose next request is the link
 * @param sizeParam the page-size query parameter ({@code per_page}, {@code limit}), or null
 * @param nextCursorPath CURSOR: the JSON pointer of the next cursor in the body ({@code
 *     /response_metadata/next_cursor})
 * @param totalCountPath the JSON pointer of the total item count in the body, or null
 * @param totalPagesPath the JSON pointer of the number of pages in the body, or null
 * @param hasMorePath the JSON pointer of a {@code has_more} flag in the body, or null
 * @param nextLinkPath NEXT_LINK: the JSON pointer of the next page's URL in the body ({@code
 *     /next}, {@code /@odata.nextLink}, {@code /links/next})
 * @param itemIdProperty ITEM_CURSOR: the property of an item holding the id the next page starts
 *     after ({@code id})
 */
public record Pagination(
    Kind kind,
    TypeRef itemType,
    String itemsProperty,
    String itemsPointer,
    String requestParam,
    String sizeParam,
    String nextCursorPath,
    String totalCountPath,
    String totalPagesPath,
    String hasMorePath,
    String nextLinkPath,
    String itemIdProperty) {

  /** The schemes; each is one {@code NextPageStrategy} of the runtime. */
  public enum Kind {
    /** {@code page} (and {@code per_page}) in; a short or empty page, or the totals, end it. */
    PAGE_NUMBER,
    /** {@code offset} and {@code limit} in. */
    OFFSET,
    /** A cursor in, the next one in the body. */
    CURSOR,
    /** The last item's id in ({@code starting_after}), {@code has_more} in the body. */
    ITEM_CURSOR,
    /** The next page's URL in the body. */
    NEXT_LINK,
    /** The next page's URL in the RFC 8288 {@code Link} header. */
    LINK_HEADER;

    /** Whether the next request is a link the response gave, rather than a parameter. */
    public boolean followsLinks() {
      return this == NEXT_LINK || this == LINK_HEADER;
    }
  }
}
