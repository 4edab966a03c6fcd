package dev.specpoet.generator.changes;

import static dev.specpoet.generator.changes.OperationComparator.describe;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.JavaImpact;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.changes.JavaSurface.Field;
import dev.specpoet.generator.changes.JavaSurface.Member;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the fields of a matched operation's params class (its parameters and body properties):
 * matched by location and JSON name, then by JSON name alone (a parameter moved from query to
 * header), then path parameters renamed in place; each added, removed, renamed or changed one
 * reported with what it does to the {@code method()} overloads that exist only while nothing is
 * required.
 */
final class ParameterComparator {
  private final ComparedVersion a;
  private final ComparedVersion b;
  private final ElementMatcher matcher;
  private final ChangeCollector changes;

  ParameterComparator(
      ComparedVersion a, ComparedVersion b, ElementMatcher matcher, ChangeCollector changes) {
    this.a = a;
    this.b = b;
    this.matcher = matcher;
    this.changes = changes;
  }

  void compare(Operation old, Operation now) {
    List<Field> before = JavaSurface.fields(old, a.types);
    List<Field> after = JavaSurface.fields(now, b.types);
    String paramsClass = b.java.className(now.paramsTypeId());
    Map<Field, Field> match = new LinkedHashMap<>();
    Set<Field> taken = new HashSet<>();
    for (Field f : before) {
      after.stream()
          .filter(
              g ->
                  !taken.contains(g)
                      && g.group().equals(f.group())
                      && g.jsonName().equals(f.jsonName()))
          .findFirst()
          .ifPresent(
              g -> {
                match.put(f, g);
                taken.add(g);
              });
    }
    // moved between locations (query -> header), then path parameters renamed in place
    for (Field f : before) {
      if (!match.containsKey(f) && !f.group().equals("path")) {
        after.stream()
            .filter(g -> !taken.contains(g) && g.jsonName().equals(f.jsonName()))
            .findFirst()
            .ifPresent(
                g -> {
                  match.put(f, g);
                  taken.add(g);
                });
      }
    }
    List<String> oldVars = ElementMatcher.templateVars(old.pathTemplate());
    List<String> newVars = ElementMatcher.templateVars(now.pathTemplate());
    Set<Field> renamed = new HashSet<>();
    if (ElementMatcher.route(old).equals(ElementMatcher.route(now))) {
      for (Field f : before) {
        if (!match.containsKey(f) && f.group().equals("path")) {
          int at = oldVars.indexOf(f.jsonName());
          String newName = at >= 0 && at < newVars.size() ? newVars.get(at) : null;
          after.stream()
              .filter(
                  g ->
                      !taken.contains(g)
                          && g.group().equals("path")
                          && g.jsonName().equals(newName))
              .findFirst()
              .ifPresent(
                  g -> {
                    match.put(f, g);
                    taken.add(g);
                    renamed.add(f);
                  });
        }
      }
    }

    boolean oldRequired = before.stream().anyMatch(Field::required);
    boolean newRequired = after.stream().anyMatch(Field::required);
    // the no-argument overloads exist only while nothing is required
    List<Member> noArgBefore = oldRequired ? List.of() : a.noArg(old);
    List<Member> noArgAfter = newRequired ? List.of() : b.noArg(now);

    for (Field f : before) {
      Field g = match.get(f);
      if (g == null) {
        boolean explains = oldRequired && f.required() && !newRequired;
        List<Member> removed = new ArrayList<>(a.java.field(old, f, paramsClass));
        List<Member> added = explains ? new ArrayList<>(noArgAfter) : new ArrayList<>();
        changes.add(
            Element.PARAMETER,
            Action.REMOVED,
            f.label() + " of " + describe(now),
            null,
            location(old, f),
            null,
            JavaSurface.diff(removed, added),
            Wire.COMPATIBLE,
            "old clients still send it; the API no longer documents it");
      } else {
        compareField(
            old,
            now,
            f,
            g,
            renamed.contains(f),
            new NoArgOverloads(noArgBefore, noArgAfter, oldRequired != newRequired));
      }
    }
    for (Field g : after) {
      if (!taken.contains(g)) {
        boolean explains = newRequired && g.required() && !oldRequired;
        List<Member> removed = explains ? new ArrayList<>(noArgBefore) : new ArrayList<>();
        JavaSurface.Diff java = JavaSurface.diff(removed, b.java.field(now, g, paramsClass));
        if (g.required()) {
          java =
              new JavaSurface.Diff(
                  java.removed(), java.added(), java.impact().or(JavaImpact.RUNTIME));
        }
        changes.add(
            Element.PARAMETER,
            Action.ADDED,
            g.label() + " of " + describe(now),
            g.required() ? "required" : "optional",
            null,
            location(now, g),
            java,
            g.required() ? Wire.BREAKING : Wire.COMPATIBLE,
            g.required()
                ? "build() of "
                    + b.java.className(now.paramsTypeId())
                    + " throws until it is set; old clients do not send it"
                : null);
      }
    }
  }

  /**
   * The {@code method()} overloads before and after; {@code change} when one version has them and
   * the other not (a field's required-ness explains it).
   */
  private record NoArgOverloads(List<Member> before, List<Member> after, boolean change) {}

  private static SourceLocation location(Operation op, Field f) {
    if (f.parameter() != null) {
      return f.parameter().source();
    }
    return op.body() == null ? op.source() : op.body().source();
  }

  private void compareField(
      Operation old, Operation now, Field f, Field g, boolean renamed, NoArgOverloads noArg) {
    String paramsClass = b.java.className(now.paramsTypeId());
    List<String> details = new ArrayList<>();
    Wire wire = Wire.COMPATIBLE;
    JavaImpact extra = JavaImpact.COMPATIBLE;
    String note = null;
    if (renamed) {
      details.add("path parameter {" + f.jsonName() + "} -> {" + g.jsonName() + "}");
    }
    if (!f.group().equals(g.group())) {
      details.add("sent in " + f.group() + " -> " + g.group());
      wire = Wire.BREAKING;
    }
    if (!matcher.same(f.type(), g.type())) {
      details.add("type " + a.java.type(f.type()) + " -> " + b.java.type(g.type()));
      wire = Wire.BREAKING;
    }
    if (f.required() != g.required()) {
      details.add(f.required() ? "required -> optional" : "optional -> required");
      if (g.required()) {
        wire = Wire.BREAKING;
        extra = JavaImpact.RUNTIME;
        note =
            "build() of "
                + b.java.className(now.paramsTypeId())
                + " throws until it is set; old clients may not send it";
      }
    }
    if (f.nullable() != g.nullable()) {
      details.add(f.nullable() ? "no longer nullable" : "nullable");
      if (f.nullable()) {
        wire = Wire.BREAKING;
        note = "old clients may send null";
      }
    }
    if (f.deprecated() != g.deprecated()) {
      details.add(g.deprecated() ? "deprecated" : "no longer deprecated");
    }
    List<Member> before = new ArrayList<>(a.java.field(old, f, paramsClass));
    List<Member> after = new ArrayList<>(b.java.field(now, g, paramsClass));
    if (noArg.change() && f.required() != g.required()) {
      before.addAll(noArg.before());
      after.addAll(noArg.after());
    }
    JavaSurface.Diff java = JavaSurface.diff(before, after);
    if (details.isEmpty() && java.isEmpty()) {
      return;
    }
    changes.add(
        Element.PARAMETER,
        renamed ? Action.RENAMED : Action.CHANGED,
        g.label() + " of " + describe(now),
        String.join("; ", details),
        location(old, f),
        location(now, g),
        new JavaSurface.Diff(java.removed(), java.added(), java.impact().or(extra)),
        wire,
        note);
  }
}
