package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a list operation pages: what its {@code x-specpoet-pagination} declares, else what the first
 * of the detection rules that recognises the operation says. A scheme is kept only when the call
 * can page with it: the parameter that asks for a page is a query parameter of the right type (an
 * integer page number or offset, a string cursor). A GET that returns a list and has a query
 * parameter named like paging, which no rule recognises, gets a warning saying how to declare it.
 */
final class PaginationDetector {

  /** One way of recognising a paged operation: its pagination, or null when it does not apply. */
  @FunctionalInterface
  interface Rule {
    Pagination detect(PagingFacts facts);
  }

  private static final String EXTENSION = "x-specpoet-pagination";

  private final List<Rule> rules;

  PaginationDetector(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  Pagination detect(PagingFacts facts, Diagnostics diagnostics) {
    if (facts.declared() != null) {
      return declared(facts, facts.declared(), diagnostics);
    }
    String whyNot = null; // why the first scheme a rule recognised cannot be used
    for (Rule rule : rules) {
      Pagination p = rule.detect(facts);
      if (p == null) {
        continue;
      }
      String problem = usable(facts, p);
      if (problem == null) {
        return p;
      }
      if (whyNot == null) {
        whyNot = problem;
      }
    }
    Parameter paging = pagingParameter(facts);
    if (paging != null) {
      diagnostics.warn(
          facts.at(),
          "this list looks paged (query parameter '"
              + paging.name()
              + "') but "
              + (whyNot == null ? "no pagination scheme was recognised" : "cannot page: " + whyNot)
              + "; the call returns the whole response",
          "declare it with " + EXTENSION + " (see the README, Pagination)");
    }
    return null;
  }

  /** Why the call cannot page with {@code p}, or null when it can. */
  private static String usable(PagingFacts f, Pagination p) {
    if (p.itemType() == null) {
      return "the response has no array of items";
    }
    if (p.kind() == Pagination.Kind.LINK_HEADER && p.itemsProperty() != null) {
      return "a Link header is not read from an envelope's response";
    }
    if (p.kind().followsLinks()) {
      return null;
    }
    Parameter request = p.requestParam() == null ? null : f.query().get(p.requestParam());
    if (request == null) {
      return "the operation has no query parameter '" + p.requestParam() + "'";
    }
    boolean cursor = p.kind() == Pagination.Kind.CURSOR || p.kind() == Pagination.Kind.ITEM_CURSOR;
    if (cursor ? !isString(request.type()) : !isInteger(request.type())) {
      return "query parameter '"
          + p.requestParam()
          + "' should be "
          + (cursor ? "a string" : "an integer");
    }
    return null;
  }

  /** A query parameter named like paging on a GET returning a list, or null. */
  private static Parameter pagingParameter(PagingFacts f) {
    if (!f.get() || (f.items() == null && f.listItems() == null)) {
      return null;
    }
    List<String> names = new ArrayList<>();
    names.addAll(PaginationRules.PAGE_PARAMS);
    names.addAll(PaginationRules.OFFSET_PARAMS.subList(0, 2));
    names.addAll(PaginationRules.CURSOR_PARAMS);
    names.addAll(PaginationRules.ITEM_CURSOR_PARAMS);
    return f.queryNamed(names);
  }

  static boolean isInteger(TypeRef ref) {
    return ref instanceof TypeRef.Primitive prim
        && (prim.kind() == PrimitiveKind.INT32 || prim.kind() == PrimitiveKind.INT64);
  }

  static boolean isString(TypeRef ref) {
    return ref instanceof TypeRef.Primitive prim && prim.kind() == PrimitiveKind.STRING;
  }

  /**
   * {@code x-specpoet-pagination: {kind, items, request_param, size_param, next_cursor, next_link,
   * item_id, total_count, total_pages, has_more}}; paths are dotted ({@code meta.next_cursor}) or
   * JSON pointers ({@code /@odata.nextLink}). What it leaves out is filled from the envelope, the
   * query parameters and the usual names. Wins over detection; when it is unusable a warning says
   * why and the call does not page.
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
          f.at().child(EXTENSION),
          "unknown pagination kind '" + kind + "'",
          "use page_number, offset, cursor, item_cursor, next_link or link_header");
      return null;
    }
    String itemsDeclared = str(first(map.get("items"), map.get("itemsProperty")));
    TypeRef items = f.items() != null ? f.items() : f.listItems();
    String itemsProperty = f.items() != null ? f.itemsProperty() : null;
    String itemsPointer = f.items() != null ? null : f.itemsPointer();
    if (itemsDeclared != null) {
      if (f.response().envelope() != null) {
        itemsProperty = itemsDeclared;
      } else {
        itemsPointer = pointer(itemsDeclared);
        TypeRef declaredItems = itemsAt(f, itemsPointer);
        items = declaredItems != null ? declaredItems : new TypeRef.AnyJson();
      }
    }
    if (items == null) {
      diagnostics.warn(
          f.at().child(EXTENSION),
          EXTENSION + " is declared but the response has no array of items",
          "name the array with 'items' (a property, a dotted path or a JSON pointer)");
      return null;
    }
    Parameter size = f.queryNamed(PaginationRules.SIZE_PARAMS);
    String requestParam =
        str(
            first(
                map.get("request_param"),
                map.get("requestParam"),
                switch (k) {
                  case PAGE_NUMBER -> name(f.queryNamed(PaginationRules.PAGE_PARAMS));
                  case OFFSET -> name(f.queryNamed(PaginationRules.OFFSET_PARAMS));
                  case CURSOR -> name(f.queryNamed(PaginationRules.CURSOR_PARAMS));
                  case ITEM_CURSOR -> name(f.queryNamed(PaginationRules.ITEM_CURSOR_PARAMS));
                  case NEXT_LINK, LINK_HEADER -> null;
                }));
    Pagination p =
        new Pagination(
            k,
            items,
            itemsProperty,
            itemsPointer,
            requestParam,
            str(first(map.get("size_param"), map.get("sizeParam"), name(size))),
            path(
                first(map.get("next_cursor"), map.get("nextCursorPath")),
                k == Pagination.Kind.CURSOR ? defaultCursor(f) : null),
            path(
                first(map.get("total_count"), map.get("totalCountPath")),
                f.infoPointer("total_count")),
            path(
                first(map.get("total_pages"), map.get("totalPagesPath")),
                f.infoPointer("total_pages")),
            path(first(map.get("has_more"), map.get("hasMorePath")), f.infoPointer("has_more")),
            path(
                map.get("next_link"),
                k == Pagination.Kind.NEXT_LINK
                    ? f.bodyPointer(PagingFacts.Leaf.TEXT, PaginationRules.LINK_PATHS)
                    : null),
            k == Pagination.Kind.ITEM_CURSOR ? str(first(map.get("item_id"), "id")) : null);
    String problem = usable(f, p);
    if (problem == null && k == Pagination.Kind.CURSOR && p.nextCursorPath() == null) {
      problem = "no next cursor was found in the response; name it with 'next_cursor'";
    }
    if (problem == null && k == Pagination.Kind.NEXT_LINK && p.nextLinkPath() == null) {
      problem = "no next link was found in the response; name it with 'next_link'";
    }
    if (problem != null) {
      diagnostics.warn(
          f.at().child(EXTENSION),
          EXTENSION + " cannot be used: " + problem,
          "the call returns the whole response");
      return null;
    }
    return p;
  }

  private static String defaultCursor(PagingFacts f) {
    if (f.infoPrefix() != null) {
      return f.infoFields() != null && f.infoFields().contains("next_cursor")
          ? f.infoPointer("next_cursor")
          : PagingFacts.pointer(List.of(f.infoPrefix().replace(".", ""), "cursor"));
    }
    return f.bodyPointer(PagingFacts.Leaf.TEXT, PaginationRules.CURSOR_PATHS);
  }

  /** The element type of the array at {@code pointer} of the body, or null. */
  private static TypeRef itemsAt(PagingFacts f, String pointer) {
    TypeRef at = f.response().bodyType();
    for (String segment : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
      var o = PagingFacts.object(f.resolver(), at);
      String name = segment.replace("~1", "/").replace("~0", "~");
      at =
          o == null
              ? null
              : o.properties().stream()
                  .filter(p -> p.jsonName().equals(name))
                  .map(p -> p.type())
                  .findFirst()
                  .orElse(null);
    }
    return at instanceof TypeRef.ArrayOf a ? a.items() : null;
  }

  /** A declared path (dotted, or a JSON pointer) as a JSON pointer; else the fallback. */
  private static String path(Object declared, String fallback) {
    String s = str(declared);
    return s == null ? fallback : pointer(s);
  }

  private static String pointer(String path) {
    if (path.isEmpty() || path.startsWith("/")) {
      return path;
    }
    return PagingFacts.pointer(List.of(path.split("\\.")));
  }

  private static String name(Parameter p) {
    return p == null ? null : p.name();
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }

  private static Object first(Object... values) {
    for (Object v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
