package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.JavaTypes.ARRAY_LIST;
import static dev.specpoet.generator.emit.JavaTypes.BASE_PARAMS;
import static dev.specpoet.generator.emit.JavaTypes.COLLECTIONS;
import static dev.specpoet.generator.emit.JavaTypes.JSON_NODE;
import static dev.specpoet.generator.emit.JavaTypes.LINKED_HASH_MAP;
import static dev.specpoet.generator.emit.JavaTypes.MAP;
import static dev.specpoet.generator.emit.JavaTypes.OBJECTS;
import static dev.specpoet.generator.emit.JavaTypes.OPTIONAL;
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
 * with a builder ({@link ParamsBuilderEmitter}) that checks required fields at {@code build()},
 * {@code Optional} getters for optional ones, and room for undocumented API features (additional
 * headers, query parameters and body properties). An object request body is held as its own type
 * ({@code _body()}, e.g. the component {@code GatewayCreateRequest} or a nested {@code Body}) and
 * read through getters per property; the generated service sends {@code _body()}.
 */
final class ParamsEmitter implements Emitter<Operation> {

  static final TypeName STRING = ClassName.get(String.class);

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
    boolean object = shape.bodyKind == BodyKind.FLATTENED;

    TypeSpec.Builder type =
        TypeSpec.classBuilder(self).addModifiers(PUBLIC, FINAL).superclass(BASE_PARAMS);
    type.addJavadoc(classDoc(shape, names));

    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder()
            .addModifiers(PRIVATE)
            .addParameter(builder, "builder")
            .addStatement("super(builder)");
    for (Field f : shape.ownFields()) {
      type.addField(FieldSpec.builder(f.type(), f.member(), PRIVATE, FINAL).build());
      ctor.addStatement(
          "this.$N = $L", f.member(), copy(f, CodeBlock.of("builder.$N", f.member())));
      type.addMethod(getter(f));
    }
    if (object) {
      type.addField(FieldSpec.builder(shape.bodyClass, "_body", PRIVATE, FINAL).build());
      ctor.addStatement("this._body = builder.toBody()");
      for (Field f : shape.bodyProperties()) {
        type.addMethod(bodyGetter(shape, f, names));
      }
    }
    type.addMethod(ctor.build());

    if (object) {
      type.addMethod(
          MethodSpec.methodBuilder("additionalBodyProperties")
              .addModifiers(PUBLIC)
              .returns(ParameterizedTypeName.get(MAP, STRING, JSON_NODE))
              .addJavadoc(
                  "Body properties sent in addition to the documented ones, as JSON (they win over a documented field of the\n"
                      + "same name).\n")
              .addStatement("return _body == null ? $T.of() : _body._additionalProperties()", MAP)
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
    List<String> state = stateFields(shape);
    type.addMethod(equalsMethod(self, state));
    type.addMethod(hashCodeMethod(state));
    type.addMethod(toStringMethod(shape, self));
    type.addType(ParamsBuilderEmitter.builder(shape, self, builder, names));
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

  static CodeBlock fieldDoc(Field f) {
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

  private static MethodSpec.Builder getterOf(Field f) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(f.member()).addModifiers(PUBLIC).addJavadoc(fieldDoc(f));
    if (f.doc().deprecated()) {
      m.addAnnotation(Deprecated.class);
    }
    return m.returns(f.optionalGetter() ? ParameterizedTypeName.get(OPTIONAL, f.type()) : f.type());
  }

  private static MethodSpec getter(Field f) {
    MethodSpec.Builder m = getterOf(f);
    if (f.optionalGetter()) {
      m.addStatement("return $T.ofNullable($N)", OPTIONAL, f.member());
    } else {
      m.addStatement("return $N", f.member());
    }
    return m.build();
  }

  /**
   * A body property read from the body: its getter returns the value as is, or wrapped in an {@code
   * Optional} when the property is (or the body may be) absent.
   */
  private static MethodSpec bodyGetter(OperationShape shape, Field f, JavaNames names) {
    String getter = names.memberName(shape.bodyTypeId, f.jsonName());
    // the body model's getter is plain as ObjectEmitter decides: a writeOnly one is Optional there
    // (JSON from a server lacks it), while the params, which are sent, require it
    boolean plain =
        f.property().required() && !f.property().nullable() && !f.property().writeOnly();
    MethodSpec.Builder m = getterOf(f);
    if (!f.optionalGetter()) {
      m.addStatement(plain ? "return _body.$N()" : "return _body.$N().orElseThrow()", getter);
    } else if (shape.bodyRequired) {
      if (plain) {
        m.addStatement("return $T.of(_body.$N())", OPTIONAL, getter);
      } else {
        m.addStatement("return _body.$N()", getter);
      }
    } else if (plain) {
      m.addStatement(
          "return _body == null ? $T.empty() : $T.ofNullable(_body.$N())",
          OPTIONAL,
          OPTIONAL,
          getter);
    } else {
      m.addStatement("return _body == null ? $T.empty() : _body.$N()", OPTIONAL, getter);
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
    return m.returns(shape.bodyClass)
        .addJavadoc(
            "The request body the generated service sends: the documented fields that are set (a nullable field set\n"
                + "to null is sent as null) and the additional body properties; read-only properties, the server's, are\n"
                + "left out.$L\n",
            shape.bodyRequired ? "" : " Null when nothing is set (the body is optional).")
        .addStatement("return _body")
        .build();
  }

  /**
   * The fields the params class declares: its own and the body (the additional headers and query
   * are {@code BaseParams}'s).
   */
  private static List<String> stateFields(OperationShape shape) {
    List<String> names = new ArrayList<>();
    shape.ownFields().forEach(f -> names.add(f.member()));
    if (shape.bodyKind == BodyKind.FLATTENED) {
      names.add("_body");
    }
    return names;
  }

  private static MethodSpec equalsMethod(ClassName self, List<String> fields) {
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
    for (String field : fields) {
      cmp.add("$T.equals($N, that.$N)\n    && ", OBJECTS, field, field);
    }
    m.addStatement("return $L_additionalEquals(that)", cmp.build());
    return m.build();
  }

  private static MethodSpec hashCodeMethod(List<String> fields) {
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return _hash($L)", String.join(", ", fields))
        .build();
  }

  private static MethodSpec toStringMethod(OperationShape shape, ClassName self) {
    CodeBlock.Builder s = CodeBlock.builder().add("$S", self.simpleName() + "{");
    String sep = "";
    for (Field f : shape.ownFields()) {
      if (f.secret()) {
        s.add("\n    + $S + ($N == null ? \"null\" : \"***\")", sep + f.member() + "=", f.member());
      } else {
        s.add("\n    + $S + $N", sep + f.member() + "=", f.member());
      }
      sep = ", ";
    }
    if (shape.bodyKind == BodyKind.FLATTENED) {
      s.add("\n    + $S + _body", sep + "body=");
      sep = ", ";
    }
    // BaseParams adds the additional headers (only their names: values may carry credentials)
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(PUBLIC)
        .returns(STRING)
        .addJavadoc(
            shape.bodyKind == BodyKind.FLATTENED
                ? "The fields and the body; secrets are masked and only the names of additional headers are shown.\n"
                : "The fields; secrets are masked and only the names of additional headers and body properties are shown.\n")
        .addStatement("return _toString($L, $L)", s.build(), !sep.isEmpty())
        .build();
  }
}
