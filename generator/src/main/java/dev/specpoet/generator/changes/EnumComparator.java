package dev.specpoet.generator.changes;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.JavaImpact;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.changes.Usage.Direction;
import dev.specpoet.generator.model.EnumType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the values of a matched enum, by value: a changed kind of values, values added (which
 * break exhaustive switches over its {@code Known} enum) and values removed (which break old
 * clients that still send them in requests).
 */
final class EnumComparator {
  private final ComparedVersion a;
  private final ComparedVersion b;
  private final ChangeCollector changes;

  EnumComparator(ComparedVersion a, ComparedVersion b, ChangeCollector changes) {
    this.a = a;
    this.b = b;
    this.changes = changes;
  }

  void compare(EnumType old, EnumType now, Set<Direction> dirs) {
    String subject = "enum " + b.name(now);
    if (old.base() != now.base()) {
      changes.add(
          Element.TYPE,
          Action.CHANGED,
          subject,
          "values of kind " + old.base() + " -> " + now.base(),
          old.source(),
          now.source(),
          new JavaSurface.Diff(
              List.of(a.name(old) + ".of(" + base(old) + ")"),
              List.of(b.name(now) + ".of(" + base(now) + ")"),
              JavaImpact.SOURCE_AND_BINARY),
          Wire.BREAKING,
          null);
      return;
    }
    Set<Object> before = new HashSet<>();
    old.values().forEach(v -> before.add(v.value()));
    Set<Object> after = new HashSet<>();
    now.values().forEach(v -> after.add(v.value()));
    for (EnumType.EnumValue v : now.values()) {
      if (!before.contains(v.value())) {
        changes.add(
            Element.ENUM_VALUE,
            Action.ADDED,
            "value " + quote(v.value()) + " of " + subject,
            null,
            null,
            now.source(),
            JavaSurface.diff(List.of(), b.java.enumValue(now, v.value(), b.name(now))),
            Wire.COMPATIBLE,
            "a switch over "
                + b.name(now)
                + ".Known without a default branch no longer covers"
                + " every value (exhaustive switch expressions stop compiling)"
                + (dirs.contains(Direction.RESPONSE)
                    ? "; old clients receive it as an unknown value, kept as is"
                    : ""));
      }
    }
    for (EnumType.EnumValue v : old.values()) {
      if (!after.contains(v.value())) {
        boolean request = dirs.contains(Direction.REQUEST);
        changes.add(
            Element.ENUM_VALUE,
            Action.REMOVED,
            "value " + quote(v.value()) + " of " + subject,
            null,
            old.source(),
            null,
            JavaSurface.diff(a.java.enumValue(old, v.value(), b.name(now)), List.of()),
            request ? Wire.BREAKING : Wire.COMPATIBLE,
            request ? "old clients may still send it" : null);
      }
    }
  }

  private static String base(EnumType e) {
    return switch (e.base()) {
      case INT32 -> "Integer";
      case INT64 -> "Long";
      case BOOLEAN -> "Boolean";
      default -> "String";
    };
  }

  private static String quote(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }
}
