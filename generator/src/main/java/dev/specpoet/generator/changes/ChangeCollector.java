package dev.specpoet.generator.changes;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * The changes the comparators of {@link ApiComparator} find, in the order they find them: each one
 * recorded with its element, action, where it sits in both specs, its Java diff and its impact on
 * old clients.
 */
final class ChangeCollector {
  private final List<Change> changes = new ArrayList<>();

  /** Every change recorded so far, in discovery order. */
  List<Change> changes() {
    return new ArrayList<>(changes);
  }

  void add(
      Element element,
      Action action,
      String subject,
      String detail,
      SourceLocation before,
      SourceLocation after,
      JavaSurface.Diff java,
      Wire wire,
      String note) {
    changes.add(
        new Change(
            element,
            action,
            subject,
            detail == null || detail.isEmpty() ? null : detail,
            where(before),
            where(after),
            java.removed(),
            java.added(),
            java.impact(),
            wire,
            note));
  }

  /** A change of deprecation alone: {@code @Deprecated} added or removed, nothing else. */
  void deprecation(
      Element element,
      String subject,
      Doc old,
      Doc now,
      SourceLocation before,
      SourceLocation after) {
    if (old.deprecated() != now.deprecated()) {
      add(
          element,
          Action.CHANGED,
          subject,
          now.deprecated() ? "deprecated" : "no longer deprecated",
          before,
          after,
          JavaSurface.diff(List.of(), List.of()),
          Wire.COMPATIBLE,
          null);
    }
  }

  private static String where(SourceLocation location) {
    return location == null ? null : location.toString();
  }
}
