package dev.specpoet.generator.emit.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.emit.TypeEmitter;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import dev.specpoet.generator.names.JavaNames;
import dev.specpoet.generator.names.ReservedNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits one immutable class per {@link ObjectType}: private final fields with the exact JSON names,
 * getters ({@code T} for required non-nullable properties, {@code Optional<T>} otherwise; a {@code
 * JsonField<T>} accessor {@code _name()} for optional nullable ones, which tells null from absent),
 * a builder that checks every required property at {@code build()} in one message, unknown
 * properties kept in {@code _additionalProperties()} and written back, {@code equals}/{@code
 * hashCode}/ {@code toString} (secrets masked). Jackson reads it through the builder and writes the
 * annotated fields, so {@code Json.mapper()} round-trips it unchanged.
 */
public final class ObjectEmitter extends TypeEmitter<ObjectType> {
  private static final ClassName OPTIONAL = ClassName.get(Optional.class);
  private static final ClassName OBJECTS = ClassName.get(Objects.class);
  private static final TypeName ADDITIONAL =
      ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), JavaTypes.JSON_NODE);

  public ObjectEmitter() {
    super(ObjectType.class);
  }

  @Override
  protected TypeSpec spec(ObjectType type, EmitContext ctx) {
    return emit(type, ctx.types(), ctx.names(), ctx.isObjectBody(type.id()));
  }

  /** One property as the class sees it. */
  private record Member(Property p, String name, String rawName, TypeName type, boolean triState) {
    /** Required and not nullable: a plain getter. */
    boolean plain() {
      return p.required() && !p.nullable();
    }

    /** Nullable (optional or required): stored as JsonField to keep null apart from absent. */
    boolean jsonField() {
      return triState;
    }
  }

  /**
   * The class of {@code o}; a request body's builder also builds without the required check (for
   * its params class, which checks what a client sends).
   */
  TypeSpec emit(ObjectType o, Map<String, TypeDef> byId, JavaNames names, boolean requestBody) {
    ClassName self = names.typeName(o.id());
    ClassName builder = self.nestedClass(ReservedNames.BUILDER);
    List<Member> members = new ArrayList<>();
    for (Property p : o.properties()) {
      members.add(
          new Member(
              p,
              names.memberName(o.id(), p.jsonName()),
              names.jsonFieldAccessor(o.id(), p.jsonName()),
              names.javaType(p.type()),
              p.nullable()));
    }

    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(Javadocs.of(o.doc()))
            .addAnnotation(
                AnnotationSpec.builder(JavaTypes.JSON_DESERIALIZE)
                    .addMember("builder", "$T.class", builder)
                    .build())
            .addAnnotation(JavaTypes.noAutoDetect());
    if (o.parentId() != null) {
      type.addModifiers(Modifier.STATIC);
    }
    if (o.doc().deprecated()) {
      type.addAnnotation(Deprecated.class);
    }

    // a union variant that sits inside its union implements the union's interface itself
    TypeDef parent = o.parentId() == null ? null : byId.get(o.parentId());
    if (parent instanceof UnionType u) {
      for (int i = 0; i < u.variants().size(); i++) {
        if (u.variants().get(i).type() instanceof TypeRef.Named n && n.typeId().equals(o.id())) {
          ClassName union = names.typeName(u.id());
          TypeVariableName r = TypeVariableName.get("R");
          type.addSuperinterface(union);
          type.addMethod(
              MethodSpec.methodBuilder("accept")
                  .addAnnotation(Override.class)
                  .addModifiers(Modifier.PUBLIC)
                  .addTypeVariable(r)
                  .returns(r)
                  .addParameter(
                      ParameterizedTypeName.get(union.nestedClass(ReservedNames.VISITOR), r),
                      "visitor")
                  .addStatement("return visitor.$N(this)", names.variantVisit(u.id(), i))
                  .build());
          break;
        }
      }
    }

    // fields
    for (Member m : members) {
      FieldSpec.Builder f =
          FieldSpec.builder(fieldType(m), m.name(), Modifier.PRIVATE, Modifier.FINAL)
              .addAnnotation(JavaTypes.jsonProperty(m.p().jsonName()));
      if (m.jsonField()) {
        f.addAnnotation(
            AnnotationSpec.builder(JavaTypes.JSON_INCLUDE)
                .addMember("value", "$T.NON_EMPTY", JavaTypes.JSON_INCLUDE_INCLUDE)
                .build());
      }
      type.addField(f.build());
    }
    type.addField(
        FieldSpec.builder(ADDITIONAL, "additionalProperties", Modifier.PRIVATE, Modifier.FINAL)
            .build());

    // constructor
    MethodSpec.Builder ctor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "builder");
    for (Member m : members) {
      ctor.addStatement("this.$N = $L", m.name(), copyOf(m, CodeBlock.of("builder.$N", m.name())));
    }
    ctor.addStatement(
        "$T additional = new $T<>(builder.additionalProperties)", ADDITIONAL, LinkedHashMap.class);
    ctor.addStatement(
        "additional.replaceAll((key, value) -> value == null ? null : value.deepCopy())");
    ctor.addStatement(
        "this.additionalProperties = $T.unmodifiableMap(additional)", Collections.class);
    type.addMethod(ctor.build());

    // getters
    for (Member m : members) {
      MethodSpec.Builder g =
          MethodSpec.methodBuilder(m.name())
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc(Javadocs.of(m.p().doc(), getterNote(m)));
      deprecate(g, m);
      if (m.plain()) {
        g.returns(m.type()).addStatement("return this.$N", m.name());
      } else if (m.jsonField()) {
        g.returns(ParameterizedTypeName.get(OPTIONAL, m.type()))
            .addStatement("return this.$N.asOptional()", m.name());
      } else {
        g.returns(ParameterizedTypeName.get(OPTIONAL, m.type()))
            .addStatement("return $T.ofNullable(this.$N)", OPTIONAL, m.name());
      }
      type.addMethod(g.build());
      if (m.jsonField()) {
        MethodSpec.Builder raw =
            MethodSpec.methodBuilder(m.rawName())
                .addModifiers(Modifier.PUBLIC)
                .returns(fieldType(m))
                .addJavadoc(
                    "The {@code $L} property as sent: missing, {@code null}, or a value.\n",
                    Javadocs.escape(m.p().jsonName()))
                .addStatement("return this.$N", m.name());
        deprecate(raw, m);
        type.addMethod(raw.build());
      }
    }
    type.addMethod(
        MethodSpec.methodBuilder("_additionalProperties")
            .addJavadoc(
                "Properties the spec does not declare, kept as sent and written back. The values are this"
                    + " object's own\n(copied when it was built): treat them as read-only, {@code deepCopy()} one to change it.\n")
            .addAnnotation(JavaTypes.JSON_ANY_GETTER)
            .addModifiers(Modifier.PUBLIC)
            .returns(ADDITIONAL)
            .addStatement("return additionalProperties")
            .build());

    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder holding this object's values, to make a changed copy.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return new $T(this)", builder)
            .build());
    type.addMethod(equalsMethod(self, members));
    type.addMethod(hashCodeMethod(members));
    type.addMethod(toStringMethod(self, members));
    type.addType(builderType(o, self, builder, members, requestBody));
    return type.build();
  }

  private static String getterNote(Member m) {
    String facts = facts(m.p());
    if (m.p().required() && m.p().nullable()) {
      return "Required; may be {@code null} (empty)." + (facts.isEmpty() ? "" : " " + facts);
    }
    return facts.isEmpty() ? null : facts;
  }

  /** What the spec says about the values: default, constant, bounds, pattern. */
  static String facts(Property p) {
    List<String> out = new ArrayList<>();
    if (p.constValue() != null) {
      out.add("Always <code>" + Javadocs.escape(p.constValue().toString()) + "</code>.");
    } else if (p.defaultValue() != null) {
      out.add("Default: <code>" + Javadocs.escape(p.defaultValue().toString()) + "</code>.");
    }
    var c = p.constraints();
    if (c != null) {
      if (c.minLength() != null || c.maxLength() != null) {
        out.add(range("Length", c.minLength(), c.maxLength()));
      }
      if (c.minimum() != null || c.maximum() != null) {
        out.add(range("Value", c.minimum(), c.maximum()));
      }
      if (c.minItems() != null || c.maxItems() != null) {
        out.add(range("Items", c.minItems(), c.maxItems()));
      }
      if (c.pattern() != null) {
        out.add("Pattern: <code>" + Javadocs.escape(c.pattern()) + "</code>.");
      }
    }
    if (p.readOnly()) {
      out.add("Read-only: set by the server.");
    }
    return String.join(" ", out);
  }

  private static String range(String what, Object min, Object max) {
    if (min != null && max != null) {
      return what + " from " + min + " to " + max + ".";
    }
    return min != null ? what + " at least " + min + "." : what + " at most " + max + ".";
  }

  private static void deprecate(MethodSpec.Builder b, Member m) {
    if (m.p().doc().deprecated()) {
      b.addAnnotation(Deprecated.class);
    }
  }

  private static TypeName fieldType(Member m) {
    return m.jsonField() ? ParameterizedTypeName.get(JavaTypes.JSON_FIELD, m.type()) : m.type();
  }

  /**
   * What the object stores of a builder value: an unmodifiable copy of each collection and a deep
   * copy of each {@code JsonNode} (a value node copies to itself), so no one who set a value can
   * change the object afterwards (nor its equals/hashCode). Nulls inside stay allowed. Getters
   * return what is stored; copying on every read would cost a whole tree per call.
   */
  private static CodeBlock copyOf(Member m, CodeBlock value) {
    if (m.jsonField()) {
      if (!needsCopy(m.type())) {
        return value;
      }
      return CodeBlock.of(
          "$L.isPresent() ? $T.of($L) : $L",
          value,
          JavaTypes.JSON_FIELD,
          copy(m.type(), CodeBlock.of("$L.get()", value), 0),
          value);
    }
    if (!needsCopy(m.type())) {
      return value;
    }
    return CodeBlock.of("$L == null ? null : $L", value, copy(m.type(), value, 0));
  }

  /** Whether a stored value of this type must be copied: a collection or a JsonNode. */
  private static boolean needsCopy(TypeName t) {
    return t.equals(JavaTypes.JSON_NODE) || isList(t) || isMap(t);
  }

  private static boolean isList(TypeName t) {
    return t instanceof ParameterizedTypeName pt && pt.rawType().equals(ClassName.get(List.class));
  }

  private static boolean isMap(TypeName t) {
    return t instanceof ParameterizedTypeName pt && pt.rawType().equals(ClassName.get(Map.class));
  }

  /**
   * The copy of a non-null {@code value}; {@code depth} names the lambda variables of nested
   * collections.
   */
  private static CodeBlock copy(TypeName t, CodeBlock value, int depth) {
    if (t.equals(JavaTypes.JSON_NODE)) {
      return CodeBlock.of("$L.deepCopy()", value);
    }
    if (isList(t)) {
      TypeName item = ((ParameterizedTypeName) t).typeArguments().get(0);
      if (!needsCopy(item)) {
        return CodeBlock.of(
            "$T.unmodifiableList(new $T<>($L))", Collections.class, ArrayList.class, value);
      }
      String e = "e" + depth;
      // the type witness: javac cannot infer deepCopy()'s <T extends JsonNode> through map()
      return CodeBlock.of(
          "$T.unmodifiableList($L.stream().<$T>map($N -> $N == null ? null : $L).collect($T.toList()))",
          Collections.class,
          value,
          item,
          e,
          e,
          copy(item, CodeBlock.of("$N", e), depth + 1),
          Collectors.class);
    }
    if (isMap(t)) {
      TypeName v = ((ParameterizedTypeName) t).typeArguments().get(1);
      if (!needsCopy(v)) {
        return CodeBlock.of(
            "$T.unmodifiableMap(new $T<>($L))", Collections.class, LinkedHashMap.class, value);
      }
      return CodeBlock.of("$T.unmodifiableMap($L)", Collections.class, copyMap(v, value, depth));
    }
    return value;
  }

  /** A LinkedHashMap with the values copied (null values allowed, order kept). */
  private static CodeBlock copyMap(TypeName valueType, CodeBlock value, int depth) {
    String m = "m" + depth;
    String e = "e" + depth;
    TypeName map =
        ParameterizedTypeName.get(
            ClassName.get(LinkedHashMap.class), ClassName.get(String.class), valueType);
    return CodeBlock.of(
        "$L.entrySet().stream().collect($T::new,\n    ($N, $N) -> $N.put($N.getKey(), $N.getValue() == null"
            + " ? null : $L), $T::putAll)",
        value,
        map,
        m,
        e,
        m,
        e,
        e,
        copy(valueType, CodeBlock.of("$N.getValue()", e), depth + 1),
        Map.class);
  }

  /** A required constant ({@code const} / one-value enum) is preset in the builder. */
  private static CodeBlock constLiteral(Member m) {
    var c = m.p().constValue();
    if (c == null) {
      return null;
    }
    TypeName t = m.type();
    if (c.isTextual() && t.equals(ClassName.get(String.class))) {
      return CodeBlock.of("$S", c.asText());
    }
    if (c.isIntegralNumber() && t.equals(ClassName.get(Long.class))) {
      return CodeBlock.of("$LL", c.asLong());
    }
    if (c.isIntegralNumber() && t.equals(ClassName.get(Integer.class))) {
      return CodeBlock.of("$L", c.asInt());
    }
    if (c.isBoolean() && t.equals(ClassName.get(Boolean.class))) {
      return CodeBlock.of("$L", c.asBoolean());
    }
    return null;
  }

  private static MethodSpec equalsMethod(ClassName self, List<Member> members) {
    CodeBlock.Builder expr = CodeBlock.builder().add("return o instanceof $T other", self);
    for (Member m : members) {
      expr.add("\n    && $T.equals(this.$N, other.$N)", OBJECTS, m.name(), m.name());
    }
    expr.add("\n    && this.additionalProperties.equals(other.additionalProperties)");
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "o")
        .beginControlFlow("if (this == o)")
        .addStatement("return true")
        .endControlFlow()
        .addStatement(expr.build())
        .build();
  }

  private static MethodSpec hashCodeMethod(List<Member> members) {
    CodeBlock.Builder args = CodeBlock.builder();
    for (Member m : members) {
      args.add("this.$N, ", m.name());
    }
    args.add("this.additionalProperties");
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", OBJECTS, args.build())
        .build();
  }

  private static MethodSpec toStringMethod(ClassName self, List<Member> members) {
    MethodSpec.Builder b =
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class);
    b.addStatement(
        "$T sb = new $T($S)", StringBuilder.class, StringBuilder.class, self.simpleName() + "{");
    String sep = "";
    for (Member m : members) {
      String label = sep + m.p().jsonName() + "=";
      if (m.p().secret()) {
        if (m.jsonField()) {
          b.addStatement(
              "sb.append($S).append(this.$N.isPresent() ? $S : $T.valueOf(this.$N))",
              label,
              m.name(),
              "***",
              String.class,
              m.name());
        } else {
          b.addStatement(
              "sb.append($S).append(this.$N == null ? $S : $S)", label, m.name(), "null", "***");
        }
      } else {
        b.addStatement("sb.append($S).append(this.$N)", label, m.name());
      }
      sep = ", ";
    }
    b.beginControlFlow("if (!this.additionalProperties.isEmpty())")
        .addStatement(
            "sb.append($S).append(this.additionalProperties)", sep + "additionalProperties=")
        .endControlFlow();
    b.addStatement("return sb.append('}').toString()");
    return b.build();
  }

  private static TypeSpec builderType(
      ObjectType o, ClassName self, ClassName builder, List<Member> members, boolean requestBody) {
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
      } else if (m.p().required() && constLiteral(m) != null) {
        f.initializer(constLiteral(m));
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
    List<Member> required = members.stream().filter(m -> m.p().required()).toList();
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
}
