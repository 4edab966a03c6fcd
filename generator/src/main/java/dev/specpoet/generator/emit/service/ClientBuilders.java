package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.JavaTypes.CLIENT_BUILDER;
import static dev.specpoet.generator.emit.JavaTypes.ENV_CREDENTIALS;
import static dev.specpoet.generator.emit.JavaTypes.LIST;
import static javax.lang.model.element.Modifier.ABSTRACT;
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
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.emit.service.Credentials.Credential;
import dev.specpoet.generator.names.JavaNames;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The client builders, nested in the clients {@link ClientEmitter} makes: {@code BaseBuilder<B>} in
 * the blocking client holds what the spec decides for both builders (credential setters, the
 * default base URL, the credentials {@code fromEnv()} reads as an {@code EnvCredentials} table)
 * over the runtime's {@code ClientBuilder}, which has every other option; each client's {@code
 * Builder} only adds {@code build()}.
 */
final class ClientBuilders {
  private static final TypeName STRING = ClassName.get(String.class);

  private ClientBuilders() {}

  /** {@code CLOUDFLARE_EMAIL} + {@code CLOUDFLARE_API_KEY}, as javadoc. */
  private static String together(List<Credential> alternative) {
    return alternative.stream()
        .map(c -> "{@code " + c.envVar() + "}")
        .collect(Collectors.joining(" + "));
  }

  static String envDoc(
      List<Credential> credentials, List<List<Credential>> alternatives, String prefix) {
    StringBuilder s = new StringBuilder();
    if (alternatives.isEmpty()) {
      for (Credential c : credentials) {
        s.append("{@code ").append(c.envVar()).append("}, ");
      }
    } else {
      s.append(alternatives.stream().map(a -> together(a)).collect(Collectors.joining(" or ")));
      s.append(alternatives.size() > 1 ? " (only the first one fully set is sent), " : ", ");
    }
    s.append("{@code ")
        .append(prefix)
        .append("_BASE_URL} (optional) and {@code ")
        .append(prefix)
        .append("_LOG} ({@code basic}, {@code headers} or {@code body}; optional)");
    return s.toString();
  }

  /** {@code BaseBuilder}: what the spec decides of both builders. Nested in the blocking client. */
  static TypeSpec baseBuilderType(
      ClassName client,
      ClassName baseBuilder,
      List<Credential> credentials,
      List<List<Credential>> alternatives,
      String prefix,
      String baseUrl) {
    TypeVariableName b =
        TypeVariableName.get(
            "B", ParameterizedTypeName.get(baseBuilder, TypeVariableName.get("B")));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(baseBuilder)
            .addModifiers(PUBLIC, ABSTRACT, STATIC)
            .addTypeVariable(b)
            .superclass(ParameterizedTypeName.get(CLIENT_BUILDER, b))
            .addJavadoc(
                "What the builders of {@link $T} and its async twin take that the spec decides: the\n"
                    + "credentials and the default base URL; every other option comes from {@link $T}.\n"
                    + "\n<p>{@code fromEnv()} reads $L.\n"
                    + "\n@param <B> the concrete builder\n",
                client,
                CLIENT_BUILDER,
                envDoc(credentials, alternatives, prefix));
    TypeName table = ParameterizedTypeName.get(ENV_CREDENTIALS, wildcardOf(baseBuilder));
    type.addField(
        FieldSpec.builder(table, "ENV_CREDENTIALS", PRIVATE, STATIC, FINAL)
            .addJavadoc("The credentials {@code fromEnv()} reads, in the spec's order.\n")
            .initializer(envCredentials(baseBuilder, credentials, alternatives))
            .build());
    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder().addStatement("super(ENV_PREFIX, ENV_CREDENTIALS)");
    if (baseUrl != null) {
      ctor.addStatement("baseUrl(DEFAULT_BASE_URL)");
    }
    type.addMethod(ctor.build());
    for (Credential c : credentials) {
      type.addMethod(credentialMethod(b, c));
    }
    return type.build();
  }

  /** {@code Builder}: only {@code build()}; everything else is inherited. */
  static TypeSpec builderType(
      ClassName client, ClassName builder, ClassName baseBuilder, JavaNames names, boolean async) {
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addModifiers(PUBLIC)
            .returns(client)
            .addJavadoc(
                "The client.\n\n@return the client\n"
                    + "@throws IllegalArgumentException naming the option that is missing or invalid\n");
    if (async) {
      build.addStatement("return new $T(buildOptions()).async()", names.clientClass());
    } else {
      build.addStatement("return new $T(buildOptions())", client);
    }
    return TypeSpec.classBuilder(builder)
        .addModifiers(PUBLIC, STATIC, FINAL)
        .superclass(ParameterizedTypeName.get(baseBuilder, builder))
        .addJavadoc(
            "Builds {@link $T}: the options of {@link $T}, the credentials of {@link $T}; not thread-safe.\n",
            client,
            CLIENT_BUILDER,
            baseBuilder)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
        .addMethod(build.build())
        .build();
  }

  private static TypeName wildcardOf(ClassName generic) {
    return ParameterizedTypeName.get(generic, WildcardTypeName.subtypeOf(Object.class));
  }

  /**
   * The table {@code fromEnv()} applies: the spec's security alternatives (the first fully set one
   * is sent, and only it), or, when the spec states no requirement, every credential on its own.
   */
  private static CodeBlock envCredentials(
      ClassName baseBuilder, List<Credential> credentials, List<List<Credential>> alternatives) {
    if (credentials.isEmpty()) {
      return CodeBlock.of("$T.none()", ENV_CREDENTIALS);
    }
    List<CodeBlock> args = new ArrayList<>();
    if (alternatives.isEmpty()) {
      credentials.forEach(c -> args.add(envVariable(baseBuilder, c)));
      return CodeBlock.of("$T.each(\n$>$>$L$<$<)", ENV_CREDENTIALS, CodeBlock.join(args, ",\n"));
    }
    for (List<Credential> alternative : alternatives) {
      args.add(
          CodeBlock.of(
              "$T.of($L)",
              LIST,
              CodeBlock.join(
                  alternative.stream().map(c -> envVariable(baseBuilder, c)).toList(), ", ")));
    }
    return CodeBlock.of(
        "$T.firstComplete(\n$>$>$L$<$<)", ENV_CREDENTIALS, CodeBlock.join(args, ",\n"));
  }

  private static CodeBlock envVariable(ClassName baseBuilder, Credential c) {
    return CodeBlock.of(
        "$T.$L($S, $T::$N)",
        ENV_CREDENTIALS,
        c.kind() == Credentials.Kind.BASIC ? "userPassword" : "variable",
        c.envVar(),
        baseBuilder,
        c.method());
  }

  private static MethodSpec credentialMethod(TypeVariableName b, Credential c) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(c.method()).addModifiers(PUBLIC).returns(b);
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
        m.addParameter(STRING, "token").addStatement("return bearerToken(token)");
      }
      case HEADER -> {
        doc.add(
            "Sent as header {@code $L}; never logged. {@code fromEnv()} reads {@code $L}.\n",
            Javadocs.escape(c.header()),
            c.envVar());
        m.addParameter(STRING, "value");
        if (c.header().equals("Cookie")) {
          m.addStatement(
              "return secretHeader($S, $S + value)", "Cookie", c.scheme().parameterName() + "=");
        } else {
          m.addStatement("return secretHeader($S, value)", c.header());
        }
      }
      case QUERY -> {
        doc.add(
            "Sent as query parameter {@code $L}; never logged (the URL shows {@code <redacted>}). {@code fromEnv()} reads {@code $L}.\n",
            Javadocs.escape(c.header()),
            c.envVar());
        m.addParameter(STRING, "value")
            .addStatement("return secretQueryParam($S, value)", c.header());
      }
      case BASIC -> {
        doc.add(
            "HTTP basic authentication; never logged. {@code fromEnv()} reads {@code $L} as {@code user:password}.\n",
            c.envVar());
        m.addParameter(STRING, "username")
            .addParameter(STRING, "password")
            .addStatement(
                "return secretHeader(\"Authorization\", \"Basic \" + $T.getEncoder().encodeToString(\n"
                    + "    (username + \":\" + password).getBytes($T.UTF_8)))",
                Base64.class,
                java.nio.charset.StandardCharsets.class);
      }
    }
    return m.addJavadoc(doc.build()).build();
  }
}
