package dev.specpoet.generator.changes;

import java.util.List;

/**
 * Every difference between two versions of an API, in a fixed order (breaking changes first, then
 * additions, then the rest; within each, operations in resource-tree order, then types in spec
 * order).
 *
 * @param before the old spec as named in the report, e.g. {@code ai-gateway.yaml (API version 1.0)}
 * @param after the new spec
 */
public record ChangeReport(String before, String after, List<Change> changes) {
  public ChangeReport {
    changes = List.copyOf(changes);
  }

  public List<Change> of(Change.Category category) {
    return changes.stream().filter(c -> c.category() == category).toList();
  }

  public boolean hasBreakingChanges() {
    return changes.stream().anyMatch(Change::breaking);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Major when anything breaks, minor when something was added, else patch. */
  public VersionBump bump() {
    if (hasBreakingChanges()) {
      return VersionBump.MAJOR;
    }
    return of(Change.Category.ADDITION).isEmpty() ? VersionBump.PATCH : VersionBump.MINOR;
  }
}
