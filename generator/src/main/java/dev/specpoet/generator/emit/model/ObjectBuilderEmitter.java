package dev.specpoet.generator.emit.model;

import static dev.specpoet.generator.emit.model.ObjectEmitter.ADDITIONAL;
import static dev.specpoet.generator.emit.model.ObjectEmitter.deprecate;
import static dev.specpoet.generator.emit.model.ObjectEmitter.fieldType;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.BuilderConveniences;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.emit.model.ObjectEmitter.Member;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * The builder of a model class ({@link ObjectEmitter}): Jackson reads JSON through it; a setter per
 * property (and a {@code JsonField} one for nullable properties, an {@code Optional} one for
 * optional properties), additional properties, a required constant preset (its setter private), and
 * {@code build()}, which names every required property that is missing.
 */
final class ObjectBuilderEmitter {
  private static final ClassName OBJECTS = ClassName.get(Objects.class);

  private ObjectBuilderEmitter() {}

  static TypeSpec builder(
      ClassName self,
      ClassName builder,
      List<Member> members,
      boolean requestBody,
      UnaryOperator<String> adders) {
    TypeSpec.Builder b =
        TypeSpec.classBuilder(builder)
            .addJavadoc(
                "Builds {@link $T}; {@link #build()} checks the required properties.\n", self)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addAnnotation(
                AnnotationSpec.builder(JavaTypes.JSON_POJO_BUILDER)
                    .addMember("withPrefix", "$S", "")
                    .build())
            .addAnnotation(JavaTypes.noAutoDetect());
    for (Member m : members) {
      FieldSpec.Builder f = FieldSpec.builder(fieldType(m), m.name(), Modifier.PRIVATE);
      if (m.jsonField()) {
        f.initializer("$T.missing()", JavaTypes.JSON_FIELD);
      } else if (fixed(m) != null) {
        f.initializer(fixed(m));
      }
      b.addField(f.build());
    }
    b.addField(
        FieldSpec.builder(ADDITIONAL, "additionalProperties", Modifier.PRIVATE)
            .initializer("new $T<>()", LinkedHashMap.class)
            .build());
    b.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder copy =
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(self, "source");
    for (Member m : members) {
      copy.addStatement("this.$N = source.$N", m.name(), m.name());
    }
    copy.addStatement("this.additionalProperties.putAll(source.additionalProperties)");
    b.addMethod(copy.build());

    for (Member m : members) {
      if (fixed(m) != null) {
        b.addMethod(fixedSetter(builder, m));
        continue;
      }
      MethodSpec.Builder s =
          MethodSpec.methodBuilder(m.name())
              .addModifiers(Modifier.PUBLIC)
              .addAnnotation(JavaTypes.jsonProperty(m.p().jsonName()))
              .returns(builder)
              .addParameter(ParameterSpec.builder(m.type(), m.name()).build());
      deprecate(s, m);
      String note;
      if (m.jsonField()) {
        note =
            m.p().required()
                ? "Required; {@code null} sends JSON null."
                : "{@code null} sends JSON null; not calling this leaves the property out.";
        s.addStatement("this.$N = $T.ofNullable($N)", m.name(), JavaTypes.JSON_FIELD, m.name());
      } else {
        note = m.p().required() ? "Required." : null;
        s.addStatement("this.$N = $N", m.name(), m.name());
      }
      s.addJavadoc(Javadocs.of(m.p().doc(), note));
      s.addStatement("return this");
      b.addMethod(s.build());
      b.addMethods(
          BuilderConveniences.of(
              builder,
              m.name(),
              m.type(),
              adders.apply(m.name()),
              m.jsonField()
                  ? CodeBlock.of("this.$N.isPresent() ? this.$N.get() : null", m.name(), m.name())
                  : CodeBlock.of("this.$N", m.name()),
              m.p().doc().deprecated()));
      if (!m.p().required()) {
        b.addMethod(
            BuilderConveniences.optional(
                builder,
                m.name(),
                m.type(),
                m.jsonField()
                    ? "JSON {@code null} is sent (to leave the property out: {@code "
                        + m.rawName()
                        + "(JsonField.missing())})"
                    : "the property is left out of the JSON",
                m.p().doc().deprecated()));
      }
      if (m.jsonField()) {
        MethodSpec.Builder raw =
            MethodSpec.methodBuilder(m.rawName())
                .addJavadoc("Sets the property's state as is: missing, {@code null}, or a value.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(ParameterizedTypeName.get(JavaTypes.JSON_FIELD, m.type()), m.name())
                .addStatement(
                    "this.$N = $T.requireNonNull($N, $S)", m.name(), OBJECTS, m.name(), m.name())
                .addStatement("return this");
        deprecate(raw, m);
        b.addMethod(raw.build());
      }
    }
    b.addMethod(
        MethodSpec.methodBuilder("additionalProperties")
            .addJavadoc("Replaces the undeclared properties.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(ADDITIONAL, "additionalProperties")
            .addStatement("this.additionalProperties.clear()")
            .addStatement("this.additionalProperties.putAll(additionalProperties)")
            .addStatement("return this")
            .build());
    b.addMethod(
        MethodSpec.methodBuilder("putAdditionalProperty")
            .addJavadoc("Adds a property the spec does not declare; it is sent as is.\n")
            .addAnnotation(JavaTypes.JSON_ANY_SETTER)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(String.class, "key")
            .addParameter(JavaTypes.JSON_NODE, "value")
            .addStatement("this.additionalProperties.put(key, value)")
            .addStatement("return this")
            .build());
    b.addMethod(
        MethodSpec.methodBuilder("removeAdditionalProperty")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(String.class, "key")
            .addStatement("this.additionalProperties.remove(key)")
            .addStatement("return this")
            .build());

    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addJavadoc(
                "@throws IllegalStateException naming every required property that is not set\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(self);
    // a writeOnly property is required of what a client sends (its params check it), never of
    // what a server returns, so build() (which Jackson calls on reading) does not ask for it
    List<Member> required =
        members.stream().filter(m -> m.p().required() && !m.p().writeOnly()).toList();
    if (!required.isEmpty()) {
      build.addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class);
      for (Member m : required) {
        if (m.jsonField()) {
          build.beginControlFlow("if (this.$N.isMissing())", m.name());
        } else {
          build.beginControlFlow("if (this.$N == null)", m.name());
        }
        build.addStatement("missing.add($S)", m.p().jsonName()).endControlFlow();
      }
      build
          .beginControlFlow("if (!missing.isEmpty())")
          .addStatement(
              "throw new $T($S + $T.join($S, missing))",
              IllegalStateException.class,
              self.simpleName() + " is missing required properties: ",
              String.class,
              ", ")
          .endControlFlow();
    }
    build.addStatement("return new $T(this)", self);
    b.addMethod(build.build());
    if (requestBody) {
      b.addMethod(
          MethodSpec.methodBuilder("buildUnchecked")
              .addJavadoc(
                  "The object as set, required properties or not: for the params classes of this package,\n"
                      + "which check the properties a client sends (read-only ones are the server's).\n")
              .returns(self)
              .addStatement("return new $T(this)", self)
              .build());
    }
    return b.build();
  }

  /** The value the builder presets for a property that can have no other, or null. */
  private static CodeBlock fixed(Member m) {
    return BuilderConveniences.fixedValue(m.p(), m.type());
  }

  /**
   * The setter of a property that can have only the preset value: private, so that users cannot set
   * another; Jackson still calls it (an annotated method, private or not) with what a server sends.
   */
  private static MethodSpec fixedSetter(ClassName builder, Member m) {
    MethodSpec.Builder s =
        MethodSpec.methodBuilder(m.name())
            .addModifiers(Modifier.PRIVATE)
            .addAnnotation(JavaTypes.jsonProperty(m.p().jsonName()))
            .returns(builder)
            .addParameter(m.type(), m.name())
            .addJavadoc(
                "Preset to <code>$L</code>, the only value; private: Jackson reads what a server sends"
                    + " through it.\n",
                Javadocs.escape(m.p().constValue().toString()))
            .addStatement("this.$N = $N", m.name(), m.name())
            .addStatement("return this");
    deprecate(s, m);
    return s.build();
  }
}
