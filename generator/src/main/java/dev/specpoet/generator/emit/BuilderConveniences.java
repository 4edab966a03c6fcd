package dev.specpoet.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.model.Property;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The methods a builder (of a model or a params class) adds next to a member's setter, each
 * delegating to it: an overload taking the primitive of a boxed type ({@code limit(20)} compiles
 * beside {@code limit(Long)}), {@code addX(item)} for a list and {@code putX(key, value)} for a map
 * (a new collection each time, so one given to the setter is never changed); for a member that is
 * not required, an overload taking an {@code Optional}. Also the one rule of what a builder presets
 * and does not let users set: a required, non-nullable constant ({@link #fixedValue}).
 */
public final class BuilderConveniences {
  private BuilderConveniences() {}

  /**
   * The methods for one member.
   *
   * @param builder the builder class (the methods return it)
   * @param setter the member's setter, taking {@code type}
   * @param adder the name of the list's or map's adder (from the names stage), or null
   * @param current the member's current list or map (null when not set) in the builder
   * @param deprecated whether the member is deprecated (the methods are too)
   */
  public static List<MethodSpec> of(
      ClassName builder,
      String setter,
      TypeName type,
      String adder,
      CodeBlock current,
      boolean deprecated) {
    MethodSpec.Builder m = null;
    if (type.isBoxedPrimitive()) {
      m =
          MethodSpec.methodBuilder(setter)
              .addJavadoc("Sets {@code $L}; see {@link #$L($T)}.\n", setter, setter, type)
              .addParameter(type.unbox(), setter)
              .addStatement("return $N($T.valueOf($N))", setter, type, setter);
    } else if (adder != null && type instanceof ParameterizedTypeName pt) {
      List<TypeName> args = pt.typeArguments();
      if (pt.rawType().equals(ClassName.get(List.class))) {
        m =
            MethodSpec.methodBuilder(adder)
                .addJavadoc(
                    "Adds {@code item} to {@code $L}, after the elements set before.\n", setter)
                .addParameter(args.get(0), "item")
                .addStatement(
                    "return $N($T.append($L, item))", setter, JavaTypes.BUILDER_VALUES, current);
      } else if (pt.rawType().equals(ClassName.get(Map.class))) {
        m =
            MethodSpec.methodBuilder(adder)
                .addJavadoc(
                    "Puts {@code key} with {@code value} into {@code $L}, replacing that key's"
                        + " value set before.\n",
                    setter)
                .addParameter(args.get(0), "key")
                .addParameter(args.get(1), "value")
                .addStatement(
                    "return $N($T.put($L, key, value))", setter, JavaTypes.BUILDER_VALUES, current);
      }
    }
    if (m == null) {
      return List.of();
    }
    m.addModifiers(Modifier.PUBLIC).returns(builder);
    if (deprecated) {
      m.addAnnotation(Deprecated.class);
    }
    return List.of(m.build());
  }

  /**
   * The overload {@code setter(Optional<T>)} of a member that is not required, delegating to the
   * setter (the boxed one of a primitive) with {@code orElse(null)}. Not for required members:
   * there {@code setter(null)} (a required nullable member's JSON null) would become ambiguous.
   *
   * @param empty what the setter does with {@code null}, as a javadoc clause ("JSON {@code null} is
   *     sent")
   */
  public static MethodSpec optional(
      ClassName builder, String setter, TypeName type, String empty, boolean deprecated) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(setter)
            .addJavadoc(
                "Sets {@code $L} from an {@code Optional}; an empty one acts as {@code $L(null)}: $L.\n",
                setter,
                setter,
                empty)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(ParameterizedTypeName.get(JavaTypes.OPTIONAL, type), setter)
            .addStatement("return $N($N.orElse(null))", setter, setter);
    if (deprecated) {
      m.addAnnotation(Deprecated.class);
    }
    return m.build();
  }

  /**
   * The value a builder presets for a property that can have no other ({@link Property#preset}), as
   * a literal of its Java type {@code t}; null for any other property.
   */
  public static CodeBlock fixedValue(Property p, TypeName t) {
    if (!p.preset()) {
      return null;
    }
    var c = p.constValue();
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
}
