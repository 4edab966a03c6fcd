package dev.specpoet.generator.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.emit.model.ObjectEmitter.Member;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The defensive copies a model class makes of what its builder was given. */
final class DefensiveCopies {
  private DefensiveCopies() {}

  /**
   * What the object stores of a builder value: an unmodifiable copy of each collection and a deep
   * copy of each {@code JsonNode} (a value node copies to itself), so no one who set a value can
   * change the object afterwards (nor its equals/hashCode). Nulls inside stay allowed. Getters
   * return what is stored; copying on every read would cost a whole tree per call.
   */
  static CodeBlock copyOf(Member m, CodeBlock value) {
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
}
