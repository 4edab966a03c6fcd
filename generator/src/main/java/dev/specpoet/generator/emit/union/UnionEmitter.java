package dev.specpoet.generator.emit.union;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.emit.TypeEmitter;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import dev.specpoet.generator.names.JavaNames;
import dev.specpoet.generator.names.ReservedNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits a union ({@code oneOf}/{@code anyOf}) as a sealed interface: one permitted type per variant
 * (a record wrapping the variant's value, or the inline object class itself), {@code Unknown}
 * keeping JSON no variant matches, a {@code Visitor<R>} with {@code accept}, {@code ofX(..)}
 * factories, and a nested {@code Deserializer}: the runtime's {@code UnionDeserializer} driven by a
 * table of the variants (discriminator values, or JSON kinds and required properties in a fixed
 * order). Every variant writes its value back with {@code @JsonValue}, so the JSON round-trips
 * unchanged.
 */
public final class UnionEmitter extends TypeEmitter<UnionType> {

  public UnionEmitter() {
    super(UnionType.class);
  }

  @Override
  protected TypeSpec spec(UnionType type, EmitContext ctx) {
    return emit(type, ctx.types(), ctx.names());
  }

  /**
   * Whether the variant is an inline object nested in this union (it implements the interface
   * itself).
   */
  static boolean isDirect(UnionType u, UnionType.Variant v, Map<String, TypeDef> byId) {
    return v.type() instanceof TypeRef.Named n
        && byId.get(n.typeId()) instanceof ObjectType o
        && u.id().equals(o.parentId());
  }

  TypeSpec emit(UnionType u, Map<String, TypeDef> byId, JavaNames names) {
    ClassName self = names.typeName(u.id());
    ClassName visitor = self.nestedClass(ReservedNames.VISITOR);
    ClassName unknown = self.nestedClass(ReservedNames.UNKNOWN);
    ClassName deserializer = self.nestedClass(ReservedNames.DESERIALIZER);
    TypeVariableName r = TypeVariableName.get("R");

    String how =
        u.kind() == UnionType.Kind.DISCRIMINATED
            ? "The variant is named by the {@code "
                + Javadocs.escape(u.discriminatorProperty())
                + "} property."
            : "The variant is chosen by the JSON's kind and required properties, in the order declared here.";
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
            .addJavadoc(
                Javadocs.of(
                    u.doc(), how + " JSON that matches no variant is kept as {@link Unknown}."))
            .addAnnotation(
                AnnotationSpec.builder(JavaTypes.JSON_DESERIALIZE)
                    .addMember("using", "$T.class", deserializer)
                    .build());
    if (u.parentId() != null) {
      type.addModifiers(Modifier.STATIC);
    }
    if (u.doc().deprecated()) {
      type.addAnnotation(Deprecated.class);
    }
    type.addMethod(
        MethodSpec.methodBuilder("accept")
            .addJavadoc("Calls the visitor's method for this variant.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addTypeVariable(r)
            .returns(r)
            .addParameter(ParameterizedTypeName.get(visitor, r), "visitor")
            .build());

    TypeSpec.Builder visitorType =
        TypeSpec.interfaceBuilder(visitor)
            .addJavadoc("One method per variant, and one for JSON no variant matches.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariable(r);
    List<TypeSpec> records = new ArrayList<>();
    CodeBlock.Builder table = CodeBlock.builder();
    // of(value) overloads where a value's Java type names one variant: LogFilterValue.of("gpt-4")
    Map<TypeName, Integer> erasures = new LinkedHashMap<>();
    for (int i = 0; i < u.variants().size(); i++) {
      UnionType.Variant v = u.variants().get(i);
      if (!isDirect(u, v, byId)) {
        erasures.merge(erasure(variantValueType(v, names)), 1, Integer::sum);
      }
    }
    for (int i = 0; i < u.variants().size(); i++) {
      UnionType.Variant v = u.variants().get(i);
      ClassName variantClass = names.variantName(u.id(), i);
      String visit = names.variantVisit(u.id(), i);
      boolean direct = isDirect(u, v, byId);
      TypeName valueType = direct ? variantClass : variantValueType(v, names);
      type.addPermittedSubclass(variantClass);
      visitorType.addMethod(
          MethodSpec.methodBuilder(visit)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .returns(r)
              .addParameter(valueType, "value")
              .build());
      String factory = names.variantFactory(u.id(), i);
      if (direct) {
        type.addMethod(
            MethodSpec.methodBuilder(factory)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(valueType, "value")
                .addStatement("return $T.requireNonNull(value, $S)", Objects.class, "value")
                .build());
      } else {
        type.addMethod(
            MethodSpec.methodBuilder(factory)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(valueType, "value")
                .addStatement(
                    "return new $T($T.requireNonNull(value, $S))",
                    variantClass,
                    Objects.class,
                    "value")
                .build());
        if (erasures.get(erasure(valueType)) == 1
            && !erasure(valueType).equals(JavaTypes.JSON_NODE)) {
          type.addMethod(
              MethodSpec.methodBuilder("of")
                  .addJavadoc("The {@link $T} variant.\n", variantClass)
                  .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                  .returns(self)
                  .addParameter(valueType, "value")
                  .addStatement("return $N(value)", factory)
                  .build());
        }
        records.add(
            TypeSpec.recordBuilder(variantClass)
                .addJavadoc(variantDoc(v, u))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(self)
                .recordConstructor(
                    valueType.equals(JavaTypes.JSON_NODE)
                        ? MethodSpec.compactConstructorBuilder()
                            .addModifiers(Modifier.PUBLIC)
                            .addParameter(valueType, "value")
                            .addStatement(
                                "value = $T.requireNonNull(value, $S).deepCopy()",
                                Objects.class,
                                "value")
                            .build()
                        : MethodSpec.constructorBuilder().addParameter(valueType, "value").build())
                .addMethod(
                    MethodSpec.methodBuilder("value")
                        .addJavadoc("The variant's value, written as the union's JSON.\n")
                        .addAnnotation(Override.class)
                        .addAnnotation(JavaTypes.JSON_VALUE)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(valueType)
                        .addStatement("return value")
                        .build())
                .addMethod(
                    MethodSpec.methodBuilder("accept")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addTypeVariable(r)
                        .returns(r)
                        .addParameter(ParameterizedTypeName.get(visitor, r), "visitor")
                        .addStatement("return visitor.$N(value)", visit)
                        .build())
                .build());
      }
      if (i > 0) {
        table.add(",\n");
      }
      CodeBlock wrap = direct ? CodeBlock.of("v -> v") : CodeBlock.of("$T::new", variantClass);
      table.add(
          "$T.<$T, $T>variant(new $T<$T>() {}, $L, $T.$L, $L, $L)",
          JavaTypes.UNION_DESERIALIZER,
          valueType,
          self,
          JavaTypes.TYPE_REFERENCE,
          valueType,
          wrap,
          JavaTypes.UNION_JSON_KIND,
          v.jsonKind().name(),
          stringList(v.discriminatorValues()),
          stringList(v.requiredProperties()));
    }
    type.addPermittedSubclass(unknown);
    type.addMethod(
        MethodSpec.methodBuilder("ofUnknown")
            .addJavadoc("A value of a variant this version does not know, as raw JSON.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(JavaTypes.JSON_NODE, "json")
            .addStatement(
                "return new $T($T.requireNonNull(json, $S))", unknown, Objects.class, "json")
            .build());
    visitorType.addMethod(
        MethodSpec.methodBuilder("visitUnknown")
            .addJavadoc("JSON that matches no variant of this version of the API description.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(r)
            .addParameter(JavaTypes.JSON_NODE, "json")
            .build());
    records.add(
        TypeSpec.recordBuilder(unknown)
            .addJavadoc(
                "JSON that matches no variant (a newer API version, or an unexpected shape), kept as is.\n"
                    + "{@link #json()} is this value's own node: treat it as read-only, {@code deepCopy()} it to change it.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addSuperinterface(self)
            .recordConstructor(
                MethodSpec.compactConstructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(JavaTypes.JSON_NODE, "json")
                    .addJavadoc(
                        "Keeps a copy of {@code json}: no one can change this value afterwards.\n")
                    .addStatement(
                        "json = $T.requireNonNull(json, $S).deepCopy()", Objects.class, "json")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("json")
                    .addAnnotation(Override.class)
                    .addAnnotation(JavaTypes.JSON_VALUE)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(JavaTypes.JSON_NODE)
                    .addStatement("return json")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("accept")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .addTypeVariable(r)
                    .returns(r)
                    .addParameter(ParameterizedTypeName.get(visitor, r), "visitor")
                    .addStatement("return visitor.visitUnknown(json)")
                    .build())
            .build());

    for (TypeSpec rec : records) {
      type.addType(rec);
    }
    type.addType(visitorType.build());
    CodeBlock discriminator =
        u.kind() == UnionType.Kind.DISCRIMINATED
            ? CodeBlock.of("$S", u.discriminatorProperty())
            : CodeBlock.of("null");
    type.addType(
        TypeSpec.classBuilder(deserializer)
            .addJavadoc(
                "Reads the union from JSON (see {@link $T}).\n", JavaTypes.UNION_DESERIALIZER)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(JavaTypes.UNION_DESERIALIZER, self))
            .addField(
                FieldSpec.builder(
                        TypeName.LONG,
                        "serialVersionUID",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .initializer("1L")
                    .build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PUBLIC)
                    .addStatement(
                        "super($T.class, $L, $T.of(\n$>$>$L$<$<), $T::new)",
                        self,
                        discriminator,
                        List.class,
                        table.build(),
                        unknown)
                    .build())
            .build());
    return type.build();
  }

  private static TypeName erasure(TypeName t) {
    return t instanceof ParameterizedTypeName p ? p.rawType() : t;
  }

  /**
   * A number variant holds a {@link Number}: JSON {@code 3} stays {@code 3} (an Integer) and {@code
   * 1.5} a Double, so the union writes back exactly the JSON it read and callers can pass either.
   */
  private static TypeName variantValueType(UnionType.Variant v, JavaNames names) {
    if (v.type() instanceof TypeRef.Primitive p
        && p.kind() == dev.specpoet.generator.model.PrimitiveKind.NUMBER) {
      return ClassName.get(Number.class);
    }
    return names.javaType(v.type());
  }

  private static CodeBlock variantDoc(UnionType.Variant v, UnionType u) {
    if (u.kind() == UnionType.Kind.DISCRIMINATED && !v.discriminatorValues().isEmpty()) {
      return CodeBlock.of(
          "The variant with {@code $L} $L.\n",
          Javadocs.escape(u.discriminatorProperty()),
          Javadocs.escape(String.join(" or ", v.discriminatorValues())));
    }
    return CodeBlock.of(
        "The {@code $L} variant.\n", v.jsonKind().name().toLowerCase(java.util.Locale.ROOT));
  }

  private static CodeBlock stringList(List<String> values) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      b.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return b.add(")").build();
  }
}
