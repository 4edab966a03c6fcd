package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.JavaTypes.CLIENT_CORE;
import static dev.specpoet.generator.emit.JavaTypes.CLIENT_OPTIONS;
import static dev.specpoet.generator.emit.JavaTypes.CLIENT_OPTIONS_BUILDER;
import static dev.specpoet.generator.emit.JavaTypes.CONSUMER;
import static dev.specpoet.generator.emit.JavaTypes.DURATION;
import static dev.specpoet.generator.emit.JavaTypes.HTTP_TRANSPORT;
import static dev.specpoet.generator.emit.JavaTypes.LOG_LEVEL;
import static dev.specpoet.generator.emit.JavaTypes.MAP;
import static dev.specpoet.generator.emit.JavaTypes.OBJECTS;
import static dev.specpoet.generator.emit.JavaTypes.RETRY_POLICY;
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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The blocking client ({@code AiGatewayClient}) and its async twin ({@code AiGatewayClientAsync})
 * in the base package: a builder with the base URL, one method per credential, timeouts, retries,
 * headers, logging and transport; {@code fromEnv()}; accessors for the top-level resources; {@code
 * async()}/{@code sync()} sharing one {@code ClientCore} (one connection pool); {@code close()}.
 *
 * <p>Over 500 lines for a reason: about half of it emits the client builders (options, credentials,
 * {@code fromEnv()}), which move to a {@code ClientBuilder} base class in the runtime (issue 10,
 * its runtime half), leaving the generated builders only credentials and the base URL.
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
                envDoc(
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
    type.addType(
        builderType(
            self,
            builder,
            names,
            credentials,
            Credentials.alternatives(credentials, model.securityRequirements()),
            prefix,
            baseUrl,
            async));
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

  /** {@code CLOUDFLARE_EMAIL} + {@code CLOUDFLARE_API_KEY}, as javadoc or as plain text. */
  private static String together(List<Credential> alternative, boolean javadoc) {
    return alternative.stream()
        .map(c -> javadoc ? "{@code " + c.envVar() + "}" : c.envVar())
        .collect(Collectors.joining(" + "));
  }

  private static String envDoc(
      List<Credential> credentials, List<List<Credential>> alternatives, String prefix) {
    StringBuilder s = new StringBuilder();
    if (alternatives.isEmpty()) {
      for (Credential c : credentials) {
        s.append("{@code ").append(c.envVar()).append("}, ");
      }
    } else {
      s.append(
          alternatives.stream().map(a -> together(a, true)).collect(Collectors.joining(" or ")));
      s.append(alternatives.size() > 1 ? " (only the first one fully set is sent), " : ", ");
    }
    s.append("{@code ")
        .append(prefix)
        .append("_BASE_URL} (optional) and {@code ")
        .append(prefix)
        .append("_LOG} ({@code basic}, {@code headers} or {@code body}; optional)");
    return s.toString();
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
      call.append("  var result = ")
          .append(Resources.callChain(example, names))
          .append('(')
          .append(shape.paramsClass.simpleName())
          .append(".builder()");
      for (Field f : shape.fields) {
        if (f.required()) {
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
        envDoc(
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

  private static TypeSpec builderType(
      ClassName client,
      ClassName builder,
      JavaNames names,
      List<Credential> credentials,
      List<List<Credential>> alternatives,
      String prefix,
      String baseUrl,
      boolean async) {
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addModifiers(PUBLIC, STATIC, FINAL)
            .addJavadoc("Builds {@link $T}; not thread-safe.\n", client);
    b.addField(
        FieldSpec.builder(CLIENT_OPTIONS_BUILDER, "options", PRIVATE, FINAL)
            .initializer("$T.builder()", CLIENT_OPTIONS)
            .build());
    MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(PRIVATE);
    if (baseUrl != null) {
      ctor.addStatement("options.baseUrl(DEFAULT_BASE_URL)");
    }
    b.addMethod(ctor.build());

    b.addMethod(
        setter(
            builder,
            "baseUrl",
            STRING,
            "baseUrl",
            "The base URL"
                + (baseUrl == null ? " (required)" : ", instead of {@link #DEFAULT_BASE_URL}")
                + ".\n"));
    for (Credential c : credentials) {
      b.addMethod(credentialMethod(builder, c));
    }
    b.addMethod(
        MethodSpec.methodBuilder("header")
            .addModifiers(PUBLIC)
            .returns(builder)
            .addParameter(STRING, "name")
            .addParameter(STRING, "value")
            .addJavadoc("Sends a header with every request (null removes it).\n")
            .addStatement("options.header(name, value)")
            .addStatement("return this")
            .build());
    b.addMethod(
        setter(
            builder,
            "connectTimeout",
            DURATION,
            "connectTimeout",
            "How long to wait for a connection.\n"));
    b.addMethod(
        setter(
            builder, "readTimeout", DURATION, "readTimeout", "How long to wait for each read.\n"));
    b.addMethod(
        setter(
            builder,
            "writeTimeout",
            DURATION,
            "writeTimeout",
            "How long to wait for each write.\n"));
    b.addMethod(
        setter(
            builder,
            "callTimeout",
            DURATION,
            "callTimeout",
            "The limit for a whole call, retries included (zero: none).\n"));
    b.addMethod(
        setter(
            builder,
            "maxRetries",
            TypeName.INT,
            "maxRetries",
            "How often a failed call is retried (connection failures, 408, 409, 429, 5xx).\n"));
    b.addMethod(
        setter(
            builder,
            "retryPolicy",
            RETRY_POLICY,
            "retryPolicy",
            "Backoff and Retry-After limits.\n"));
    b.addMethod(
        setter(
            builder,
            "logLevel",
            LOG_LEVEL,
            "logLevel",
            "What is logged; credentials never are.\n"));
    b.addMethod(
        setter(
            builder,
            "transport",
            HTTP_TRANSPORT,
            "transport",
            "The HTTP transport (default: OkHttp); the client does not close a transport given here.\n"));
    b.addMethod(
        MethodSpec.methodBuilder("env")
            .addModifiers(PUBLIC)
            .returns(builder)
            .addParameter(ParameterizedTypeName.get(MAP, STRING, STRING), "env")
            .addJavadoc(
                "The environment {@link #fromEnv()} reads, instead of {@link System#getenv()} (for tests).\n")
            .addStatement("options.env(env)")
            .addStatement("return this")
            .build());

    MethodSpec.Builder fromEnv =
        MethodSpec.methodBuilder("fromEnv")
            .addModifiers(PUBLIC)
            .returns(builder)
            .addJavadoc(
                "Reads the environment: $L. Unset variables change nothing.\n$L",
                envDoc(credentials, alternatives, prefix),
                alternatives.stream().anyMatch(a -> a.size() > 1)
                    ? "\n@return this builder\n@throws IllegalStateException when only part of a set of credentials that"
                        + " go together is set, and no other set is complete\n"
                    : "")
            .addStatement("options.fromEnv(ENV_PREFIX)");
    if (alternatives.isEmpty()) {
      // the spec states no security requirement: every credential that is set is sent
      if (!credentials.isEmpty()) {
        fromEnv.addStatement("$T value", STRING);
      }
      for (Credential c : credentials) {
        fromEnv.addStatement("value = options.env($S)", c.envVar());
        fromEnv.beginControlFlow("if (value != null)");
        applyFromEnv(fromEnv, c, "value");
        fromEnv.endControlFlow();
      }
    } else {
      fromEnvAlternatives(fromEnv, alternatives);
    }
    b.addMethod(fromEnv.addStatement("return this").build());
    b.addMethod(
        MethodSpec.methodBuilder("options")
            .addModifiers(PUBLIC)
            .returns(builder)
            .addParameter(ParameterizedTypeName.get(CONSUMER, CLIENT_OPTIONS_BUILDER), "modifier")
            .addJavadoc("Changes any client option directly.\n")
            .addStatement("modifier.accept(options)")
            .addStatement("return this")
            .build());
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addModifiers(PUBLIC)
            .returns(client)
            .addJavadoc(
                "The client.\n\n@return the client\n"
                    + "@throws IllegalArgumentException naming the option that is missing or invalid\n");
    if (async) {
      build.addStatement("return new $T(options.build()).async()", names.clientClass());
    } else {
      build.addStatement("return new $T(options.build())", client);
    }
    b.addMethod(build.build());
    return b.build();
  }

  private static void applyFromEnv(MethodSpec.Builder m, Credential c, String value) {
    if (c.kind() == Credentials.Kind.BASIC) {
      String colon = value.equals("value") ? "colon" : value + "Colon";
      m.addStatement("int $N = $N.indexOf(':')", colon, value);
      m.beginControlFlow("if ($N < 0)", colon);
      m.addStatement(
          "throw new $T($S)",
          IllegalArgumentException.class,
          c.envVar() + " must be user:password");
      m.endControlFlow();
      m.addStatement(
          "$N($N.substring(0, $N), $N.substring($N + 1))", c.method(), value, colon, value, colon);
    } else {
      m.addStatement("$N($N)", c.method(), value);
    }
  }

  /**
   * The spec's security alternatives, in its order: the first whose variables are all set is sent,
   * and only it ({@code CLOUDFLARE_API_TOKEN} wins over {@code CLOUDFLARE_EMAIL} + {@code
   * CLOUDFLARE_API_KEY}: the API would get two credentials and may reject or mis-attribute the
   * call). When none is complete but one that needs several variables is partly set, that is a
   * mistake: an IllegalStateException names what is missing.
   */
  private static void fromEnvAlternatives(
      MethodSpec.Builder m, List<List<Credential>> alternatives) {
    Map<Credential, String> locals = new LinkedHashMap<>();
    for (List<Credential> alternative : alternatives) {
      for (Credential c : alternative) {
        locals.computeIfAbsent(c, k -> k.method() + "Env");
      }
    }
    locals.forEach(
        (c, local) -> m.addStatement("$T $N = options.env($S)", STRING, local, c.envVar()));
    for (int i = 0; i < alternatives.size(); i++) {
      List<Credential> alternative = alternatives.get(i);
      String allSet =
          alternative.stream()
              .map(c -> locals.get(c) + " != null")
              .collect(Collectors.joining(" && "));
      if (i == 0) {
        m.beginControlFlow("if ($L)", allSet);
      } else {
        m.nextControlFlow("else if ($L)", allSet);
      }
      alternative.forEach(c -> applyFromEnv(m, c, locals.get(c)));
    }
    for (List<Credential> alternative : alternatives) {
      if (alternative.size() < 2) {
        continue;
      }
      String anySet =
          alternative.stream()
              .map(c -> locals.get(c) + " != null")
              .collect(Collectors.joining(" || "));
      m.nextControlFlow("else if ($L)", anySet);
      CodeBlock.Builder missing = CodeBlock.builder();
      for (int i = 0; i < alternative.size(); i++) {
        Credential c = alternative.get(i);
        missing
            .add(i == 0 ? "" : " + ")
            .add("($N == null ? $S : \"\")", locals.get(c), ", " + c.envVar());
      }
      m.addStatement("$T missing = $L", STRING, missing.build());
      List<String> others =
          alternatives.stream().filter(a -> a != alternative).map(a -> together(a, false)).toList();
      m.addStatement(
          "throw new $T(\"fromEnv(): \" + missing.substring(2) + $S)",
          IllegalStateException.class,
          " not set; "
              + together(alternative, false).replace(" + ", " and ")
              + " go together"
              + (others.isEmpty() ? "" : " (or set " + String.join(" or ", others) + " instead)"));
    }
    m.endControlFlow();
  }

  private static MethodSpec setter(
      ClassName builder, String name, TypeName type, String param, String doc) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(PUBLIC)
        .returns(builder)
        .addParameter(type, param)
        .addJavadoc(doc)
        .addStatement("options.$N($N)", name, param)
        .addStatement("return this")
        .build();
  }

  private static MethodSpec credentialMethod(ClassName builder, Credential c) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(c.method()).addModifiers(PUBLIC).returns(builder);
    String text = Javadocs.text(c.scheme().doc());
    CodeBlock.Builder doc = CodeBlock.builder();
    if (text != null) {
      doc.add("$L\n\n<p>", text);
    }
    switch (c.kind()) {
      case BEARER -> {
        doc.add(
            "Sent as {@code Authorization: Bearer <token>}; never logged. {@code fromEnv()} reads {@code $L}.\n",
            c.envVar());
        m.addParameter(STRING, "token").addStatement("options.bearerToken(token)");
      }
      case HEADER -> {
        doc.add(
            "Sent as header {@code $L}; never logged. {@code fromEnv()} reads {@code $L}.\n",
            Javadocs.escape(c.header()),
            c.envVar());
        if (c.header().equals("Cookie")) {
          m.addParameter(STRING, "value")
              .addStatement(
                  "options.secretHeader($S, $S + value)",
                  "Cookie",
                  c.scheme().parameterName() + "=");
        } else {
          m.addParameter(STRING, "value")
              .addStatement("options.secretHeader($S, value)", c.header());
        }
      }
      case BASIC -> {
        doc.add(
            "HTTP basic authentication; never logged. {@code fromEnv()} reads {@code $L} as {@code user:password}.\n",
            c.envVar());
        m.addParameter(STRING, "username")
            .addParameter(STRING, "password")
            .addStatement(
                "options.secretHeader(\"Authorization\", \"Basic \" + $T.getEncoder().encodeToString(\n"
                    + "    (username + \":\" + password).getBytes($T.UTF_8)))",
                Base64.class,
                java.nio.charset.StandardCharsets.class);
      }
    }
    return m.addJavadoc(doc.build()).addStatement("return this").build();
  }
}
