package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.JavaTypes.PAGINATION_INFO;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.emit.service.OperationShape.Field;
import dev.specpoet.generator.emit.service.OperationShape.Paging;
import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.TypeRef;

/**
 * The code of a service's page method that depends on the pagination scheme: the {@code
 * PaginationInfo} it reads from a response and the runtime {@code PageStrategy} it builds (page
 * number, offset, cursor, item cursor, next link or {@code Link} header), for {@link
 * ServiceEmitter}.
 */
final class PageStrategies {
  private PageStrategies() {}

  /** Whether the page method declares {@code info}: the envelope's or the body's stop signals. */
  static boolean readsInfo(Paging p) {
    return p.envelope() || infoRead(p.pagination());
  }

  /** Declares {@code info} in the page method when {@link #readsInfo} says it is read. */
  static void declareInfo(MethodSpec.Builder m, Paging p) {
    Pagination model = p.pagination();
    boolean info = readsInfo(p);
    if (p.envelope()) {
      m.addStatement(
          "$T info = $T.fromJson($L)",
          PAGINATION_INFO,
          PAGINATION_INFO,
          p.resultInfoProperty() != null ? "response.resultInfo()" : "response.body()");
    } else if (info) {
      m.addStatement(
          "$T info = $T.at(response.body(), $L, $L, $L)",
          PAGINATION_INFO,
          PAGINATION_INFO,
          literal(model.totalCountPath()),
          literal(model.totalPagesPath()),
          literal(model.hasMorePath()));
    }
  }

  /** The expression building the page's next-page strategy. */
  static CodeBlock strategy(Paging p) {
    Pagination model = p.pagination();
    boolean info = readsInfo(p);
    CodeBlock hasMore = info ? CodeBlock.of("info.hasMore()") : CodeBlock.of("null");
    CodeBlock size =
        p.sizeField() == null
            ? CodeBlock.of("null")
            : longValue(
                p.sizeField(),
                p.sizeDefault() == null
                    ? CodeBlock.of("null")
                    : CodeBlock.of("$LL", p.sizeDefault()));
    return switch (p.kind()) {
      case PAGE_NUMBER, OFFSET ->
          CodeBlock.of(
              "$T.of($L,\n    $L,\n    $L)",
              p.kind() == Pagination.Kind.PAGE_NUMBER
                  ? JavaTypes.PAGE_NUMBER_STRATEGY
                  : JavaTypes.OFFSET_STRATEGY,
              info ? "info" : "null",
              longValue(p.requestField(), CodeBlock.of("$LL", p.startValue())),
              size);
      case CURSOR ->
          p.envelope()
              ? cursorStrategy(model.nextCursorPath())
              : CodeBlock.of(
                  "$T.of(response.text($S), $L)",
                  JavaTypes.CURSOR_STRATEGY,
                  model.nextCursorPath(),
                  hasMore);
      case ITEM_CURSOR ->
          CodeBlock.of(
              "$T.of(response.body().at($S), $S, $L, $L)",
              JavaTypes.ITEM_CURSOR_STRATEGY,
              p.envelope() ? "/" + p.itemsProperty() : model.itemsPointer(),
              model.itemIdProperty(),
              hasMore,
              size);
      case NEXT_LINK ->
          p.envelope()
              ? CodeBlock.of(
                  "$T.of(response.body().at($S).textValue())",
                  JavaTypes.NEXT_LINK_STRATEGY,
                  model.nextLinkPath())
              : CodeBlock.of(
                  "$T.of(response.text($S))", JavaTypes.NEXT_LINK_STRATEGY, model.nextLinkPath());
      case LINK_HEADER ->
          CodeBlock.of("$T.fromLinkHeader(response.headers())", JavaTypes.NEXT_LINK_STRATEGY);
    };
  }

  /** Whether the page reads stop signals (total count or pages, has_more) from the body. */
  static boolean infoRead(Pagination p) {
    return p.totalCountPath() != null || p.totalPagesPath() != null || p.hasMorePath() != null;
  }

  static CodeBlock literal(String s) {
    return s == null ? CodeBlock.of("null") : CodeBlock.of("$S", s);
  }

  /**
   * {@code CursorStrategy.of(info)}, or, when the spec says where the cursor sits, the cursor read
   * there ({@code has_more} still comes from the info).
   */
  static CodeBlock cursorStrategy(String cursorPointer) {
    if (cursorPointer == null || cursorPointer.isBlank()) {
      return CodeBlock.of("$T.of(info)", JavaTypes.CURSOR_STRATEGY);
    }
    return CodeBlock.of(
        "$T.of(response.body().at($S).textValue(), info.hasMore())",
        JavaTypes.CURSOR_STRATEGY,
        cursorPointer);
  }

  /**
   * {@code params.page().map(Number::longValue).orElse(1L)} or {@code params.page().longValue()}.
   */
  static CodeBlock longValue(Field f, CodeBlock fallback) {
    if (f.optionalGetter()) {
      return CodeBlock.of("params.$N().map(Number::longValue).orElse($L)", f.member(), fallback);
    }
    return CodeBlock.of("params.$N().longValue()", f.member());
  }

  static CodeBlock convertLong(Field f, String value) {
    if (f.typeRef() instanceof TypeRef.Primitive prim && prim.kind() == PrimitiveKind.INT32) {
      return CodeBlock.of("$T.toIntExact($N)", Math.class, value);
    }
    return CodeBlock.of("$N", value);
  }
}
