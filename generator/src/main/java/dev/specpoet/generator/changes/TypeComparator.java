package dev.specpoet.generator.changes;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.JavaImpact;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.changes.Usage.Direction;
import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.UnionType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the types {@link ElementMatcher} paired (params classes aside, whose fields {@link
 * ParameterComparator} compares): added and removed types (the outermost only; nested ones come
 * with them), renamed classes, a changed kind, deprecation, and an object's properties, judged by
 * whether the type travels in requests, responses or both. Enum values and union variants go to
 * {@link EnumComparator} and {@link UnionComparator}.
 */
final class TypeComparator {
  private final ComparedVersion a;
  private final ComparedVersion b;
  private final ElementMatcher matcher;
  private final ChangeCollector changes;
  private final EnumComparator enums;
  private final UnionComparator unions;

  TypeComparator(
      ComparedVersion a, ComparedVersion b, ElementMatcher matcher, ChangeCollector changes) {
    this.a = a;
    this.b = b;
    this.matcher = matcher;
    this.changes = changes;
    this.enums = new EnumComparator(a, b, changes);
    this.unions = new UnionComparator(a, b, matcher, changes);
  }

  void compare() {
    Map<String, String> typeMap = matcher.typeMap();
    Set<String> targets = new HashSet<>(typeMap.values());
    Map<String, String> reverse = new HashMap<>();
    typeMap.forEach((k, v) -> reverse.put(v, k));
    for (TypeDef now : b.types.values()) {
      if (ElementMatcher.isParamsType(now.id())) {
        continue;
      }
      String oldId = reverse.get(now.id());
      if (oldId == null) {
        // report the outermost new type only; its nested types come with it
        if (now.parentId() == null || targets.contains(now.parentId())) {
          changes.add(
              Element.TYPE,
              Action.ADDED,
              "type " + b.name(now),
              null,
              null,
              now.source(),
              JavaSurface.diff(List.of(), b.java.typeClass(now)),
              Wire.COMPATIBLE,
              null);
        }
      } else {
        compareType(a.types.get(oldId), now);
      }
    }
    for (TypeDef old : a.types.values()) {
      if (!ElementMatcher.isParamsType(old.id())
          && !typeMap.containsKey(old.id())
          && (old.parentId() == null || typeMap.containsKey(old.parentId()))) {
        changes.add(
            Element.TYPE,
            Action.REMOVED,
            "type " + a.name(old),
            null,
            old.source(),
            null,
            JavaSurface.diff(a.java.typeClass(old), List.of()),
            Wire.COMPATIBLE,
            null);
      }
    }
  }

  private Set<Direction> directions(TypeDef old, TypeDef now) {
    EnumSet<Direction> d = EnumSet.noneOf(Direction.class);
    d.addAll(a.usage.of(old.id()));
    d.addAll(b.usage.of(now.id()));
    return d;
  }

  private void compareType(TypeDef old, TypeDef now) {
    String subject = "type " + b.name(now);
    boolean schemaRenamed = matcher.schemaRenamed(old.id());
    JavaSurface.Diff cls = JavaSurface.diff(a.java.typeClass(old), b.java.typeClass(now));
    // a nested class whose own name stays moves with its renamed parent: reported there
    boolean parentRenamed =
        old.parentId() != null && simpleName(a.name(old)).equals(simpleName(b.name(now)));
    if (schemaRenamed || (!cls.isEmpty() && !parentRenamed && old.getClass() == now.getClass())) {
      changes.add(
          Element.TYPE,
          Action.RENAMED,
          "type " + a.name(old) + " -> " + b.name(now),
          schemaRenamed
              ? "schema " + old.id() + " -> " + now.id() + " (same shape)"
              : "Java class name",
          old.source(),
          now.source(),
          cls,
          Wire.COMPATIBLE,
          null);
    }
    if (old.getClass() != now.getClass()) {
      changes.add(
          Element.TYPE,
          Action.CHANGED,
          subject,
          kind(old) + " -> " + kind(now),
          old.source(),
          now.source(),
          new JavaSurface.Diff(
              cls.removed().isEmpty() ? List.of("class " + a.name(old)) : cls.removed(),
              cls.added().isEmpty() ? List.of(kind(now) + " " + b.name(now)) : cls.added(),
              JavaImpact.SOURCE_AND_BINARY),
          Wire.BREAKING,
          null);
      return;
    }
    changes.deprecation(Element.TYPE, subject, old.doc(), now.doc(), old.source(), now.source());
    Set<Direction> dirs = directions(old, now);
    if (old instanceof ObjectType o && now instanceof ObjectType n) {
      compareProperties(o, n, dirs);
    } else if (old instanceof EnumType o && now instanceof EnumType n) {
      enums.compare(o, n, dirs);
    } else if (old instanceof UnionType o && now instanceof UnionType n) {
      unions.compare(o, n, dirs);
    }
  }

  private static String simpleName(String cls) {
    return cls.substring(cls.lastIndexOf('.') + 1);
  }

  private static String kind(TypeDef t) {
    return t instanceof ObjectType ? "object" : t instanceof EnumType ? "enum" : "union";
  }

  private void compareProperties(ObjectType old, ObjectType now, Set<Direction> dirs) {
    boolean request = dirs.contains(Direction.REQUEST);
    boolean response = dirs.contains(Direction.RESPONSE);
    Map<String, Property> after = new LinkedHashMap<>();
    now.properties().forEach(p -> after.put(p.jsonName(), p));
    Set<String> seen = new HashSet<>();
    for (Property p : old.properties()) {
      Property q = after.get(p.jsonName());
      seen.add(p.jsonName());
      String subject = "property '" + p.jsonName() + "' of " + b.name(now);
      if (q == null) {
        changes.add(
            Element.PROPERTY,
            Action.REMOVED,
            subject,
            null,
            p.source(),
            null,
            JavaSurface.diff(a.java.property(old, p, b.name(now)), List.of()),
            p.required() && response ? Wire.BREAKING : Wire.COMPATIBLE,
            p.required() && response
                ? "old clients refuse responses without it (it was required)"
                : null);
        continue;
      }
      List<String> details = new ArrayList<>();
      Wire wire = Wire.COMPATIBLE;
      JavaImpact extra = JavaImpact.COMPATIBLE;
      List<String> notes = new ArrayList<>();
      if (!matcher.same(p.type(), q.type())) {
        details.add("type " + a.java.type(p.type()) + " -> " + b.java.type(q.type()));
        wire = Wire.BREAKING;
      }
      if (p.required() != q.required()) {
        details.add(p.required() ? "required -> optional" : "optional -> required");
        if (p.required() && response) {
          wire = Wire.BREAKING;
          notes.add("old clients refuse responses without it");
        }
        if (q.required() && request) {
          wire = Wire.BREAKING;
          extra = JavaImpact.RUNTIME;
          notes.add("build() of " + b.name(now) + " throws until it is set");
        }
      }
      if (p.nullable() != q.nullable()) {
        details.add(p.nullable() ? "no longer nullable" : "nullable");
        if (q.nullable() && q.required() && response) {
          wire = Wire.BREAKING;
          notes.add("old clients refuse a null where they expect a value");
        }
        if (p.nullable() && request) {
          wire = Wire.BREAKING;
          notes.add("old clients may send null");
        }
      }
      if (p.doc().deprecated() != q.doc().deprecated()) {
        details.add(q.doc().deprecated() ? "deprecated" : "no longer deprecated");
      }
      JavaSurface.Diff java =
          JavaSurface.diff(
              a.java.property(old, p, b.name(now)), b.java.property(now, q, b.name(now)));
      if (details.isEmpty() && java.isEmpty()) {
        continue;
      }
      changes.add(
          Element.PROPERTY,
          Action.CHANGED,
          subject,
          String.join("; ", details),
          p.source(),
          q.source(),
          new JavaSurface.Diff(java.removed(), java.added(), java.impact().or(extra)),
          wire,
          notes.isEmpty() ? null : String.join("; ", notes));
    }
    for (Property q : now.properties()) {
      if (seen.contains(q.jsonName())) {
        continue;
      }
      JavaSurface.Diff java = JavaSurface.diff(List.of(), b.java.property(now, q, b.name(now)));
      String note = null;
      if (q.required() && request) {
        java = new JavaSurface.Diff(java.removed(), java.added(), JavaImpact.RUNTIME);
        note = "build() of " + b.name(now) + " throws until it is set; old clients do not send it";
      } else if (q.required()) {
        note = "code that builds " + b.name(now) + " itself (tests, fakes) must now set it";
      }
      changes.add(
          Element.PROPERTY,
          Action.ADDED,
          "property '" + q.jsonName() + "' of " + b.name(now),
          q.required() ? "required" : "optional",
          null,
          q.source(),
          java,
          q.required() && request ? Wire.BREAKING : Wire.COMPATIBLE,
          note);
    }
  }
}
