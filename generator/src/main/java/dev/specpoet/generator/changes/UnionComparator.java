package dev.specpoet.generator.changes;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.changes.Usage.Direction;
import dev.specpoet.generator.model.UnionType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the variants of a matched union: its discriminator, then each variant matched by type
 * (through {@link ElementMatcher#same}), else by name; added variants break visitors and exhaustive
 * switches, removed ones old clients that still send them, changed types or discriminator values
 * old clients on the wire.
 */
final class UnionComparator {
  private final ComparedVersion a;
  private final ComparedVersion b;
  private final ElementMatcher matcher;
  private final ChangeCollector changes;

  UnionComparator(
      ComparedVersion a, ComparedVersion b, ElementMatcher matcher, ChangeCollector changes) {
    this.a = a;
    this.b = b;
    this.matcher = matcher;
    this.changes = changes;
  }

  void compare(UnionType old, UnionType now, Set<Direction> dirs) {
    String subject = "union " + b.name(now);
    if (!Objects.equals(old.discriminatorProperty(), now.discriminatorProperty())) {
      changes.add(
          Element.TYPE,
          Action.CHANGED,
          subject,
          "discriminator " + old.discriminatorProperty() + " -> " + now.discriminatorProperty(),
          old.source(),
          now.source(),
          JavaSurface.diff(List.of(), List.of()),
          Wire.BREAKING,
          "old clients pick variants by the old discriminator");
    }
    Map<Integer, Integer> match = new LinkedHashMap<>();
    Set<Integer> taken = new HashSet<>();
    for (int i = 0; i < old.variants().size(); i++) {
      for (int j = 0; j < now.variants().size(); j++) {
        if (!taken.contains(j)
            && matcher.same(old.variants().get(i).type(), now.variants().get(j).type())) {
          match.put(i, j);
          taken.add(j);
          break;
        }
      }
    }
    for (int i = 0; i < old.variants().size(); i++) {
      if (!match.containsKey(i)) {
        for (int j = 0; j < now.variants().size(); j++) {
          if (!taken.contains(j)
              && old.variants().get(i).nameHint().equals(now.variants().get(j).nameHint())) {
            match.put(i, j);
            taken.add(j);
            break;
          }
        }
      }
    }
    boolean request = dirs.contains(Direction.REQUEST);
    boolean response = dirs.contains(Direction.RESPONSE);
    for (int i = 0; i < old.variants().size(); i++) {
      UnionType.Variant v = old.variants().get(i);
      Integer j = match.get(i);
      if (j == null) {
        changes.add(
            Element.UNION_VARIANT,
            Action.REMOVED,
            "variant " + v.nameHint() + " of " + subject,
            null,
            old.source(),
            null,
            JavaSurface.diff(a.java.variant(old, i, b.name(now)), List.of()),
            request ? Wire.BREAKING : Wire.COMPATIBLE,
            request ? "old clients may still send it" : null);
        continue;
      }
      UnionType.Variant w = now.variants().get(j);
      List<String> details = new ArrayList<>();
      Wire wire = Wire.COMPATIBLE;
      if (!matcher.same(v.type(), w.type())) {
        details.add("type " + a.java.type(v.type()) + " -> " + b.java.type(w.type()));
        wire = Wire.BREAKING;
      }
      if (!v.discriminatorValues().equals(w.discriminatorValues())) {
        details.add(
            "discriminator values " + v.discriminatorValues() + " -> " + w.discriminatorValues());
        wire = Wire.BREAKING;
      }
      JavaSurface.Diff java =
          JavaSurface.diff(
              a.java.variant(old, i, b.name(now)), b.java.variant(now, j, b.name(now)));
      if (!details.isEmpty() || !java.isEmpty()) {
        changes.add(
            Element.UNION_VARIANT,
            Action.CHANGED,
            "variant " + w.nameHint() + " of " + subject,
            String.join("; ", details),
            old.source(),
            now.source(),
            java,
            wire,
            null);
      }
    }
    for (int j = 0; j < now.variants().size(); j++) {
      if (!taken.contains(j)) {
        changes.add(
            Element.UNION_VARIANT,
            Action.ADDED,
            "variant " + now.variants().get(j).nameHint() + " of " + subject,
            null,
            null,
            now.source(),
            JavaSurface.diff(List.of(), b.java.variant(now, j, b.name(now))),
            Wire.COMPATIBLE,
            "implementations of "
                + b.name(now)
                + ".Visitor and exhaustive switches over "
                + b.name(now)
                + " must handle it"
                + (response ? "; old clients receive it as " + b.name(now) + ".Unknown" : ""));
      }
    }
  }
}
