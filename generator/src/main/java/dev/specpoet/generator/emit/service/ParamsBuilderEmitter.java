package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.JavaTypes.ARRAY_LIST;
import static dev.specpoet.generator.emit.JavaTypes.BASE_PARAMS_BUILDER;
import static dev.specpoet.generator.emit.JavaTypes.BODY_PARAMS_BUILDER;
import static dev.specpoet.generator.emit.JavaTypes.JSON;
import static dev.specpoet.generator.emit.JavaTypes.LINKED_HASH_SET;
import static dev.specpoet.generator.emit.JavaTypes.LIST;
import static dev.specpoet.generator.emit.JavaTypes.OBJECTS;
import static dev.specpoet.generator.emit.JavaTypes.SET;
import static dev.specpoet.generator.emit.service.ParamsEmitter.STRING;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.BuilderConveniences;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.emit.service.OperationShape.BodyKind;
import dev.specpoet.generator.emit.service.OperationShape.Field;
import dev.specpoet.generator.emit.service.OperationShape.FieldKind;
import dev.specpoet.generator.names.JavaNames;
import java.util.List;

/**
 * The builder of a params class: a setter per field (per property of an object body too, and one
 * for the whole body object), the additional headers, query parameters and body properties, and
 * {@code build()}, which names every required field that is missing. An object body is made from
 * the fields at {@code build()}: the fields that are set (a nullable one set to null included), the
 * additional properties over documented ones of the same name. An optional field's setter has an
 * overload taking an {@code Optional}; a body property with one possible value has no setter.
 */
final class ParamsBuilderEmitter {
  private static final TypeName PRESENT = ParameterizedTypeName.get(SET, STRING);
  private static final String PRESENT_FIELD = "_present";

  private ParamsBuilderEmitter() {}

  static TypeSpec builder(
      OperationShape shape, ClassName self, ClassName builder, JavaNames names) {
    boolean presence = shape.fields.stream().anyMatch(Field::tracksPresence);
    boolean object = shape.bodyKind == BodyKind.FLATTENED;
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addModifiers(PUBLIC, STATIC, FINAL)
            .superclass(
                ParameterizedTypeName.get(
                    object ? BODY_PARAMS_BUILDER : BASE_PARAMS_BUILDER, builder))
            .addJavadoc("Builds {@link $T}; not thread-safe.\n", self);
    MethodSpec.Builder copyCtor =
        MethodSpec.constructorBuilder()
            .addModifiers(PRIVATE)
            .addParameter(self, "params")
            .addStatement("super(params)");
    for (Field f : shape.fields) {
      FieldSpec.Builder field = FieldSpec.builder(f.type(), f.member(), PRIVATE);
      if (f.fixed()) {
        field.initializer(BuilderConveniences.fixedValue(f.property(), f.type()));
      }
      b.addField(field.build());
    }
    for (Field f : shape.ownFields()) {
      copyCtor.addStatement("this.$N = params.$N", f.member(), f.member());
    }
    if (object) {
      copyCtor
          .beginControlFlow("if (params._body != null)")
          .addStatement("$N(params._body)", shape.bodySetter)
          .endControlFlow();
    }
    if (presence) {
      b.addField(
          FieldSpec.builder(PRESENT, PRESENT_FIELD, PRIVATE, FINAL)
              .initializer("new $T<>()", LINKED_HASH_SET)
              .build());
    }
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    b.addMethod(copyCtor.build());

    for (Field f : shape.fields) {
      if (f.fixed()) {
        continue; // preset, as in the body model
      }
      MethodSpec.Builder set =
          MethodSpec.methodBuilder(f.member())
              .addModifiers(PUBLIC)
              .returns(builder)
              .addParameter(f.type(), f.member())
              .addJavadoc(ParamsEmitter.fieldDoc(f));
      if (f.doc().deprecated()) {
        set.addAnnotation(Deprecated.class);
      }
      set.addStatement("this.$N = $N", f.member(), f.member());
      if (f.tracksPresence()) {
        set.addStatement("this.$N.add($S)", PRESENT_FIELD, f.jsonName());
      }
      b.addMethod(set.addStatement("return this").build());
      b.addMethods(
          BuilderConveniences.of(
              builder,
              f.member(),
              f.type(),
              names.builderAdder(shape.op.paramsTypeId(), f.member()),
              CodeBlock.of("this.$N", f.member()),
              f.doc().deprecated()));
      if (!f.required()) {
        b.addMethod(
            BuilderConveniences.optional(
                builder,
                f.member(),
                f.type(),
                f.tracksPresence() ? "JSON {@code null} is sent" : "it is not sent",
                f.doc().deprecated()));
      }
    }
    if (object) {
      b.addMethod(bodySetter(shape, builder, names, presence));
    }
    b.addMethod(buildMethod(shape, self));
    if (object) {
      b.addMethod(toBody(shape, names));
    }
    return b.build();
  }

  /** The setter of the whole body object: every property's field from it. */
  private static MethodSpec bodySetter(
      OperationShape shape, ClassName builder, JavaNames names, boolean presence) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(shape.bodySetter)
            .addModifiers(PUBLIC)
            .returns(builder)
            .addParameter(shape.bodyClass, "body")
            .addJavadoc(
                "Sets every body property (and the additional ones) from {@code body}, replacing those set before.\n");
    suppressDeprecation(m, shape);
    m.addStatement("$T.requireNonNull(body, \"body\")", OBJECTS);
    if (presence) {
      m.addStatement("this.$N.clear()", PRESENT_FIELD);
    }
    for (Field f : shape.bodyProperties()) {
      if (f.fixed()) {
        continue;
      }
      String getter = names.memberName(shape.bodyTypeId, f.jsonName());
      if (f.property().required() && !f.property().nullable() && !f.property().writeOnly()) {
        m.addStatement("this.$N = body.$N()", f.member(), getter);
      } else {
        m.addStatement("this.$N = body.$N().orElse(null)", f.member(), getter);
      }
      if (f.tracksPresence()) {
        m.beginControlFlow(
                "if (!body.$N().isMissing())",
                names.jsonFieldAccessor(shape.bodyTypeId, f.jsonName()))
            .addStatement("this.$N.add($S)", PRESENT_FIELD, f.jsonName())
            .endControlFlow();
      }
    }
    m.addStatement("additionalBodyProperties(body._additionalProperties())");
    return m.addStatement("return this").build();
  }

  /**
   * The body object of the fields that are set, or null for an optional body with nothing set; an
   * additional property replaces a documented one of the same name. The params checked what a
   * client must send, so the object is made without the model's own required check (a required
   * read-only property is the server's to send).
   */
  private static MethodSpec toBody(OperationShape shape, JavaNames names) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder("toBody").addModifiers(PRIVATE).returns(shape.bodyClass);
    suppressDeprecation(m, shape);
    // a fixed property is preset by the body model's builder, which takes no other value
    List<Field> props = shape.bodyProperties().stream().filter(f -> !f.fixed()).toList();
    boolean presence = props.stream().anyMatch(Field::tracksPresence);
    if (!shape.bodyRequired) {
      StringBuilder nothing = new StringBuilder();
      for (Field f : props) {
        nothing.append("this.").append(f.member()).append(" == null && ");
      }
      if (presence) {
        nothing.append("this.").append(PRESENT_FIELD).append(".isEmpty() && ");
      }
      nothing.append("_additionalBodyProperties().isEmpty()");
      m.beginControlFlow("if ($L)", nothing).addStatement("return null").endControlFlow();
    }
    m.addStatement("$T.Builder body = $T.builder()", shape.bodyClass, shape.bodyClass);
    for (Field f : props) {
      String setter = names.memberName(shape.bodyTypeId, f.jsonName());
      if (f.tracksPresence()) {
        m.beginControlFlow(
            "if ((this.$N != null || this.$N.contains($S))\n    && !_additionalBodyProperties().containsKey($S))",
            f.member(),
            PRESENT_FIELD,
            f.jsonName(),
            f.jsonName());
      } else {
        m.beginControlFlow(
            "if (this.$N != null && !_additionalBodyProperties().containsKey($S))",
            f.member(),
            f.jsonName());
      }
      m.addStatement("body.$N(this.$N)", setter, f.member()).endControlFlow();
    }
    m.addStatement(
        "_additionalBodyProperties().forEach(\n"
            + "    (name, value) -> body.putAdditionalProperty(name, $T.mapper().valueToTree(value)))",
        JSON);
    return m.addStatement("return body.buildUnchecked()").build();
  }

  private static void suppressDeprecation(MethodSpec.Builder m, OperationShape shape) {
    if (shape.bodyProperties().stream().anyMatch(f -> f.doc().deprecated())) {
      m.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
  }

  private static MethodSpec buildMethod(OperationShape shape, ClassName self) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("build").addModifiers(PUBLIC).returns(self);
    // a fixed field is preset and cannot be unset
    List<Field> required = shape.fields.stream().filter(f -> f.required() && !f.fixed()).toList();
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
      m.addStatement(
          "_requireAll($S, missing, $L)",
          self.simpleName(),
          shape.fields.stream().anyMatch(f -> f.kind() == FieldKind.PATH));
    }
    m.addStatement("return new $T(this)", self);
    return m.build();
  }
}
