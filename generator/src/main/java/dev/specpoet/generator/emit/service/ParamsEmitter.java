package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.JavaTypes.ARRAY_LIST;
import static dev.specpoet.generator.emit.JavaTypes.COLLECTIONS;
import static dev.specpoet.generator.emit.JavaTypes.JSON;
import static dev.specpoet.generator.emit.JavaTypes.LINKED_HASH_MAP;
import static dev.specpoet.generator.emit.JavaTypes.LINKED_HASH_SET;
import static dev.specpoet.generator.emit.JavaTypes.LIST;
import static dev.specpoet.generator.emit.JavaTypes.MAP;
import static dev.specpoet.generator.emit.JavaTypes.OBJECTS;
import static dev.specpoet.generator.emit.JavaTypes.OBJECT_NODE;
import static dev.specpoet.generator.emit.JavaTypes.OPTIONAL;
import static dev.specpoet.generator.emit.JavaTypes.SET;
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
import com.palantir.javapoet.WildcardTypeName;
import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.emit.service.OperationShape.BodyKind;
import dev.specpoet.generator.emit.service.OperationShape.Field;
import dev.specpoet.generator.emit.service.OperationShape.FieldKind;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.names.JavaNames;
import dev.specpoet.generator.names.ReservedNames;
import java.util.ArrayList;
import java.util.List;

/**
 * One params class per operation ({@code LogListParams}, package {@code PKG.models}): immutable,
 * with a builder that checks required fields at {@code build()}, {@code Optional} getters for
 * optional ones, and room for undocumented API features (additional headers, query parameters and
 * body properties). The generated service reads it through its getters and {@code _body()}.
 */
final class ParamsEmitter implements Emitter<Operation> {

  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName HEADERS = ParameterizedTypeName.get(MAP, STRING, STRING);
  private static final TypeName QUERY =
      ParameterizedTypeName.get(MAP, STRING, ParameterizedTypeName.get(LIST, STRING));
  private static final TypeName BODY_PROPS =
      ParameterizedTypeName.get(MAP, STRING, ClassName.OBJECT);
  private static final TypeName PRESENT = ParameterizedTypeName.get(SET, STRING);
  private static final String PRESENT_FIELD = "_present";

  @Override
  public List<Operation> units(EmitContext ctx) {
    return ctx.model().operations();
  }

  @Override
  public SourceLocation source(Operation op, EmitContext ctx) {
    return op.source();
  }

  @Override
  public EmittedType emit(Operation op, EmitContext ctx) {
    OperationShape shape = OperationShape.of(op, ctx);
    return new EmittedType(
        op.paramsTypeId(),
        null,
        shape.paramsClass.packageName(),
        DocTags.complete(params(shape, ctx.names())),
        op.source());
  }

  TypeSpec params(OperationShape shape, JavaNames names) {
    ClassName self = shape.paramsClass;
    ClassName builder = self.nestedClass(ReservedNames.BUILDER);
    boolean presence = shape.fields.stream().anyMatch(Field::tracksPresence);
    boolean extraBody = shape.hasAdditionalBody();

    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(PUBLIC, FINAL);
    type.addJavadoc(classDoc(shape, names));

    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder().addModifiers(PRIVATE).addParameter(builder, "builder");
    for (Field f : shape.fields) {
      type.addField(FieldSpec.builder(f.type(), f.member(), PRIVATE, FINAL).build());
      ctor.addStatement(
          "this.$N = $L", f.member(), copy(f, CodeBlock.of("builder.$N", f.member())));
      type.addMethod(getter(f));
    }
    type.addField(FieldSpec.builder(HEADERS, "additionalHeaders", PRIVATE, FINAL).build());
    type.addField(FieldSpec.builder(QUERY, "additionalQueryParams", PRIVATE, FINAL).build());
    ctor.addStatement(
        "this.additionalHeaders = $T.unmodifiableMap(new $T<>(builder.additionalHeaders))",
        COLLECTIONS,
        LINKED_HASH_MAP);
    ctor.addStatement("$T query = new $T<>()", QUERY, LINKED_HASH_MAP);
    ctor.addStatement(
        "builder.additionalQueryParams.forEach((name, values) -> query.put(name, $T.copyOf(values)))",
        LIST);
    ctor.addStatement("this.additionalQueryParams = $T.unmodifiableMap(query)", COLLECTIONS);
    if (extraBody) {
      type.addField(
          FieldSpec.builder(BODY_PROPS, "additionalBodyProperties", PRIVATE, FINAL).build());
      ctor.addStatement(
          "this.additionalBodyProperties = $T.unmodifiableMap(new $T<>(builder.additionalBodyProperties))",
          COLLECTIONS,
          LINKED_HASH_MAP);
    }
    if (presence) {
      type.addField(
          FieldSpec.builder(PRESENT, PRESENT_FIELD, PRIVATE, FINAL)
              .addJavadoc(
                  "JSON names of the nullable fields that were set, so that an explicit null is sent.\n")
              .build());
      ctor.addStatement("this.$N = $T.copyOf(builder.$N)", PRESENT_FIELD, SET, PRESENT_FIELD);
    }
    type.addMethod(ctor.build());

    type.addMethod(
        MethodSpec.methodBuilder("additionalHeaders")
            .addModifiers(PUBLIC)
            .returns(HEADERS)
            .addJavadoc(
                "Headers sent in addition to the documented ones (for API features the spec does not describe).\n")
            .addStatement("return additionalHeaders")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("additionalQueryParams")
            .addModifiers(PUBLIC)
            .returns(QUERY)
            .addJavadoc("Query parameters sent in addition to the documented ones.\n")
            .addStatement("return additionalQueryParams")
            .build());
    if (extraBody) {
      type.addMethod(
          MethodSpec.methodBuilder("additionalBodyProperties")
              .addModifiers(PUBLIC)
              .returns(BODY_PROPS)
              .addJavadoc(
                  "Body properties sent in addition to the documented ones (they win over a documented field of the same name).\n")
              .addStatement("return additionalBodyProperties")
              .build());
    }
    if (shape.bodyKind != BodyKind.NONE) {
      type.addMethod(bodyMethod(shape));
    }

    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(PUBLIC, STATIC)
            .returns(builder)
            .addJavadoc("A new builder.\n")
            .addStatement("return new $T()", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addModifiers(PUBLIC)
            .returns(builder)
            .addJavadoc("A builder holding a copy of these params.\n")
            .addStatement("return new $T(this)", builder)
            .build());
    type.addMethod(equalsMethod(shape, self, extraBody, presence));
    type.addMethod(hashCodeMethod(shape, extraBody, presence));
    type.addMethod(toStringMethod(shape, self, extraBody));
    type.addType(builderType(shape, self, builder, extraBody, presence));
    return type.build();
  }

  private static CodeBlock classDoc(OperationShape shape, JavaNames names) {
    CodeBlock.Builder doc = CodeBlock.builder();
    doc.add("Parameters of {@code $L}", Resources.callChain(shape.op, names) + "(params)");
    String summary = Javadocs.summary(shape.op.doc());
    if (summary == null) {
      doc.add(".\n");
    } else {
      doc.add(": $L\n", summary);
    }
    doc.add(
        "\n<p>{@code $L $L}\n", shape.op.httpMethod(), Javadocs.escape(shape.op.pathTemplate()));
    if (shape.op.doc().deprecated()) {
      doc.add("\n<p>The operation is deprecated.\n");
    }
    return doc.build();
  }

  /** Defensive copies for collections so the params stay immutable. */
  private static CodeBlock copy(Field f, CodeBlock value) {
    if (f.typeRef() instanceof TypeRef.ArrayOf) {
      return CodeBlock.of(
          "$L == null ? null : $T.unmodifiableList(new $T<>($L))",
          value,
          COLLECTIONS,
          ARRAY_LIST,
          value);
    }
    if (f.typeRef() instanceof TypeRef.MapOf) {
      return CodeBlock.of(
          "$L == null ? null : $T.unmodifiableMap(new $T<>($L))",
          value,
          COLLECTIONS,
          LINKED_HASH_MAP,
          value);
    }
    return value;
  }

  private static String location(Field f) {
    return switch (f.kind()) {
      case PATH -> "Path parameter";
      case QUERY -> "Query parameter";
      case HEADER -> "Header";
      case COOKIE -> "Cookie";
      case BODY_PROPERTY -> "Body property";
      case BODY -> "The request body";
    };
  }

  private static CodeBlock fieldDoc(Field f) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String text = Javadocs.text(f.doc());
    if (text != null) {
      doc.add("$L\n\n<p>", text);
    }
    if (f.kind() == FieldKind.BODY) {
      doc.add("$L", location(f));
    } else {
      doc.add("$L {@code $L}", location(f), Javadocs.escape(f.jsonName()));
    }
    doc.add(
        f.required() ? (f.nullable() ? "; required, may be null" : "; required") : "; optional");
    if (f.tracksPresence() && !f.required()) {
      doc.add(" (set to null to send an explicit null)");
    }
    doc.add(".\n");
    return doc.build();
  }

  private static MethodSpec getter(Field f) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(f.member()).addModifiers(PUBLIC).addJavadoc(fieldDoc(f));
    if (f.doc().deprecated()) {
      m.addAnnotation(Deprecated.class);
    }
    if (f.optionalGetter()) {
      m.returns(ParameterizedTypeName.get(OPTIONAL, f.type()))
          .addStatement("return $T.ofNullable($N)", OPTIONAL, f.member());
    } else {
      m.returns(f.type()).addStatement("return $N", f.member());
    }
    return m.build();
  }

  private static MethodSpec bodyMethod(OperationShape shape) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("_body").addModifiers(PUBLIC);
    if (shape.bodyKind == BodyKind.WHOLE) {
      Field body =
          shape.fields.stream().filter(f -> f.kind() == FieldKind.BODY).findFirst().orElseThrow();
      return m.returns(body.type())
          .addJavadoc(
              "The request body, as the generated service sends it. Not meant for application code.\n")
          .addStatement("return $N", body.member())
          .build();
    }
    m.returns(OBJECT_NODE)
        .addJavadoc(
            "The JSON body the generated service sends: the documented fields that are set (a nullable field set to\n"
                + "null is sent as null) and the additional body properties.$L Not meant for application code.\n",
            shape.bodyRequired ? "" : " Null when nothing is set (the body is optional).");
    m.addStatement("$T body = $T.mapper().createObjectNode()", OBJECT_NODE, JSON);
    for (Field f : shape.fields) {
      if (f.kind() != FieldKind.BODY_PROPERTY) {
        continue;
      }
      if (f.tracksPresence()) {
        m.beginControlFlow(
            "if ($N != null || $N.contains($S))", f.member(), PRESENT_FIELD, f.jsonName());
      } else {
        m.beginControlFlow("if ($N != null)", f.member());
      }
      m.addStatement("body.set($S, $T.mapper().valueToTree($N))", f.jsonName(), JSON, f.member());
      m.endControlFlow();
    }
    m.addStatement(
        "additionalBodyProperties.forEach((name, value) -> body.set(name, $T.mapper().valueToTree(value)))",
        JSON);
    if (shape.bodyRequired) {
      m.addStatement("return body");
    } else {
      m.addStatement("return body.isEmpty() ? null : body");
    }
    return m.build();
  }

  private static List<String> stateFields(
      OperationShape shape, boolean extraBody, boolean presence) {
    List<String> names = new ArrayList<>();
    shape.fields.forEach(f -> names.add(f.member()));
    names.add("additionalHeaders");
    names.add("additionalQueryParams");
    if (extraBody) {
      names.add("additionalBodyProperties");
    }
    if (presence) {
      names.add(PRESENT_FIELD);
    }
    return names;
  }

  private static MethodSpec equalsMethod(
      OperationShape shape, ClassName self, boolean extraBody, boolean presence) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(ClassName.OBJECT, "other");
    m.beginControlFlow("if (this == other)").addStatement("return true").endControlFlow();
    m.beginControlFlow("if (!(other instanceof $T))", self)
        .addStatement("return false")
        .endControlFlow();
    m.addStatement("$T that = ($T) other", self, self);
    CodeBlock.Builder cmp = CodeBlock.builder();
    List<String> fields = stateFields(shape, extraBody, presence);
    for (int i = 0; i < fields.size(); i++) {
      cmp.add(i == 0 ? "" : "\n    && ");
      cmp.add("$T.equals($N, that.$N)", OBJECTS, fields.get(i), fields.get(i));
    }
    m.addStatement("return $L", cmp.build());
    return m.build();
  }

  private static MethodSpec hashCodeMethod(
      OperationShape shape, boolean extraBody, boolean presence) {
    List<String> fields = stateFields(shape, extraBody, presence);
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", OBJECTS, String.join(", ", fields))
        .build();
  }

  private static MethodSpec toStringMethod(
      OperationShape shape, ClassName self, boolean extraBody) {
    CodeBlock.Builder s = CodeBlock.builder().add("$S", self.simpleName() + "{");
    String sep = "";
    for (Field f : shape.fields) {
      if (f.secret()) {
        s.add("\n    + $S + ($N == null ? \"null\" : \"***\")", sep + f.member() + "=", f.member());
      } else {
        s.add("\n    + $S + $N", sep + f.member() + "=", f.member());
      }
      sep = ", ";
    }
    // header values may carry credentials: only their names are printed
    s.add("\n    + $S + additionalHeaders.keySet()", sep + "additionalHeaders=");
    s.add("\n    + $S + additionalQueryParams", ", additionalQueryParams=");
    if (extraBody) {
      s.add("\n    + $S + additionalBodyProperties.keySet()", ", additionalBodyProperties=");
    }
    s.add("\n    + $S", "}");
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(STRING)
        .addJavadoc(
            "The fields; secrets are masked and only the names of additional headers and body properties are shown.\n")
        .addStatement("return $L", s.build())
        .build();
  }

  private static TypeSpec builderType(
      OperationShape shape,
      ClassName self,
      ClassName builder,
      boolean extraBody,
      boolean presence) {
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addModifiers(PUBLIC, STATIC, FINAL)
            .addJavadoc("Builds {@link $T}; not thread-safe.\n", self);
    MethodSpec.Builder copyCtor =
        MethodSpec.constructorBuilder().addModifiers(PRIVATE).addParameter(self, "params");
    for (Field f : shape.fields) {
      b.addField(FieldSpec.builder(f.type(), f.member(), PRIVATE).build());
      copyCtor.addStatement("this.$N = params.$N", f.member(), f.member());
    }
    b.addField(
        FieldSpec.builder(HEADERS, "additionalHeaders", PRIVATE, FINAL)
            .initializer("new $T<>()", LINKED_HASH_MAP)
            .build());
    b.addField(
        FieldSpec.builder(QUERY, "additionalQueryParams", PRIVATE, FINAL)
            .initializer("new $T<>()", LINKED_HASH_MAP)
            .build());
    copyCtor.addStatement("this.additionalHeaders.putAll(params.additionalHeaders)");
    copyCtor.addStatement(
        "params.additionalQueryParams.forEach((name, values) -> "
            + "this.additionalQueryParams.put(name, new $T<>(values)))",
        ARRAY_LIST);
    if (extraBody) {
      b.addField(
          FieldSpec.builder(BODY_PROPS, "additionalBodyProperties", PRIVATE, FINAL)
              .initializer("new $T<>()", LINKED_HASH_MAP)
              .build());
      copyCtor.addStatement(
          "this.additionalBodyProperties.putAll(params.additionalBodyProperties)");
    }
    if (presence) {
      b.addField(
          FieldSpec.builder(PRESENT, PRESENT_FIELD, PRIVATE, FINAL)
              .initializer("new $T<>()", LINKED_HASH_SET)
              .build());
      copyCtor.addStatement("this.$N.addAll(params.$N)", PRESENT_FIELD, PRESENT_FIELD);
    }
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    b.addMethod(copyCtor.build());

    for (Field f : shape.fields) {
      MethodSpec.Builder set =
          MethodSpec.methodBuilder(f.member())
              .addModifiers(PUBLIC)
              .returns(builder)
              .addParameter(f.type(), f.member())
              .addJavadoc(fieldDoc(f));
      if (f.doc().deprecated()) {
        set.addAnnotation(Deprecated.class);
      }
      set.addStatement("this.$N = $N", f.member(), f.member());
      if (f.tracksPresence()) {
        set.addStatement("this.$N.add($S)", PRESENT_FIELD, f.jsonName());
      }
      b.addMethod(set.addStatement("return this").build());
    }

    b.addMethod(
        MethodSpec.methodBuilder("putAdditionalHeader")
            .addModifiers(PUBLIC)
            .returns(builder)
            .addJavadoc(
                "Sends header {@code name} with {@code value} (replacing a previous value), for features the spec does not describe.\n")
            .addParameter(STRING, "name")
            .addParameter(STRING, "value")
            .addStatement(
                "additionalHeaders.put($T.requireNonNull(name, \"name\"), $T.requireNonNull(value, \"value\"))",
                OBJECTS,
                OBJECTS)
            .addStatement("return this")
            .build());
    b.addMethod(
        MethodSpec.methodBuilder("additionalHeaders")
            .addModifiers(PUBLIC)
            .returns(builder)
            .addJavadoc("Replaces all additional headers.\n")
            .addParameter(HEADERS, "headers")
            .addStatement("additionalHeaders.clear()")
            .addStatement("headers.forEach(this::putAdditionalHeader)")
            .addStatement("return this")
            .build());
    b.addMethod(
        MethodSpec.methodBuilder("putAdditionalQueryParam")
            .addModifiers(PUBLIC)
            .returns(builder)
            .addJavadoc(
                "Adds query parameter {@code name=value} (a repeated name adds another value), for features the spec does not describe.\n")
            .addParameter(STRING, "name")
            .addParameter(STRING, "value")
            .addStatement(
                "additionalQueryParams.computeIfAbsent($T.requireNonNull(name, \"name\"), k -> new $T<>())"
                    + ".add($T.requireNonNull(value, \"value\"))",
                OBJECTS,
                ARRAY_LIST,
                OBJECTS)
            .addStatement("return this")
            .build());
    b.addMethod(
        MethodSpec.methodBuilder("additionalQueryParams")
            .addModifiers(PUBLIC)
            .returns(builder)
            .addJavadoc("Replaces all additional query parameters.\n")
            .addParameter(QUERY, "params")
            .addStatement("additionalQueryParams.clear()")
            .addStatement(
                "params.forEach((name, values) -> values.forEach(value -> putAdditionalQueryParam(name, value)))")
            .addStatement("return this")
            .build());
    if (extraBody) {
      b.addMethod(
          MethodSpec.methodBuilder("putAdditionalBodyProperty")
              .addModifiers(PUBLIC)
              .returns(builder)
              .addJavadoc(
                  "Sends body property {@code name} with {@code value} (any JSON-serialisable value; null sends JSON null).\n")
              .addParameter(STRING, "name")
              .addParameter(ClassName.OBJECT, "value")
              .addStatement(
                  "additionalBodyProperties.put($T.requireNonNull(name, \"name\"), value)", OBJECTS)
              .addStatement("return this")
              .build());
      b.addMethod(
          MethodSpec.methodBuilder("additionalBodyProperties")
              .addModifiers(PUBLIC)
              .returns(builder)
              .addJavadoc("Replaces all additional body properties.\n")
              .addParameter(
                  ParameterizedTypeName.get(MAP, STRING, WildcardTypeName.subtypeOf(Object.class)),
                  "properties")
              .addStatement("additionalBodyProperties.clear()")
              .addStatement("additionalBodyProperties.putAll(properties)")
              .addStatement("return this")
              .build());
    }
    b.addMethod(buildMethod(shape, self));
    return b.build();
  }

  private static MethodSpec buildMethod(OperationShape shape, ClassName self) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("build").addModifiers(PUBLIC).returns(self);
    List<Field> required = shape.fields.stream().filter(Field::required).toList();
    StringBuilder names = new StringBuilder();
    for (Field f : required) {
      names
          .append(names.length() == 0 ? "" : ", ")
          .append("{@code ")
          .append(Javadocs.escape(f.jsonName()))
          .append("}");
    }
    if (required.isEmpty()) {
      m.addJavadoc("The params.\n\n@return the params\n");
    } else {
      m.addJavadoc(
          "The params.\n\n@return the params\n@throws IllegalStateException when a required field is not set: $L\n",
          names);
    }
    if (!required.isEmpty()) {
      m.addStatement(
          "$T missing = new $T<>()", ParameterizedTypeName.get(LIST, STRING), ARRAY_LIST);
      for (Field f : required) {
        if (f.tracksPresence()) {
          m.beginControlFlow("if (!$N.contains($S))", PRESENT_FIELD, f.jsonName());
        } else if (f.kind() == FieldKind.PATH && f.type().equals(STRING)) {
          m.beginControlFlow("if ($N == null || $N.isEmpty())", f.member(), f.member());
        } else {
          m.beginControlFlow("if ($N == null)", f.member());
        }
        m.addStatement("missing.add($S)", f.jsonName()).endControlFlow();
      }
      m.beginControlFlow("if (!missing.isEmpty())");
      m.addStatement(
          "throw new $T($S + $T.join(\", \", missing)\n    + $S)",
          IllegalStateException.class,
          self.simpleName() + " is missing required ",
          String.class,
          shape.fields.stream().anyMatch(f -> f.kind() == FieldKind.PATH)
              ? ": set them on the builder before build() (path parameters must not be empty)"
              : ": set them on the builder before build()");
      m.endControlFlow();
    }
    m.addStatement("return new $T(this)", self);
    return m.build();
  }
}
