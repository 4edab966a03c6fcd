package dev.specpoet.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.json.Json;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a value the generated client returned: walks its object graph through the public getters
 * of the generated types and reports every union held in its unknown variant, every enum value the
 * spec does not list, and every property the generated type did not know (kept as "additional"
 * properties: Prism answers the spec's examples, so everything must map onto a declared member).
 * Then writes the value back to JSON with the client's mapper and compares it with what the server
 * sent (numbers by value, date-times by instant, null the same as absent): nothing lost, nothing
 * invented, required fields present.
 */
public final class ResultChecker {

  private static final String AI_GATEWAY_PACKAGE = "dev.specpoet.aigateway";

  private final String generatedPackage;
  private final List<String> problems = new ArrayList<>();
  private final Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private ResultChecker(String generatedPackage) {
    this.generatedPackage = generatedPackage;
  }

  /** Problems in the object graph of {@code value} (the AI Gateway client's types). */
  public static List<String> check(Object value) {
    return check(value, AI_GATEWAY_PACKAGE);
  }

  /** Problems in the object graph of {@code value}, whose generated types are in that package. */
  public static List<String> check(Object value, String generatedPackage) {
    ResultChecker checker = new ResultChecker(generatedPackage);
    checker.walk(value, "$");
    return checker.problems;
  }

  /**
   * Differences between the JSON the server sent ({@code expected}) and the value written back
   * ({@code actual}); empty when they agree.
   */
  public static List<String> compare(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff(expected, actual, "$", out, false);
    return out;
  }

  /** Like {@link #compare}, but an explicit {@code null} and an absent property differ. */
  public static List<String> compareStrictNulls(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    diff(expected, actual, "$", out, true);
    return out;
  }

  /** The value as the client's mapper writes it. */
  public static JsonNode toJson(Object value) {
    return Json.mapper().valueToTree(value);
  }

  private void walk(Object value, String path) {
    if (value == null
        || value instanceof CharSequence
        || value instanceof Number
        || value instanceof Boolean
        || value instanceof JsonNode
        || value instanceof java.time.temporal.Temporal
        || value instanceof Character) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, path));
      return;
    }
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object item : c) {
        walk(item, path + "[" + i++ + "]");
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        walk(e.getValue(), path + "." + e.getKey());
      }
      return;
    }
    if (!seen.add(value)) {
      return;
    }
    Class<?> type = value.getClass();
    if (!type.getName().startsWith(generatedPackage)) {
      return; // runtime holders (JsonField ...) are reached through the generated getters
    }
    String simple = type.getName().substring(type.getName().lastIndexOf('.') + 1);
    if (simple.endsWith("$Unknown") || simple.equals("Unknown")) {
      problems.add(
          path + ": an unknown union variant (" + type.getName() + "): " + safeToString(value));
      return;
    }
    if (type.isEnum() || isEnumLike(type)) {
      Boolean known = knownFlag(value);
      if (Boolean.FALSE.equals(known)) {
        problems.add(
            path
                + ": an enum value the spec does not list: "
                + safeToString(value)
                + " ("
                + type.getName()
                + ")");
      }
      return;
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || m.getDeclaringClass() == Object.class
          || m.getReturnType() == void.class
          || isIgnored(m.getName())
          || m.getName().startsWith("_") && !isAdditionalProperties(m.getName())) {
        continue;
      }
      Object child;
      try {
        m.setAccessible(true);
        child = m.invoke(value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        problems.add(path + "." + m.getName() + "(): throws " + cause);
        continue;
      }
      if (isAdditionalProperties(m.getName())
          && child instanceof Map<?, ?> extra
          && !extra.isEmpty()) {
        problems.add(
            path
                + ": properties the generated "
                + type.getSimpleName()
                + " does not declare: "
                + extra.keySet());
        continue;
      }
      walk(child, path + "." + m.getName() + "()");
    }
  }

  private static boolean isIgnored(String name) {
    return switch (name) {
      case "toString",
          "hashCode",
          "toBuilder",
          "builder",
          "getClass",
          "clone",
          "asJson",
          "json",
          "raw",
          "rawJson",
          "_json",
          "isKnown",
          "known",
          "isUnknown",
          "visit",
          "accept",
          "nextPage",
          "autoPager",
          "hasNextPage" ->
          true;
      default -> false;
    };
  }

  private static boolean isAdditionalProperties(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.contains("additionalproperties")
        || n.contains("unknownproperties")
        || n.equals("_additionalproperties");
  }

  /**
   * A class that stands for an enum (a forward-compatible enum is a class with a known/unknown
   * test).
   */
  private static boolean isEnumLike(Class<?> type) {
    return knownMethod(type) != null;
  }

  private static Method knownMethod(Class<?> type) {
    for (String name : List.of("isKnown", "known", "isUnknown")) {
      try {
        Method m = type.getMethod(name);
        if (m.getReturnType() == boolean.class
            || m.getReturnType() == Boolean.class
            || m.getReturnType() == Optional.class) {
          return m;
        }
      } catch (NoSuchMethodException ignored) {
        // next
      }
    }
    return null;
  }

  private static Boolean knownFlag(Object value) {
    Method m = knownMethod(value.getClass());
    if (m == null) {
      return null;
    }
    try {
      Object r = m.invoke(value);
      if (r instanceof Optional<?> o) {
        return o.isPresent();
      }
      boolean flag = (Boolean) r;
      return m.getName().equals("isUnknown") ? !flag : flag;
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static String safeToString(Object value) {
    try {
      String s = String.valueOf(value);
      return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    } catch (RuntimeException e) {
      return value.getClass().getName();
    }
  }

  private static void diff(
      JsonNode expected, JsonNode actual, String path, List<String> out, boolean strictNulls) {
    boolean expectedEmpty = expected == null || expected.isNull() || expected.isMissingNode();
    boolean actualEmpty = actual == null || actual.isNull() || actual.isMissingNode();
    if (expectedEmpty || actualEmpty) {
      boolean expectedNull = expected != null && expected.isNull();
      boolean actualNull = actual != null && actual.isNull();
      if (expectedEmpty != actualEmpty || strictNulls && expectedNull != actualNull) {
        out.add(path + ": server sent " + expected + ", the parsed value has " + actual);
      }
      return;
    }
    if (expected.isObject() && actual.isObject()) {
      Set<String> names = new java.util.TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diff(expected.get(name), actual.get(name), path + "." + name, out, strictNulls);
      }
      return;
    }
    if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        out.add(
            path
                + ": server sent "
                + expected.size()
                + " items, the parsed value has "
                + actual.size());
        return;
      }
      Iterator<JsonNode> a = actual.elements();
      int i = 0;
      for (JsonNode e : expected) {
        diff(e, a.next(), path + "[" + i++ + "]", out, strictNulls);
      }
      return;
    }
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(path + ": server sent " + expected + ", the parsed value has " + actual);
      }
      return;
    }
    if (expected.isNumber() && actual.isTextual()) {
      try {
        if (expected.decimalValue().compareTo(new BigDecimal(actual.asText())) == 0) {
          return;
        }
      } catch (NumberFormatException ignored) {
        // a difference
      }
    }
    if (expected.isTextual() && actual.isTextual() && !expected.asText().equals(actual.asText())) {
      try {
        if (OffsetDateTime.parse(expected.asText())
            .toInstant()
            .equals(OffsetDateTime.parse(actual.asText()).toInstant())) {
          return;
        }
      } catch (DateTimeParseException ignored) {
        // a difference
      }
    }
    if (!expected.equals(actual)) {
      out.add(path + ": server sent " + expected + ", the parsed value has " + actual);
    }
  }
}
