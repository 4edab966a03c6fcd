package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.JavaTypes.CLIENT_CORE;
import static dev.specpoet.generator.emit.JavaTypes.CLIENT_OPTIONS;
import static dev.specpoet.generator.emit.JavaTypes.CLIENT_OPTIONS_BUILDER;
import static dev.specpoet.generator.emit.JavaTypes.CONSUMER;
import static dev.specpoet.generator.emit.JavaTypes.OBJECTS;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.emit.service.Credentials.Credential;
import dev.specpoet.generator.emit.service.OperationShape.Field;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.names.JavaNames;
import dev.specpoet.generator.names.ReservedNames;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The blocking client ({@code AiGatewayClient}) and its async twin ({@code AiGatewayClientAsync})
 * in the base package: {@code builder()} and {@code fromEnv()} (the builders themselves are {@link
 * ClientBuilders}'), accessors for the top-level resources, {@code async()}/{@code sync()} sharing
 * one {@code ClientCore} (one connection pool), {@code withOptions(..)} and {@code close()}.
 */
final class ClientEmitter implements Emitter<Boolean> {

  private static final TypeName STRING = ClassName.get(String.class);

  @Override
  public List<Boolean> units(EmitContext ctx) {
    return List.of(false, true); // the blocking client, then the async one
  }

  @Override
  public SourceLocation source(Boolean async, EmitContext ctx) {
    return SourceLocation.of(ctx.model().sourceFile(), "#");
  }

  @Override
  public EmittedType emit(Boolean async, EmitContext ctx) {
    ApiModel model = ctx.model();
    JavaNames names = ctx.names();
    ClassName self = async ? names.asyncClientClass() : names.clientClass();
    String prefix =
        model.envPrefix() != null && !model.envPrefix().isBlank()
            ? model.envPrefix()
            : envPrefix(names.clientClass());
    List<Credential> credentials = Credentials.of(model.securitySchemes(), prefix, names);
    return new EmittedType(
        async ? "client-async" : "client",
        null,
        self.packageName(),
        DocTags.complete(client(model, names, credentials, prefix, async)),
        source(async, ctx));
  }

  /**
   * The prefix of the environment variables the client reads: the client name without {@code
   * Client} in upper snake case ({@code AiGatewayClient} gives {@code AI_GATEWAY}).
   */
  static String envPrefix(ClassName client) {
    String name = client.simpleName();
    if (name.endsWith("Client") && name.length() > "Client".length()) {
      name = name.substring(0, name.length() - "Client".length());
    }
    return Credentials.upperSnake(name);
  }

  static String defaultBaseUrl(ApiModel model) {
    for (String url : model.serverUrls()) {
      if (url != null
          && (url.startsWith("https://") || url.startsWith("http://"))
          && !url.contains("{")) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      }
    }
    return null;
  }

  private TypeSpec client(
      ApiModel model, JavaNames names, List<Credential> credentials, String prefix, boolean async) {
    ClassName self = async ? names.asyncClientClass() : names.clientClass();
    ClassName twin = async ? names.clientClass() : names.asyncClientClass();
    ClassName builder = self.nestedClass(ReservedNames.BUILDER);
    String baseUrl = defaultBaseUrl(model);
    Resource root = model.root();

    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(PUBLIC, FINAL)
            .addSuperinterface(AutoCloseable.class);
    type.addJavadoc(classDoc(model, names, credentials, prefix, baseUrl, async));
    if (baseUrl != null) {
      type.addField(
          FieldSpec.builder(STRING, "DEFAULT_BASE_URL", PUBLIC, STATIC, FINAL)
              .addJavadoc("The base URL used unless another is set: the spec's first server.\n")
              .initializer("$S", baseUrl)
              .build());
    }
    type.addField(
        FieldSpec.builder(STRING, "ENV_PREFIX", PUBLIC, STATIC, FINAL)
            .addJavadoc(
                "The prefix of the environment variables {@code fromEnv()} reads ({@code $L_BASE_URL}, {@code $L_LOG}).\n",
                prefix,
                prefix)
            .initializer("$S", prefix)
            .build());
    type.addField(FieldSpec.builder(CLIENT_CORE, "core", PRIVATE, FINAL).build());
    type.addField(FieldSpec.builder(twin, async ? "sync" : "async", PRIVATE, FINAL).build());
    if (!root.children().isEmpty()) {
      type.addField(
          FieldSpec.builder(Object.class, "lock", PRIVATE, FINAL)
              .initializer("new Object()")
              .build());
    }
    ClassName rootService =
        root.operations().isEmpty() ? null : names.serviceClass(List.of(), async);
    if (rootService != null) {
      type.addField(FieldSpec.builder(rootService, "rootService", PRIVATE, FINAL).build());
    }

    // constructors
    if (!async) {
      type.addMethod(
          MethodSpec.constructorBuilder()
              .addModifiers(PUBLIC)
              .addParameter(CLIENT_OPTIONS, "options")
              .addJavadoc(
                  "A client with {@code options} (usually made by {@link #builder()}).\n\n"
                      + "@param options the options, with the base URL and credentials\n")
              .addStatement(
                  "this(new $T($T.requireNonNull(options, \"options\")))", CLIENT_CORE, OBJECTS)
              .build());
      MethodSpec.Builder ctor =
          MethodSpec.constructorBuilder()
              .addModifiers(PRIVATE)
              .addParameter(CLIENT_CORE, "core")
              .addStatement("this.core = core")
              .addStatement("this.async = new $T(core, this)", twin);
      if (rootService != null) {
        ctor.addStatement("this.rootService = new $T(core)", rootService);
      }
      type.addMethod(ctor.build());
    } else {
      MethodSpec.Builder ctor =
          MethodSpec.constructorBuilder()
              .addParameter(CLIENT_CORE, "core")
              .addParameter(twin, "sync")
              .addJavadoc("The async twin of {@code sync}, on the same core.\n")
              .addStatement("this.core = core")
              .addStatement("this.sync = sync");
      if (rootService != null) {
        ctor.addStatement("this.rootService = new $T(core)", rootService);
      }
      type.addMethod(ctor.build());
    }

    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(PUBLIC, STATIC)
            .returns(builder)
            .addJavadoc("A builder with the default base URL and no credentials.\n")
            .addStatement("return new $T()", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("fromEnv")
            .addModifiers(PUBLIC, STATIC)
            .returns(self)
            .addJavadoc(
                "A client configured from the environment: $L.\n\n"
                    + "@return the client\n@throws IllegalArgumentException when a variable holds an invalid value\n"
                    + "$L",
                ClientBuilders.envDoc(
                    credentials,
                    Credentials.alternatives(credentials, model.securityRequirements()),
                    prefix),
                Credentials.alternatives(credentials, model.securityRequirements()).stream()
                        .anyMatch(a -> a.size() > 1)
                    ? "@throws IllegalStateException when only part of a set of credentials that go together is set,"
                        + " and no other set is complete\n"
                    : "")
            .addStatement("return builder().fromEnv().build()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("options")
            .addModifiers(PUBLIC)
            .returns(CLIENT_OPTIONS)
            .addJavadoc("The options this client runs with.\n")
            .addStatement("return core.options()")
            .build());
    if (async) {
      type.addMethod(
          MethodSpec.methodBuilder("sync")
              .addModifiers(PUBLIC)
              .returns(twin)
              .addJavadoc("The blocking twin of this client, sharing its connection pool.\n")
              .addStatement("return sync")
              .build());
    } else {
      type.addMethod(
          MethodSpec.methodBuilder("async")
              .addModifiers(PUBLIC)
              .returns(twin)
              .addJavadoc(
                  "The async twin of this client, sharing its connection pool: every call returns a\n"
                      + "{@link java.util.concurrent.CompletableFuture}. Closing either closes both.\n")
              .addStatement("return async")
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("withOptions")
            .addModifiers(PUBLIC)
            .returns(self)
            .addParameter(ParameterizedTypeName.get(CONSUMER, CLIENT_OPTIONS_BUILDER), "modifier")
            .addJavadoc(
                "A new client with these options changed by {@code modifier}. The new client has its own\n"
                    + "connection pool unless a transport was set, and must be closed too.\n")
            .addStatement("$T options = core.options().toBuilder()", CLIENT_OPTIONS_BUILDER)
            .addStatement("modifier.accept(options)")
            .addStatement(
                async ? "return new $T(options.build()).async()" : "return new $T(options.build())",
                names.clientClass())
            .build());
    for (Resource child : root.children()) {
      Resources.addChildAccessor(type, child.path(), names, async, "core");
    }
    if (rootService != null) {
      addRootDelegates(type, model, names, root, async);
    }
    type.addMethod(
        MethodSpec.methodBuilder("close")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .addJavadoc(
                "Releases the connection pool and threads (of both twins). Calls made afterwards fail.\n")
            .addStatement("core.close()")
            .build());
    ClassName baseBuilder = names.clientClass().nestedClass("BaseBuilder");
    if (!async) {
      type.addType(
          ClientBuilders.baseBuilderType(
              self,
              baseBuilder,
              credentials,
              Credentials.alternatives(credentials, model.securityRequirements()),
              prefix,
              baseUrl));
    }
    type.addType(ClientBuilders.builderType(self, builder, baseBuilder, names, async));
    return type.build();
  }

  /**
   * Operations of the root resource are methods of the client itself, delegating to the root
   * service.
   */
  private static void addRootDelegates(
      TypeSpec.Builder type, ApiModel model, JavaNames names, Resource root, boolean async) {
    TypeSpec service =
        ServiceEmitter.serviceSpec(
            root, OperationShape.all(root.operations(), model, names), names, async);
    for (MethodSpec m : service.methodSpecs()) {
      if (m.isConstructor() || !m.modifiers().contains(PUBLIC) || m.modifiers().contains(STATIC)) {
        continue;
      }
      MethodSpec.Builder d =
          MethodSpec.methodBuilder(m.name())
              .addModifiers(PUBLIC)
              .returns(m.returnType())
              .addJavadoc(m.javadoc())
              .addAnnotations(m.annotations());
      for (ParameterSpec p : m.parameters()) {
        d.addParameter(p);
      }
      String args =
          m.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
      d.addStatement(
          "$Lroot().$N($L)", m.returnType().equals(TypeName.VOID) ? "" : "return ", m.name(), args);
      type.addMethod(d.build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("root")
            .addModifiers(PRIVATE)
            .returns(names.serviceClass(List.of(), async))
            .addStatement("return rootService")
            .build());
  }

  private static CodeBlock classDoc(
      ApiModel model,
      JavaNames names,
      List<Credential> credentials,
      String prefix,
      String baseUrl,
      boolean async) {
    ClassName self = async ? names.asyncClientClass() : names.clientClass();
    CodeBlock.Builder doc = CodeBlock.builder();
    String title =
        model.title() == null || model.title().isBlank()
            ? "the API"
            : Javadocs.escape(model.title());
    doc.add(
        "$L client for $L$L.\n",
        async ? "Async" : "Blocking",
        title,
        model.version() == null ? "" : " (version " + Javadocs.escape(model.version()) + ")");
    String text = Javadocs.text(model.doc());
    if (text != null) {
      doc.add("\n<p>$L\n", text);
    }
    doc.add(
        "\n<p>One client is meant to be shared by all threads of an application; close it when done.\n");
    if (async) {
      doc.add(
          "Every call returns a {@link java.util.concurrent.CompletableFuture}; list calls complete with an\n"
              + "{@link dev.specpoet.runtime.pagination.AsyncPage}. The blocking twin is {@link #sync()}.\n");
    } else {
      doc.add(
          "List calls return a {@link dev.specpoet.runtime.pagination.Page}; {@link #async()} is the async twin.\n");
    }
    doc.add("\n<pre>{@code\n");
    doc.add("try ($T client = $T.builder()\n", self, self);
    for (Credential c : credentials) {
      if (c.kind() == Credentials.Kind.BEARER) {
        doc.add("    .$L(System.getenv($S))\n", c.method(), c.envVar());
        break;
      }
    }
    doc.add("    .build()) {\n");
    Operation example = firstOperation(model.root());
    if (example != null) {
      OperationShape shape = OperationShape.of(example, model, names);
      StringBuilder call = new StringBuilder();
      // a blocking call that answers nothing is void: no result to keep
      boolean returnsNothing = !async && shape.paging == null && shape.resultType == null;
      call.append(returnsNothing ? "  " : "  var result = ")
          .append(Resources.callChain(example, names))
          .append('(')
          .append(shape.paramsClass.simpleName())
          .append(".builder()");
      for (Field f : shape.fields) {
        if (f.required() && !f.fixed()) { // a fixed field has no setter
          call.append("\n      .")
              .append(f.member())
              .append("(")
              .append(placeholder(f))
              .append(")");
        }
      }
      call.append("\n      .build())");
      doc.add("$L;\n", Javadocs.escape(call.toString()));
      if (async) {
        doc.add("  result.join();\n");
      }
    }
    doc.add("}\n}</pre>\n");
    doc.add(
        "\n<p>Or {@code $T.fromEnv()}: $L.\n",
        self,
        ClientBuilders.envDoc(
            credentials,
            Credentials.alternatives(credentials, model.securityRequirements()),
            prefix));
    if (baseUrl != null) {
      doc.add("The default base URL is {@code $L}.\n", Javadocs.escape(baseUrl));
    }
    return doc.build();
  }

  private static String placeholder(Field f) {
    String t = f.type().toString();
    return switch (t) {
      case "java.lang.String" -> "\"" + f.jsonName().replaceAll("[^A-Za-z0-9_-]", "") + "\"";
      case "java.lang.Integer" -> "1";
      case "java.lang.Long" -> "1L";
      case "java.lang.Boolean" -> "true";
      case "java.lang.Double" -> "1.0";
      default -> "...";
    };
  }

  private static Operation firstOperation(Resource r) {
    if (!r.operations().isEmpty()) {
      return r.operations().get(0);
    }
    for (Resource c : r.children()) {
      Operation op = firstOperation(c);
      if (op != null) {
        return op;
      }
    }
    return null;
  }
}
