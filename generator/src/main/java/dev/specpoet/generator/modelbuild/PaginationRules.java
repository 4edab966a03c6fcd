package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.modelbuild.PagingFacts.Leaf;
import java.util.List;

/**
 * The pagination detection rules the conventions pick from, each recognising one scheme by the
 * names of the query parameters and of the response's properties (compared {@linkplain
 * PagingFacts#norm normalised}: {@code next_cursor}, {@code nextCursor} and {@code NextCursor} are
 * one name). The first three read Cloudflare's envelope and its {@code result_info}; the others
 * read any other body: a bare array, or an object with an array of items.
 */
final class PaginationRules {
  private PaginationRules() {}

  // ------------------------------------------------------------------ the names the rules know

  static final List<String> PAGE_PARAMS = names("page pagenumber pageno pagenum");
  static final List<String> SIZE_PARAMS =
      names("perpage pagesize limit size per maxresults top count");
  static final List<String> OFFSET_PARAMS = names("offset skip start startindex");
  static final List<String> CURSOR_PARAMS =
      names("cursor pagetoken nexttoken continuationtoken pagecursor after nextpagetoken");
  static final List<String> ITEM_CURSOR_PARAMS = names("startingafter");

  /** Where a next cursor sits in a body. */
  static final List<String> CURSOR_PATHS =
      names(
          "nextcursor nextpagetoken nexttoken continuationtoken nextpagecursor"
              + " responsemetadata/nextcursor meta/nextcursor meta/nextpagetoken"
              + " metadata/nextcursor pagination/nextcursor pagination/cursor paging/nextcursor"
              + " paging/cursors/after pageinfo/endcursor cursor");

  /** Where a next page's URL sits in a body. */
  static final List<String> LINK_PATHS =
      names(
          "next nextlink odatanextlink nextpageurl nexturl nextpage links/next links/next/href"
              + " links/nextpage link/next meta/nextpageurl meta/next meta/links/next"
              + " pagination/next pagination/nexturl pagination/nextpageurl paging/next"
              + " pageinfo/next");

  static final List<String> TOTAL_COUNT_PATHS =
      names(
          "totalcount total totalresults totalitems totalelements totalsize meta/total"
              + " meta/totalcount meta/totalitems meta/pagination/total pagination/total"
              + " pagination/totalcount paging/total pageinfo/totalresults resultinfo/totalcount");
  static final List<String> TOTAL_PAGES_PATHS =
      names(
          "totalpages pagecount lastpage meta/totalpages meta/lastpage"
              + " meta/pagination/totalpages pagination/totalpages pagination/pagecount"
              + " resultinfo/totalpages");
  static final List<String> HAS_MORE_PATHS =
      names(
          "hasmore hasnext hasnextpage hasmoreitems meta/hasmore meta/hasnext pagination/hasmore"
              + " pagination/hasnextpage paging/hasmore pageinfo/hasnextpage"
              + " responsemetadata/hasmore resultinfo/hasmore");

  private static List<String> names(String spaced) {
    return List.of(spaced.split(" "));
  }

  // ------------------------------------------------------------------ Cloudflare's envelope

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
          null,
          "page",
          f.hasQuery("per_page") ? "per_page" : null,
          null,
          f.infoPointer("total_count"),
          f.infoPointer("total_pages"),
          f.infoPointer("has_more"),
          null,
          null);
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
                  ? f.infoPointer("next_cursor")
                  : PagingFacts.pointer(List.of(f.infoPrefix().replace(".", ""), "cursor"));
      return new Pagination(
          Pagination.Kind.CURSOR,
          f.items(),
          f.itemsProperty(),
          null,
          "cursor",
          f.hasQuery("per_page") ? "per_page" : f.hasQuery("limit") ? "limit" : null,
          next,
          f.infoPointer("total_count"),
          null,
          f.infoPointer("has_more"),
          null,
          null);
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
          null,
          "offset",
          "limit",
          null,
          f.infoPointer("total_count"),
          null,
          f.infoPointer("has_more"),
          null,
          null);
    };
  }

  // ------------------------------------------------------------------ any other body

  /**
   * A cursor parameter ({@code cursor}, {@code page_token}, {@code after} ...) and the next cursor
   * in the body ({@code next_cursor}, {@code response_metadata.next_cursor}, {@code
   * paging.cursors.after} ..., or a {@code next} that is a plain string, not a URI): Slack, Figma,
   * Google's {@code nextPageToken}.
   */
  static PaginationDetector.Rule bodyCursor() {
    return f -> {
      Parameter cursor = f.queryNamed(CURSOR_PARAMS);
      if (f.listItems() == null || cursor == null) {
        return null;
      }
      String next = f.bodyPointer(Leaf.TEXT, CURSOR_PATHS);
      if (next == null) {
        // a plain string "next" beside a cursor parameter is the next cursor; a URI is a link
        next = f.bodyPointer(Leaf.PLAIN_TEXT, List.of("next"));
      }
      if (next == null) {
        return null;
      }
      return generic(f, Pagination.Kind.CURSOR, cursor.name(), next, null, null);
    };
  }

  /**
   * A token parameter the body hands back for the next request, found by the parameter's own name:
   * a string {@code offset} (or cursor, or page) with {@code next_page.offset} in the body (Asana),
   * {@code next.<name>}, {@code next_<name>}, {@code meta.next_<name>}, {@code
   * pagination.next_<name>}. An opaque string is a cursor whatever it is called.
   */
  static PaginationDetector.Rule echoedToken() {
    return f -> {
      if (f.listItems() == null) {
        return null;
      }
      for (List<String> names : List.of(CURSOR_PARAMS, OFFSET_PARAMS, PAGE_PARAMS)) {
        Parameter token = f.queryNamed(names);
        if (token == null || !PaginationDetector.isString(token.type())) {
          continue;
        }
        String n = PagingFacts.norm(token.name());
        String next =
            f.bodyPointer(
                Leaf.TEXT,
                List.of(
                    "nextpage/" + n,
                    "next/" + n,
                    "next" + n,
                    "meta/next" + n,
                    "pagination/next" + n,
                    "paging/next" + n));
        if (next != null) {
          return generic(f, Pagination.Kind.CURSOR, token.name(), next, null, null);
        }
      }
      return null;
    };
  }

  /**
   * The id of the last item to start after ({@code starting_after}) with {@code has_more} in the
   * body: Stripe's lists.
   */
  static PaginationDetector.Rule itemCursor() {
    return f -> {
      Parameter after = f.queryNamed(ITEM_CURSOR_PARAMS);
      if (f.listItems() == null || after == null || !f.itemsHave(f.listItems(), "id")) {
        return null;
      }
      if (f.bodyPointer(Leaf.FLAG, HAS_MORE_PATHS) == null && f.queryNamed(SIZE_PARAMS) == null) {
        return null; // nothing would tell the last page
      }
      return generic(
          f,
          Pagination.Kind.ITEM_CURSOR,
          after.name(),
          null,
          null,
          f.itemProperty(f.listItems(), "id"));
    };
  }

  /**
   * The next page's URL in the body ({@code next}, {@code nextLink}, {@code @odata.nextLink},
   * {@code links.next}, {@code meta.next_page_url} ...): Spotify, Azure, Microsoft Graph, JSON:API,
   * Twilio.
   */
  static PaginationDetector.Rule nextLink() {
    return f -> {
      if (f.listItems() == null) {
        return null;
      }
      String link = f.bodyPointer(Leaf.TEXT, LINK_PATHS);
      return link == null ? null : generic(f, Pagination.Kind.NEXT_LINK, null, null, link, null);
    };
  }

  /**
   * A {@code Link} response header (RFC 8288): GitHub and others. Also a bare array with a cursor
   * parameter ({@code after}, {@code cursor}): such a body has no room for the next cursor, so it
   * comes in the header (GitHub's cursor lists do not declare it).
   */
  static PaginationDetector.Rule linkHeader() {
    return f -> {
      if (f.listItems() == null) {
        return null;
      }
      boolean bareWithCursor = "".equals(f.itemsPointer()) && f.queryNamed(CURSOR_PARAMS) != null;
      return f.responseHeaders().contains("link") || bareWithCursor
          ? generic(f, Pagination.Kind.LINK_HEADER, null, null, null, null)
          : null;
    };
  }

  /** An offset parameter ({@code offset}, {@code skip}, {@code $skip}) and a page size. */
  static PaginationDetector.Rule offsetAnyBody() {
    return f -> {
      Parameter offset = f.queryNamed(OFFSET_PARAMS);
      if (f.listItems() == null || offset == null || f.queryNamed(SIZE_PARAMS) == null) {
        return null;
      }
      return generic(f, Pagination.Kind.OFFSET, offset.name(), null, null, null);
    };
  }

  /** A page-number parameter ({@code page}, {@code page_number} ...), a page size or not. */
  static PaginationDetector.Rule pageNumberAnyBody() {
    return f -> {
      Parameter page = f.queryNamed(PAGE_PARAMS);
      if (f.listItems() == null || page == null) {
        return null;
      }
      return generic(f, Pagination.Kind.PAGE_NUMBER, page.name(), null, null, null);
    };
  }

  /** A scheme over a body that is not an envelope, its stop signals found by their usual names. */
  private static Pagination generic(
      PagingFacts f,
      Pagination.Kind kind,
      String requestParam,
      String nextCursor,
      String nextLink,
      String itemId) {
    Parameter size = f.queryNamed(SIZE_PARAMS);
    boolean counted = kind == Pagination.Kind.PAGE_NUMBER || kind == Pagination.Kind.OFFSET;
    return new Pagination(
        kind,
        f.listItems(),
        null,
        f.itemsPointer(),
        requestParam,
        size == null ? null : size.name(),
        nextCursor,
        counted ? f.bodyPointer(Leaf.NUMBER, TOTAL_COUNT_PATHS) : null,
        kind == Pagination.Kind.PAGE_NUMBER ? f.bodyPointer(Leaf.NUMBER, TOTAL_PAGES_PATHS) : null,
        kind == Pagination.Kind.NEXT_LINK || kind == Pagination.Kind.LINK_HEADER
            ? null
            : f.bodyPointer(Leaf.FLAG, HAS_MORE_PATHS),
        nextLink,
        itemId);
  }
}
