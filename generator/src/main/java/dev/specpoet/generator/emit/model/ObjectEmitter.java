package dev.specpoet.generator.emit.model;

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
  static final TypeName ADDITIONAL =
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
  record Member(Property p, String name, String rawName, TypeName type, boolean triState) {
    /**
     * Required and not nullable: a plain getter; not a writeOnly one, which JSON read from a server
     * does not have.
     */
    boolean plain() {
      return p.required() && !p.nullable() && !p.writeOnly();
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
      ctor.addStatement(
          "this.$N = $L",
          m.name(),
          DefensiveCopies.copyOf(m, CodeBlock.of("builder.$N", m.name())));
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
    type.addType(
        ObjectBuilderEmitter.builder(
            self, builder, members, requestBody, m -> names.builderAdder(o.id(), m)));
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

  static void deprecate(MethodSpec.Builder b, Member m) {
    if (m.p().doc().deprecated()) {
      b.addAnnotation(Deprecated.class);
    }
  }

  static TypeName fieldType(Member m) {
    return m.jsonField() ? ParameterizedTypeName.get(JavaTypes.JSON_FIELD, m.type()) : m.type();
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
}
