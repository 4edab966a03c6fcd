package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.testing.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the model stage detects for lists without Cloudflare's envelope: the scheme of every list of
 * the {@code pagination} golden spec with where it reads items, cursors, links and stop signals; a
 * declared {@code x-specpoet-pagination} that cannot be used; a list that looks paged but is not
 * recognised (a warning at the operation).
 */
class PaginationDetectionTest {

  static SpecPoetGenerator.Analysis analyze(Path spec) throws Exception {
    return new SpecPoetGenerator()
        .analyze(TestSupport.options(spec, Path.of("unused"), "com.example.p", true));
  }

  /** {@code kind items request size cursor link total pages hasMore itemId} of each operation. */
  static Map<String, String> schemes(SpecPoetGenerator.Analysis a) {
    Map<String, String> out = new TreeMap<>();
    for (Operation op : a.model().operations()) {
      Pagination p = op.pagination();
      out.put(
          op.operationId(),
          p == null
              ? "none"
              : String.join(
                  " ",
                  p.kind().name(),
                  "items=" + p.itemsPointer(),
                  "request=" + p.requestParam(),
                  "size=" + p.sizeParam(),
                  "cursor=" + p.nextCursorPath(),
                  "link=" + p.nextLinkPath(),
                  "total=" + p.totalCountPath(),
                  "pages=" + p.totalPagesPath(),
                  "hasMore=" + p.hasMorePath(),
                  "id=" + p.itemIdProperty()));
    }
    return out;
  }

  @Test
  void everySchemeOfTheGoldenSpec() throws Exception {
    SpecPoetGenerator.Analysis a =
        analyze(GoldenTest.GOLDEN.resolve("pagination").resolve("spec.yaml"));
    Map<String, String> expected = new TreeMap<>();
    String none = "cursor=null link=null total=null pages=null hasMore=null id=null";
    expected.put("listIssues", "LINK_HEADER items= request=null size=per_page " + none);
    expected.put("listTags", "PAGE_NUMBER items= request=page size=per_page " + none);
    expected.put(
        "listAlbums",
        "OFFSET items=/items request=offset size=limit cursor=null link=null total=/total"
            + " pages=null hasMore=null id=null");
    expected.put(
        "listConversations",
        "CURSOR items=/channels request=cursor size=limit cursor=/response_metadata/next_cursor"
            + " link=null total=null pages=null hasMore=null id=null");
    expected.put(
        "listCharges",
        "ITEM_CURSOR items=/data request=starting_after size=limit cursor=null link=null"
            + " total=null pages=null hasMore=/has_more id=id");
    expected.put(
        "listTracks",
        "NEXT_LINK items=/items request=null size=limit cursor=null link=/next total=null"
            + " pages=null hasMore=null id=null");
    expected.put(
        "listSites",
        "NEXT_LINK items=/value request=null size=null cursor=null link=/nextLink total=null"
            + " pages=null hasMore=null id=null");
    expected.put(
        "listUsers",
        "NEXT_LINK items=/value request=null size=$top cursor=null link=/@odata.nextLink"
            + " total=null pages=null hasMore=null id=null");
    expected.put(
        "listAccounts",
        "NEXT_LINK items=/data request=null size=page[size] cursor=null link=/links/next"
            + " total=null pages=null hasMore=null id=null");
    expected.put(
        "listCalls",
        "NEXT_LINK items=/calls request=null size=PageSize cursor=null"
            + " link=/meta/next_page_url total=null pages=null hasMore=null id=null");
    expected.put(
        "listEvents",
        "CURSOR items=/entries request=from size=max cursor=/meta/continuation link=null"
            + " total=null pages=null hasMore=/meta/more id=null");
    expected.put(
        "listTasks",
        "CURSOR items=/data request=offset size=limit cursor=/next_page/offset link=null"
            + " total=null pages=null hasMore=null id=null");
    expected.put("listWidgets", "none");
    assertEquals(expected, schemes(a));
    assertEquals(
        List.of(
            "WARNING spec.yaml:266 #/paths/~1widgets/get: this list looks paged (query parameter"
                + " 'page_token') but no pagination scheme was recognised; the call returns the"
                + " whole response (declare it with x-specpoet-pagination (see the README,"
                + " Pagination))"),
        a.warnings().stream().map(Diagnostic::format).toList());
  }

  @Test
  void aDeclarationThatCannotBeUsedIsAWarningAndAPlainCall(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("declared.yaml");
    Files.writeString(
        spec,
        """
        openapi: 3.0.3
        info: {title: Declared, version: "1"}
        paths:
          /a:
            get:
              operationId: wrongKind
              x-specpoet-pagination: {kind: pages}
              responses:
                "200": {description: OK, content: {application/json: {schema: {type: array, items: {type: string}}}}}
          /b:
            get:
              operationId: numberCursor
              parameters:
                - {name: cursor, in: query, schema: {type: integer}}
              x-specpoet-pagination: {kind: cursor, next_cursor: next}
              responses:
                "200": {description: OK, content: {application/json: {schema: {type: array, items: {type: string}}}}}
          /c:
            get:
              operationId: noItems
              parameters:
                - {name: page, in: query, schema: {type: integer}}
              x-specpoet-pagination: {kind: page_number}
              responses:
                "200": {description: OK, content: {application/json: {schema: {type: object}}}}
        """);
    SpecPoetGenerator.Analysis a = analyze(spec);
    assertEquals(
        Map.of("wrongKind", "none", "numberCursor", "none", "noItems", "none"), schemes(a));
    assertEquals(
        List.of(
            "#/paths/~1a/get/x-specpoet-pagination: unknown pagination kind 'pages' (use"
                + " page_number, offset, cursor, item_cursor, next_link or link_header)",
            "#/paths/~1b/get/x-specpoet-pagination: x-specpoet-pagination cannot be used: query"
                + " parameter 'cursor' should be a string (the call returns the whole response)",
            "#/paths/~1c/get/x-specpoet-pagination: x-specpoet-pagination is declared but the"
                + " response has no array of items (name the array with 'items' (a property, a"
                + " dotted path or a JSON pointer))"),
        a.warnings().stream()
            .map(d -> d.location().pointer() + ": " + d.message() + " (" + d.hint() + ")")
            .collect(Collectors.toList()));
  }

  @Test
  void aPageParameterOfTheWrongTypeIsNotAPageNumber(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("string-page.yaml");
    Files.writeString(
        spec,
        """
        openapi: 3.0.3
        info: {title: Strings, version: "1"}
        paths:
          /a:
            get:
              operationId: list
              parameters:
                - {name: page, in: query, schema: {type: string}}
              responses:
                "200": {description: OK, content: {application/json: {schema: {type: array, items: {type: string}}}}}
        """);
    SpecPoetGenerator.Analysis a = analyze(spec);
    assertNull(a.model().operations().get(0).pagination());
    assertEquals(1, a.warnings().size(), a.warnings().toString());
    // the warning says why the page number is not used (pandascore.co: page is integer or object)
    assertEquals(
        "this list looks paged (query parameter 'page') but cannot page: query parameter 'page'"
            + " should be an integer; the call returns the whole response",
        a.warnings().get(0).message());
  }
}
