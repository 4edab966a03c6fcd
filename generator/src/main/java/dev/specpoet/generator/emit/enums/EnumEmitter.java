package dev.specpoet.generator.emit.enums;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.emit.TypeEmitter;
import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.names.JavaNames;
import dev.specpoet.generator.names.ReservedNames;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a forward-compatible enum: a final class with one constant per listed value, {@code of(v)}
 * that accepts ANY value (an unlisted one is kept, not an exception), {@code value()} written back
 * as JSON, {@code known()} giving the matching Java {@code enum} constant (empty for unlisted
 * values) for exhaustive switches, and {@code isKnown()}.
 */
public final class EnumEmitter extends TypeEmitter<EnumType> {

  public EnumEmitter() {
    super(EnumType.class);
  }

  @Override
  protected TypeSpec spec(EnumType type, EmitContext ctx) {
    return emit(type, ctx.names());
  }

  private static TypeName valueType(EnumType e) {
    return switch (e.base()) {
      case INT32, INT64 -> ClassName.get(Long.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      default -> ClassName.get(String.class);
    };
  }

  private static CodeBlock literal(EnumType e, Object value) {
    return switch (e.base()) {
      case INT32, INT64 -> CodeBlock.of("$LL", ((Number) value).longValue());
      case BOOLEAN -> CodeBlock.of("$L", value);
      default -> CodeBlock.of("$S", value.toString());
    };
  }

  TypeSpec emit(EnumType e, JavaNames names) {
    ClassName self = names.typeName(e.id());
    ClassName known = self.nestedClass(ReservedNames.KNOWN);
    TypeName valueType = valueType(e);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                Javadocs.of(
                    e.doc(),
                    "Values the spec does not list are accepted and kept: see {@link #known()}."));
    if (e.parentId() != null) {
      type.addModifiers(Modifier.STATIC);
    }
    if (e.doc().deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    TypeSpec.Builder knownEnum =
        TypeSpec.enumBuilder(known)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("The values the spec lists, for exhaustive switches.\n")
            .addModifiers(Modifier.STATIC);

    MethodSpec.Builder of =
        MethodSpec.methodBuilder("of")
            .addJavadoc(
                "The constant for a listed value, or a new instance keeping an unlisted one.\n")
            .addAnnotation(
                AnnotationSpec.builder(JavaTypes.JSON_CREATOR)
                    .addMember("mode", "$T.Mode.DELEGATING", JavaTypes.JSON_CREATOR)
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(valueType, "value")
            .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
    MethodSpec.Builder knownMethod =
        MethodSpec.methodBuilder("known")
            .addJavadoc("The listed value this is, or empty for a value the spec does not list.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), known));

    for (EnumType.EnumValue v : e.values()) {
      String constant = names.enumConstantName(e.id(), v.value());
      CodeBlock lit = literal(e, v.value());
      FieldSpec.Builder f =
          FieldSpec.builder(self, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T($L)", self, lit);
      if (v.doc() != null && v.doc().hasText()) {
        f.addJavadoc(Javadocs.of(v.doc()));
      }
      type.addField(f.build());
      knownEnum.addEnumConstant(constant);
      of.beginControlFlow("if (value.equals($L))", lit)
          .addStatement("return $N", constant)
          .endControlFlow();
      knownMethod
          .beginControlFlow("if (value.equals($L))", lit)
          .addStatement("return $T.of($T.$N)", Optional.class, known, constant)
          .endControlFlow();
    }
    of.addStatement("return new $T(value)", self);
    knownMethod.addStatement("return $T.empty()", Optional.class);

    type.addField(FieldSpec.builder(valueType, "value", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(valueType, "value")
            .addStatement("this.value = value")
            .build());
    type.addMethod(of.build());
    type.addMethod(
        MethodSpec.methodBuilder("value")
            .addJavadoc("The value as sent on the wire.\n")
            .addAnnotation(JavaTypes.JSON_VALUE)
            .addModifiers(Modifier.PUBLIC)
            .returns(valueType)
            .addStatement("return value")
            .build());
    type.addMethod(knownMethod.build());
    type.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addJavadoc("Whether the spec lists this value.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return known().isPresent()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, "o")
            .addStatement("return o instanceof $T other && value.equals(other.value)", self)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addStatement("return value.hashCode()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $T.valueOf(value)", String.class)
            .build());
    type.addType(knownEnum.build());
    return type.build();
  }
}
