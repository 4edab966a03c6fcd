package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.service.RuntimeTypes.API_REQUEST;
import static dev.specpoet.generator.emit.service.RuntimeTypes.API_REQUEST_BUILDER;
import static dev.specpoet.generator.emit.service.RuntimeTypes.CLIENT_CORE;
import static dev.specpoet.generator.emit.service.RuntimeTypes.COMPLETABLE_FUTURE;
import static dev.specpoet.generator.emit.service.RuntimeTypes.JSON_NODE;
import static dev.specpoet.generator.emit.service.RuntimeTypes.LIST;
import static dev.specpoet.generator.emit.service.RuntimeTypes.OBJECTS;
import static dev.specpoet.generator.emit.service.RuntimeTypes.OBJECT_NODE;
import static dev.specpoet.generator.emit.service.RuntimeTypes.PAGINATION_INFO;
import static dev.specpoet.generator.emit.service.RuntimeTypes.QUERY_STYLE;
import static dev.specpoet.generator.emit.service.RuntimeTypes.RAW_RESPONSE;
import static dev.specpoet.generator.emit.service.RuntimeTypes.REQUEST_OPTIONS;
import static dev.specpoet.generator.emit.service.RuntimeTypes.RESPONSE_CONTEXT;
import static dev.specpoet.generator.emit.service.RuntimeTypes.RESPONSE_HANDLER;
import static dev.specpoet.generator.emit.service.RuntimeTypes.RESPONSE_HANDLERS;
import static dev.specpoet.generator.emit.service.RuntimeTypes.TYPE_REFERENCE;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;
import static javax.lang.model.element.Modifier.VOLATILE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.emit.service.OperationShape.BodyKind;
import dev.specpoet.generator.emit.service.OperationShape.Field;
import dev.specpoet.generator.emit.service.OperationShape.Paging;
import dev.specpoet.generator.emit.service.OperationShape.ResultKind;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.names.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * One service per resource, blocking ({@code AiGatewayLogsService}) and async ({@code
 * AiGatewayLogsServiceAsync}), in {@code PKG.services}. A service holds the client's {@code
 * ClientCore}, exposes its child resources, and has one method per operation (overloads with
 * params, params and request options, and none when nothing is required). Each service has a {@code
 * withRawResponse()} view whose methods return {@code RawResponse} (status, headers, value).
 *
 * <p>The blocking service also holds, package-private, what both twins share: the response handler
 * of each operation and the static method that turns params into an {@code ApiRequest}.
 */
final class ServiceEmitter implements Emitter {

  static final String RAW_VIEW = "WithRawResponse";

  @Override
  public List<EmittedType> emit(ApiModel model, JavaNames names) {
    List<EmittedType> out = new ArrayList<>();
    for (Resources.Node node : Resources.walk(model.root())) {
      Resource r = node.resource();
      if (!Resources.hasService(r)) {
        continue;
      }
      List<OperationShape> shapes = OperationShape.all(r.operations(), model, names);
      SourceLocation source =
          r.operations().isEmpty()
              ? SourceLocation.of(model.sourceFile(), "#/paths")
              : r.operations().get(0).source();
      String id = String.join(".", r.path());
      ClassName sync = names.serviceClass(r.path(), false);
      ClassName async = names.serviceClass(r.path(), true);
      out.add(
          new EmittedType(
              "service:" + id,
              null,
              sync.packageName(),
              serviceSpec(r, shapes, names, false),
              source));
      out.add(
          new EmittedType(
              "service-async:" + id,
              null,
              async.packageName(),
              serviceSpec(r, shapes, names, true),
              source));
    }
    return out;
  }

  static TypeSpec serviceSpec(
      Resource r, List<OperationShape> shapes, JavaNames names, boolean async) {
    return DocTags.complete(new Builder(r, shapes, names, async).build());
  }

  /** Builds one service class. */
  private static final class Builder {
    private final Resource resource;
    private final List<OperationShape> shapes;
    private final JavaNames names;
    private final boolean async;
    private final ClassName self;
    private final ClassName sync;

    /** Modifiers of what the blocking service shares with its async twin. */
    private final Modifier[] shared;

    Builder(Resource resource, List<OperationShape> shapes, JavaNames names, boolean async) {
      this.resource = resource;
      this.shapes = shapes;
      this.names = names;
      this.async = async;
      this.self = names.serviceClass(resource.path(), async);
      this.sync = names.serviceClass(resource.path(), false);
      boolean samePackage =
          self.packageName().equals(names.serviceClass(resource.path(), true).packageName());
      this.shared = samePackage ? new Modifier[] {STATIC} : new Modifier[] {PUBLIC, STATIC};
    }

    TypeSpec build() {
      TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(PUBLIC, FINAL);
      type.addJavadoc(classDoc());
      if (!async) {
        for (OperationShape s : shapes) {
          type.addField(handlerField(s));
        }
      }
      type.addField(FieldSpec.builder(CLIENT_CORE, "core", PRIVATE, FINAL).build());
      ClassName raw = self.nestedClass(RAW_VIEW);
      type.addField(FieldSpec.builder(raw, "withRawResponse", PRIVATE, FINAL).build());
      // the root's children are reached from the client, not from the root service
      List<Resource> children = resource.path().isEmpty() ? List.of() : resource.children();
      if (!children.isEmpty()) {
        type.addField(
            FieldSpec.builder(Object.class, "lock", PRIVATE, FINAL)
                .initializer("new Object()")
                .build());
      }
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(PUBLIC)
              .addParameter(CLIENT_CORE, "core")
              .addJavadoc(
                  "A service over {@code core}. Applications reach services through the client; this constructor\n"
                      + "is for the client and for tests.\n")
              .addStatement("this.core = $T.requireNonNull(core, \"core\")", OBJECTS)
              .addStatement("this.withRawResponse = new $T()", raw)
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("withRawResponse")
              .addModifiers(PUBLIC)
              .returns(raw)
              .addJavadoc(
                  "A view of this service whose methods return the HTTP status and headers with the value.\n")
              .addStatement("return withRawResponse")
              .build());
      for (Resource child : children) {
        addChildAccessor(type, child.path(), names, async, "core");
      }
      for (OperationShape s : shapes) {
        addOperation(type, s);
        if (!async) {
          type.addMethod(requestMethod(s));
        }
        if (s.paging != null) {
          type.addMethod(pageMethod(s));
        }
      }
      type.addType(rawView(raw));
      return type.build();
    }

    private CodeBlock classDoc() {
      CodeBlock.Builder doc = CodeBlock.builder();
      String group = String.join(".", resource.path());
      if (resource.path().isEmpty()) {
        doc.add("The operations that belong to no group$L.\n", async ? ", async" : "");
      } else {
        doc.add(
            "The {@code $L} operations$L: {@code $L}.\n",
            Javadocs.escape(group),
            async
                ? ", async (every call returns a {@link java.util.concurrent.CompletableFuture})"
                : "",
            Resources.accessChain(resource.path(), names) + (async ? "" : ""));
      }
      doc.add("\n<p>Thread-safe; obtained from the client, which owns the connection pool.\n");
      return doc.build();
    }

    private String handlerName(OperationShape s) {
      return upperSnake(s.methodName) + "_HANDLER";
    }

    private CodeBlock handlerRef(OperationShape s) {
      return async
          ? CodeBlock.of("$T.$N", sync, handlerName(s))
          : CodeBlock.of("$N", handlerName(s));
    }

    private CodeBlock requestRef(OperationShape s) {
      return async
          ? CodeBlock.of("$T._$NRequest(params)", sync, s.methodName)
          : CodeBlock.of("_$NRequest(params)", s.methodName);
    }

    private FieldSpec handlerField(OperationShape s) {
      TypeName type = ParameterizedTypeName.get(RESPONSE_HANDLER, s.handledType());
      CodeBlock init;
      Paging p = s.paging;
      if (p != null) {
        TypeName items = ParameterizedTypeName.get(LIST, p.itemType());
        init =
            CodeBlock.of(
                "$T.envelopeWithInfo($S, $S,\n    new $T<$T>() {})",
                RESPONSE_HANDLERS,
                p.itemsProperty(),
                p.resultInfoProperty() == null ? "result_info" : p.resultInfoProperty(),
                TYPE_REFERENCE,
                items);
      } else if (s.resultKind == ResultKind.ENVELOPE) {
        init =
            CodeBlock.of(
                "$T.envelope($S,\n    new $T<$T>() {})",
                RESPONSE_HANDLERS,
                s.op.response().envelope().resultProperty(),
                TYPE_REFERENCE,
                s.resultType);
      } else if (s.resultKind == ResultKind.JSON
          && !isJson(s.op.response().contentType())
          && s.resultType.equals(ClassName.get(String.class))) {
        init =
            CodeBlock.of(
                "$T::bodyString", RESPONSE_CONTEXT); // text/plain and the like: the text as is
      } else if (s.resultKind == ResultKind.JSON
          && !isJson(s.op.response().contentType())
          && s.resultType.equals(ArrayTypeName.of(TypeName.BYTE))) {
        init = CodeBlock.of("$T::body", RESPONSE_CONTEXT); // binary: the bytes as is
      } else if (s.resultKind == ResultKind.JSON) {
        init =
            s.resultType.equals(JSON_NODE)
                ? CodeBlock.of("$T.jsonTree()", RESPONSE_HANDLERS)
                : CodeBlock.of(
                    "$T.json(\n    new $T<$T>() {})",
                    RESPONSE_HANDLERS,
                    TYPE_REFERENCE,
                    s.resultType);
      } else {
        init = CodeBlock.of("$T.discard()", RESPONSE_HANDLERS);
      }
      Modifier[] mods = new Modifier[shared.length + 1];
      System.arraycopy(shared, 0, mods, 0, shared.length);
      mods[shared.length] = FINAL;
      return FieldSpec.builder(type, handlerName(s), mods).initializer(init).build();
    }

    private static boolean isJson(String contentType) {
      return contentType == null || contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** The three public overloads of one operation. */
    private void addOperation(TypeSpec.Builder type, OperationShape s) {
      for (MethodSpec m : operationMethods(s, false)) {
        type.addMethod(m);
      }
    }

    private TypeName returned(OperationShape s, boolean raw) {
      TypeName value = s.returnType(async);
      TypeName result = raw ? ParameterizedTypeName.get(RAW_RESPONSE, value) : value;
      if (async) {
        return ParameterizedTypeName.get(COMPLETABLE_FUTURE, result);
      }
      return !raw && s.paging == null && s.resultType == null ? TypeName.VOID : result;
    }

    private List<MethodSpec> operationMethods(OperationShape s, boolean raw) {
      List<MethodSpec> methods = new ArrayList<>();
      TypeName returns = returned(s, raw);
      boolean isVoid = returns.equals(TypeName.VOID);
      String ret = isVoid ? "" : "return ";
      CodeBlock doc = methodDoc(s, raw);
      CodeBlock tags = tagsDoc(s, raw);

      MethodSpec.Builder full =
          MethodSpec.methodBuilder(s.methodName)
              .addModifiers(PUBLIC)
              .returns(returns)
              .addParameter(s.paramsClass, "params")
              .addParameter(REQUEST_OPTIONS, "requestOptions")
              .addJavadoc(doc)
              .addJavadoc(
                  "@param params the parameters\n@param requestOptions per-call overrides\n")
              .addJavadoc(tags);
      deprecate(full, s);
      full.addStatement("$T.requireNonNull(params, \"params\")", OBJECTS);
      full.addStatement("$T.requireNonNull(requestOptions, \"requestOptions\")", OBJECTS);
      full.addCode(body(s, raw));

      MethodSpec.Builder withParams =
          MethodSpec.methodBuilder(s.methodName)
              .addModifiers(PUBLIC)
              .returns(returns)
              .addParameter(s.paramsClass, "params")
              .addJavadoc(doc)
              .addJavadoc("@param params the parameters\n")
              .addJavadoc(tags)
              .addStatement("$L$N(params, $T.none())", ret, s.methodName, REQUEST_OPTIONS);
      deprecate(withParams, s);
      methods.add(withParams.build());
      methods.add(full.build());
      if (!s.anyRequired()) {
        MethodSpec.Builder none =
            MethodSpec.methodBuilder(s.methodName)
                .addModifiers(PUBLIC)
                .returns(returns)
                .addJavadoc(doc)
                .addJavadoc(tags)
                .addStatement(
                    "$L$N($T.builder().build(), $T.none())",
                    ret,
                    s.methodName,
                    s.paramsClass,
                    REQUEST_OPTIONS);
        deprecate(none, s);
        methods.add(none.build());
        MethodSpec.Builder optionsOnly =
            MethodSpec.methodBuilder(s.methodName)
                .addModifiers(PUBLIC)
                .returns(returns)
                .addParameter(REQUEST_OPTIONS, "requestOptions")
                .addJavadoc(doc)
                .addJavadoc("@param requestOptions per-call overrides\n")
                .addJavadoc(tags)
                .addStatement(
                    "$L$N($T.builder().build(), requestOptions)", ret, s.methodName, s.paramsClass);
        deprecate(optionsOnly, s);
        methods.add(optionsOnly.build());
      }
      return methods;
    }

    private static void deprecate(MethodSpec.Builder m, OperationShape s) {
      if (s.op.doc().deprecated()) {
        m.addAnnotation(Deprecated.class);
      }
    }

    private CodeBlock methodDoc(OperationShape s, boolean raw) {
      CodeBlock.Builder doc = CodeBlock.builder();
      String text = Javadocs.text(s.op.doc());
      doc.add("$L\n\n", text == null ? Javadocs.escape(s.op.operationId()) + "." : text);
      doc.add("<p>{@code $L $L}\n\n", s.op.httpMethod(), Javadocs.escape(s.op.pathTemplate()));
      if (s.paging != null) {
        doc.add(
            "<p>Returns the first page; {@code nextPage()} and {@code autoPager()} fetch the following ones.\n\n");
      }
      if (raw) {
        doc.add("<p>Returns the HTTP status and headers with the value.\n\n");
      }
      if (async) {
        doc.add("<p>The future fails with the same exceptions the blocking call throws.\n\n");
      }
      return doc.build();
    }

    /** The block tags after the parameters: what is returned and thrown. */
    private CodeBlock tagsDoc(OperationShape s, boolean raw) {
      CodeBlock.Builder doc = CodeBlock.builder();
      String what =
          s.paging != null ? "the first page" : s.resultType == null ? "nothing" : "the result";
      if (raw) {
        doc.add("@return the status, headers and $L\n", what);
      } else if (async) {
        doc.add("@return a future of $L\n", what);
      } else if (s.paging != null || s.resultType != null) {
        doc.add("@return $L\n", what);
      }
      if (!async) {
        doc.add(
            "@throws dev.specpoet.runtime.errors.ApiStatusException when the API answers with an error status\n");
        doc.add(
            "@throws dev.specpoet.runtime.errors.ApiConnectionException when the API cannot be reached\n");
      }
      return doc.build();
    }

    /** The body of the full overload: execute and adapt. */
    private CodeBlock body(OperationShape s, boolean raw) {
      CodeBlock.Builder code = CodeBlock.builder();
      CodeBlock request = requestRef(s);
      CodeBlock handler = handlerRef(s);
      if (async) {
        // a request that cannot be built (a path parameter of "..") fails the future, like any
        // other failure
        code.addStatement("$T request", API_REQUEST);
        code.beginControlFlow("try");
        code.addStatement("request = $L", request);
        code.nextControlFlow("catch ($T e)", RuntimeException.class);
        code.addStatement("return $T.failedFuture(e)", COMPLETABLE_FUTURE);
        code.endControlFlow();
        request = CodeBlock.of("request");
      }
      String execute =
          async ? (raw ? "executeRawAsync" : "executeAsync") : (raw ? "executeRaw" : "execute");
      CodeBlock call = CodeBlock.of("core.$N($L, $L, requestOptions)", execute, request, handler);
      if (s.paging == null) {
        if (!async && !raw && s.resultType == null) {
          code.addStatement("$L", call);
        } else {
          code.addStatement("return $L", call);
        }
        return code.build();
      }
      String page = "_" + s.methodName + "Page";
      if (async) {
        // the page is derived from the call; cancelling it cancels the call
        TypeName callType =
            raw ? ParameterizedTypeName.get(RAW_RESPONSE, s.handledType()) : s.handledType();
        code.addStatement(
            "$T call = $L", ParameterizedTypeName.get(COMPLETABLE_FUTURE, callType), call);
        if (raw) {
          code.addStatement(
              "$T result = call.thenApply(response -> new $T<>(response.statusCode(), response.headers(),\n"
                  + "    $N(params, requestOptions, response.value())))",
              returned(s, true),
              RAW_RESPONSE,
              page);
        } else {
          code.addStatement(
              "$T result = call.thenApply(response -> $N(params, requestOptions, response))",
              returned(s, false),
              page);
        }
        code.add(
            "result.whenComplete((value, failure) -> {\n$>"
                + "if (result.isCancelled()) {\n$>"
                + "call.cancel(false);\n$<"
                + "}\n$<"
                + "});\n");
        code.addStatement("return result");
      } else if (!raw) {
        code.addStatement("return $N(params, requestOptions, $L)", page, call);
      } else {
        code.addStatement(
            "$T response = $L", ParameterizedTypeName.get(RAW_RESPONSE, s.handledType()), call);
        code.addStatement(
            "return new $T<>(response.statusCode(), response.headers(), $N(params, requestOptions, "
                + "response.value()))",
            RAW_RESPONSE,
            page);
      }
      return code.build();
    }

    /**
     * {@code static ApiRequest _listRequest(LogListParams params)}: params to request (blocking
     * service only).
     */
    private MethodSpec requestMethod(OperationShape s) {
      MethodSpec.Builder m =
          MethodSpec.methodBuilder("_" + s.methodName + "Request")
              .addModifiers(shared)
              .returns(API_REQUEST)
              .addParameter(s.paramsClass, "params")
              .addJavadoc("The request of {@code $L}, built from {@code params}.\n", s.methodName);
      if (s.fields.stream().anyMatch(f -> f.doc().deprecated())) {
        // deprecated parameters are still sent when set
        m.addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "deprecation")
                .build());
      }
      m.addStatement(
          "$T request = $T.builder($S, $S, $S)",
          API_REQUEST_BUILDER,
          API_REQUEST,
          s.op.operationId(),
          s.op.httpMethod().name(),
          s.op.pathTemplate());
      List<Field> cookies = new ArrayList<>();
      for (Field f : s.fields) {
        CodeBlock value =
            f.optionalGetter()
                ? CodeBlock.of("params.$N().orElse(null)", f.member())
                : CodeBlock.of("params.$N()", f.member());
        switch (f.kind()) {
          case PATH -> m.addStatement("request.pathParam($S, $L)", f.jsonName(), value);
          case QUERY -> {
            String style = queryStyle(f.parameter());
            if (style == null) {
              m.addStatement("request.queryParam($S, $L)", f.jsonName(), value);
            } else {
              m.addStatement(
                  "request.queryParam($S, $L, $T.$L)", f.jsonName(), value, QUERY_STYLE, style);
            }
          }
          case HEADER -> m.addStatement("request.header($S, $L)", f.jsonName(), value);
          case COOKIE -> cookies.add(f);
          default -> {}
        }
      }
      if (!cookies.isEmpty()) {
        m.addStatement(
            "$T cookies = new $T(\"; \")", RuntimeTypes.STRING_JOINER, RuntimeTypes.STRING_JOINER);
        for (Field f : cookies) {
          CodeBlock value =
              f.optionalGetter()
                  ? CodeBlock.of("params.$N().orElse(null)", f.member())
                  : CodeBlock.of("params.$N()", f.member());
          m.addStatement(
              "$T $N = $L",
              f.type(),
              "cookie" + Character.toUpperCase(f.member().charAt(0)) + f.member().substring(1),
              value);
          m.beginControlFlow(
              "if ($N != null)",
              "cookie" + Character.toUpperCase(f.member().charAt(0)) + f.member().substring(1));
          m.addStatement(
              "cookies.add($S + $N)",
              f.jsonName() + "=",
              "cookie" + Character.toUpperCase(f.member().charAt(0)) + f.member().substring(1));
          m.endControlFlow();
        }
        m.beginControlFlow("if (cookies.length() > 0)");
        m.addStatement("request.header(\"Cookie\", cookies.toString())");
        m.endControlFlow();
      }
      if (s.bodyKind == BodyKind.FLATTENED && !s.bodyRequired) {
        m.addStatement("$T body = params._body()", OBJECT_NODE);
        m.beginControlFlow("if (body != null)")
            .addStatement("request.jsonBody(body)")
            .endControlFlow();
      } else if (s.bodyKind == BodyKind.FLATTENED) {
        m.addStatement("request.jsonBody(params._body())");
      } else if (s.bodyKind == BodyKind.WHOLE) {
        if (s.bodyRequired) {
          m.addStatement("request.jsonBody(params._body())");
        } else {
          m.beginControlFlow("if (params._body() != null)")
              .addStatement("request.jsonBody(params._body())")
              .endControlFlow();
        }
      }
      m.addStatement("request.extraHeaders(params.additionalHeaders())");
      m.addStatement("request.extraQueryParams(params.additionalQueryParams())");
      m.addStatement("return request.build()");
      return m.build();
    }

    /**
     * The {@code QueryStyle} constant for a query parameter, or null for the default (form,
     * exploded).
     */
    private static String queryStyle(Parameter p) {
      if (p == null || p.style() == null) {
        return null;
      }
      return switch (p.style()) {
        case INDEXED_BRACKETS -> "INDEXED_BRACKETS";
        case DEEP_OBJECT -> "DEEP_OBJECT";
        case SPACE_DELIMITED -> "SPACE_DELIMITED";
        case PIPE_DELIMITED -> "PIPE_DELIMITED";
        case FORM -> p.explode() ? null : "FORM_NO_EXPLODE";
        default -> null;
      };
    }

    /**
     * {@code private Page<Log> _listPage(params, requestOptions, response)}: the page over one
     * response.
     */
    private MethodSpec pageMethod(OperationShape s) {
      Paging p = s.paging;
      String page = "_" + s.methodName + "Page";
      TypeName returns = s.returnType(async);
      MethodSpec.Builder m =
          MethodSpec.methodBuilder(page)
              .addModifiers(PRIVATE)
              .returns(returns)
              .addParameter(s.paramsClass, "params")
              .addParameter(REQUEST_OPTIONS, "requestOptions")
              .addParameter(s.handledType(), "response");
      m.addStatement(
          "$T info = $T.fromJson($L)",
          PAGINATION_INFO,
          PAGINATION_INFO,
          p.resultInfoProperty() != null ? "response.resultInfo()" : "response.body()");
      Field req = p.requestField();
      String next = "next";
      CodeBlock nextParams =
          CodeBlock.of("params.toBuilder().$N($L).build()", req.member(), convertLong(req, next));
      CodeBlock strategy =
          switch (p.kind()) {
            case PAGE_NUMBER, OFFSET ->
                CodeBlock.of(
                    "$T.of(info,\n    $L,\n    $L)",
                    p.kind() == Pagination.Kind.PAGE_NUMBER
                        ? RuntimeTypes.PAGE_NUMBER_STRATEGY
                        : RuntimeTypes.OFFSET_STRATEGY,
                    longValue(req, CodeBlock.of("$LL", p.startValue())),
                    p.sizeField() == null
                        ? CodeBlock.of("null")
                        : longValue(
                            p.sizeField(),
                            p.sizeDefault() == null
                                ? CodeBlock.of("null")
                                : CodeBlock.of("$LL", p.sizeDefault())));
            case CURSOR -> cursorStrategy(s.op.pagination().nextCursorPath());
          };
      m.addStatement(
          "return $T.of(response.result(), $L,\n    $N -> $N($L, requestOptions))",
          async ? RuntimeTypes.ASYNC_PAGE : RuntimeTypes.PAGE,
          strategy,
          next,
          s.methodName,
          nextParams);
      return m.build();
    }

    /**
     * {@code CursorStrategy.of(info)}, or, when the spec says where the cursor sits, the cursor
     * read there ({@code has_more} still comes from the info).
     */
    private static CodeBlock cursorStrategy(String cursorPath) {
      if (cursorPath == null || cursorPath.isBlank()) {
        return CodeBlock.of("$T.of(info)", RuntimeTypes.CURSOR_STRATEGY);
      }
      return CodeBlock.of(
          "$T.of(response.body().at($S).textValue(), info.hasMore())",
          RuntimeTypes.CURSOR_STRATEGY,
          "/" + cursorPath.replace("~", "~0").replace("/", "~1").replace('.', '/'));
    }

    /**
     * {@code params.page().map(Number::longValue).orElse(1L)} or {@code params.page().longValue()}.
     */
    private static CodeBlock longValue(Field f, CodeBlock fallback) {
      if (f.optionalGetter()) {
        return CodeBlock.of("params.$N().map(Number::longValue).orElse($L)", f.member(), fallback);
      }
      return CodeBlock.of("params.$N().longValue()", f.member());
    }

    private static CodeBlock convertLong(Field f, String value) {
      if (f.typeRef() instanceof TypeRef.Primitive prim && prim.kind() == PrimitiveKind.INT32) {
        return CodeBlock.of("$T.toIntExact($N)", Math.class, value);
      }
      return CodeBlock.of("$N", value);
    }

    /** The nested {@code WithRawResponse} view: the same methods, returning {@code RawResponse}. */
    private TypeSpec rawView(ClassName raw) {
      TypeSpec.Builder view =
          TypeSpec.classBuilder(raw)
              .addModifiers(PUBLIC, FINAL)
              .addJavadoc(
                  "{@link $T} with the HTTP status and headers of every response: each method returns a\n"
                      + "{@link dev.specpoet.runtime.RawResponse} around what the service method returns.\n",
                  self);
      view.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
      for (OperationShape s : shapes) {
        for (MethodSpec m : operationMethods(s, true)) {
          view.addMethod(m);
        }
      }
      return view.build();
    }
  }

  /**
   * Adds a lazily created, cached, thread-safe accessor for the child resource {@code childPath}
   * (double-checked on a volatile field). Used by services and the clients.
   */
  static void addChildAccessor(
      TypeSpec.Builder type,
      List<String> childPath,
      JavaNames names,
      boolean async,
      String coreExpr) {
    ClassName service = names.serviceClass(childPath, async);
    String accessor = names.resourceAccessor(childPath);
    String field = accessor + "Service";
    type.addField(FieldSpec.builder(service, field, PRIVATE, VOLATILE).build());
    type.addMethod(
        MethodSpec.methodBuilder(accessor)
            .addModifiers(PUBLIC)
            .returns(service)
            .addJavadoc(
                "The {@code $L} operations.\n", Javadocs.escape(String.join(".", childPath)))
            .addStatement("$T result = $N", service, field)
            .beginControlFlow("if (result == null)")
            .beginControlFlow("synchronized (lock)")
            .addStatement("result = $N", field)
            .beginControlFlow("if (result == null)")
            .addStatement("result = new $T($L)", service, coreExpr)
            .addStatement("$N = result", field)
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .addStatement("return result")
            .build());
  }

  static String upperSnake(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
