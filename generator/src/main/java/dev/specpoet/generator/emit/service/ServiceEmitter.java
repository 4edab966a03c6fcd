package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.JavaTypes.API_REQUEST;
import static dev.specpoet.generator.emit.JavaTypes.CLIENT_CORE;
import static dev.specpoet.generator.emit.JavaTypes.COMPLETABLE_FUTURE;
import static dev.specpoet.generator.emit.JavaTypes.OBJECTS;
import static dev.specpoet.generator.emit.JavaTypes.RAW_RESPONSE;
import static dev.specpoet.generator.emit.JavaTypes.REQUEST_OPTIONS;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.emit.service.OperationShape.Field;
import dev.specpoet.generator.emit.service.OperationShape.Paging;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.names.JavaNames;
import dev.specpoet.generator.names.ReservedNames;
import java.util.ArrayList;
import java.util.List;
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
final class ServiceEmitter implements Emitter<ServiceEmitter.Unit> {

  /** One service class: a resource's blocking service or its async twin. */
  record Unit(Resource resource, boolean async) {}

  @Override
  public List<Unit> units(EmitContext ctx) {
    List<Unit> out = new ArrayList<>();
    for (Resources.Node node : Resources.walk(ctx.model().root())) {
      if (Resources.hasService(node.resource())) {
        out.add(new Unit(node.resource(), false));
        out.add(new Unit(node.resource(), true));
      }
    }
    return out;
  }

  @Override
  public SourceLocation source(Unit unit, EmitContext ctx) {
    Resource r = unit.resource();
    return r.operations().isEmpty()
        ? SourceLocation.of(ctx.model().sourceFile(), "#/paths")
        : r.operations().get(0).source();
  }

  @Override
  public EmittedType emit(Unit unit, EmitContext ctx) {
    Resource r = unit.resource();
    JavaNames names = ctx.names();
    ClassName self = names.serviceClass(r.path(), unit.async());
    return new EmittedType(
        (unit.async() ? "service-async:" : "service:") + String.join(".", r.path()),
        null,
        self.packageName(),
        serviceSpec(r, OperationShape.all(r.operations(), ctx), names, unit.async()),
        source(unit, ctx));
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
          type.addField(SharedMembers.handlerField(s, names, shared));
        }
      }
      type.addField(FieldSpec.builder(CLIENT_CORE, "core", PRIVATE, FINAL).build());
      ClassName raw = self.nestedClass(ReservedNames.RAW_VIEW);
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
        Resources.addChildAccessor(type, child.path(), names, async, "core");
      }
      for (OperationShape s : shapes) {
        addOperation(type, s);
        if (!async) {
          type.addMethod(SharedMembers.requestMethod(s, names, shared));
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
      return names.operationMembers(s.op).handler();
    }

    private CodeBlock handlerRef(OperationShape s) {
      return async
          ? CodeBlock.of("$T.$N", sync, handlerName(s))
          : CodeBlock.of("$N", handlerName(s));
    }

    private CodeBlock requestRef(OperationShape s) {
      return async
          ? CodeBlock.of("$T.$N(params)", sync, names.operationMembers(s.op).request())
          : CodeBlock.of("$N(params)", names.operationMembers(s.op).request());
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
      String page = names.operationMembers(s.op).page();
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
     * {@code private Page<Log> _listPage(params, requestOptions, response)}: the page over one
     * response, with the strategy of its scheme and what fetches the next page: the same method
     * with the next page number, offset or cursor, or the request sent to the next link.
     */
    private MethodSpec pageMethod(OperationShape s) {
      Paging p = s.paging;
      String page = names.operationMembers(s.op).page();
      TypeName returns = s.returnType(async);
      MethodSpec.Builder m =
          MethodSpec.methodBuilder(page)
              .addModifiers(PRIVATE)
              .returns(returns)
              .addParameter(s.paramsClass, "params")
              .addParameter(REQUEST_OPTIONS, "requestOptions")
              .addParameter(s.handledType(), "response");
      PageStrategies.declareInfo(m, p);
      CodeBlock strategy = PageStrategies.strategy(p);
      String next = "next";
      CodeBlock fetch;
      if (p.kind().followsLinks()) {
        CodeBlock request = CodeBlock.of("$L.withLink($N)", requestRef(s), next);
        fetch =
            async
                ? CodeBlock.of(
                    "core.executeAsync($L, $L, requestOptions)\n"
                        + "        .thenApply(r -> $N(params, requestOptions, r))",
                    request,
                    handlerRef(s),
                    page)
                : CodeBlock.of(
                    "$N(params, requestOptions,\n        core.execute($L, $L, requestOptions))",
                    page,
                    request,
                    handlerRef(s));
      } else {
        Field req = p.requestField();
        fetch =
            CodeBlock.of(
                "$N($L, requestOptions)",
                s.methodName,
                CodeBlock.of(
                    "params.toBuilder().$N($L).build()",
                    req.member(),
                    PageStrategies.convertLong(req, next)));
      }
      m.addStatement(
          "return $T.of($L, $L,\n    $N -> $L)",
          async ? JavaTypes.ASYNC_PAGE : JavaTypes.PAGE,
          p.envelope() ? "response.result()" : "response",
          strategy,
          next,
          fetch);
      return m.build();
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
}
