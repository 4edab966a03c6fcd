package dev.specpoet.generator.changes;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.changes.JavaSurface.Member;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the operations {@link ElementMatcher} paired: an added or removed operation with the
 * classes of its inline schemas, a changed route or operationId, deprecation, and what the call
 * returns; its parameters and body fields go to {@link ParameterComparator}.
 */
final class OperationComparator {
  private final ComparedVersion a;
  private final ComparedVersion b;
  private final ElementMatcher matcher;
  private final ChangeCollector changes;
  private final ParameterComparator parameters;

  OperationComparator(
      ComparedVersion a, ComparedVersion b, ElementMatcher matcher, ChangeCollector changes) {
    this.a = a;
    this.b = b;
    this.matcher = matcher;
    this.changes = changes;
    this.parameters = new ParameterComparator(a, b, matcher, changes);
  }

  static String describe(Operation op) {
    return "operation " + op.httpMethod() + " " + op.pathTemplate() + " (" + op.operationId() + ")";
  }

  void compare(List<Operation[]> pairs) {
    for (Operation[] pair : pairs) {
      Operation old = pair[0];
      Operation now = pair[1];
      if (old == null) {
        List<Member> members =
            new ArrayList<>(b.java.operation(now, b.anyRequired(now), b.returnType(now)));
        members.addAll(inlineClasses(now, b, new HashSet<>(matcher.typeMap().values())));
        changes.add(
            Element.OPERATION,
            Action.ADDED,
            describe(now),
            null,
            null,
            now.source(),
            JavaSurface.diff(List.of(), members),
            Wire.COMPATIBLE,
            null);
      } else if (now == null) {
        List<Member> members =
            new ArrayList<>(a.java.operation(old, a.anyRequired(old), a.returnType(old)));
        members.addAll(inlineClasses(old, a, matcher.typeMap().keySet()));
        changes.add(
            Element.OPERATION,
            Action.REMOVED,
            describe(old),
            null,
            old.source(),
            null,
            JavaSurface.diff(members, List.of()),
            Wire.BREAKING,
            "old clients call an endpoint that is gone");
      } else {
        compareOperation(old, now);
      }
    }
  }

  /**
   * The classes of the inline schemas of an operation that only it has (its params' nested types,
   * an inline response): they come and go with it. {@code matched} are the ids of {@code side} that
   * the other version has too.
   */
  private static List<Member> inlineClasses(
      Operation op, ComparedVersion side, Set<String> matched) {
    String pointer = op.source().pointer() + "/";
    List<Member> out = new ArrayList<>();
    for (TypeDef t : side.types.values()) {
      if (!ElementMatcher.isParamsType(t.id())
          && !matched.contains(t.id())
          && (t.id().startsWith(pointer) || op.paramsTypeId().equals(t.parentId()))) {
        out.addAll(side.java.typeClass(t));
      }
    }
    return out;
  }

  private void compareOperation(Operation old, Operation now) {
    // identity: route, operationId, where it sits in Java
    List<String> details = new ArrayList<>();
    boolean routeChanged = !ElementMatcher.route(old).equals(ElementMatcher.route(now));
    if (routeChanged) {
      details.add(
          old.httpMethod()
              + " "
              + old.pathTemplate()
              + " -> "
              + now.httpMethod()
              + " "
              + now.pathTemplate());
    }
    if (!old.operationId().equals(now.operationId())) {
      details.add("operationId " + old.operationId() + " -> " + now.operationId());
    }
    JavaSurface.Diff identity =
        JavaSurface.diff(a.java.operation(old, true, null), b.java.operation(now, true, null));
    if (!details.isEmpty() || !identity.isEmpty()) {
      changes.add(
          Element.OPERATION,
          routeChanged || identity.isEmpty() ? Action.CHANGED : Action.RENAMED,
          describe(now),
          String.join("; ", details),
          old.source(),
          now.source(),
          identity,
          routeChanged ? Wire.BREAKING : Wire.COMPATIBLE,
          routeChanged ? "old clients call the old route" : null);
    }
    changes.deprecation(
        Element.OPERATION, describe(now), old.doc(), now.doc(), old.source(), now.source());

    // what it returns
    String oldReturn = a.returnType(old);
    String newReturn = b.returnType(now);
    if (!sameResult(old, now)) {
      List<Member> before = a.java.operation(old, true, oldReturn);
      List<Member> after = b.java.operation(now, true, newReturn);
      changes.add(
          Element.RESPONSE,
          Action.CHANGED,
          "response of " + describe(now),
          "returns "
              + (oldReturn == null ? "void" : oldReturn)
              + " -> "
              + (newReturn == null ? "void" : newReturn),
          old.response() == null ? old.source() : old.response().source(),
          now.response() == null ? now.source() : now.response().source(),
          JavaSurface.diff(before, after),
          Wire.BREAKING,
          "old clients read the response as the old type");
    }

    parameters.compare(old, now);
  }

  private boolean sameResult(Operation old, Operation now) {
    TypeRef oldItem = ComparedVersion.pagedItem(old);
    TypeRef newItem = ComparedVersion.pagedItem(now);
    if (oldItem != null || newItem != null) {
      return oldItem != null && newItem != null && matcher.same(oldItem, newItem);
    }
    TypeRef o = ComparedVersion.result(old);
    TypeRef n = ComparedVersion.result(now);
    if (o == null || n == null) {
      return Objects.equals(a.returnType(old), b.returnType(now));
    }
    return matcher.same(o, n);
  }
}
