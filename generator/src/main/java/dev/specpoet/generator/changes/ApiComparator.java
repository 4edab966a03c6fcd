package dev.specpoet.generator.changes;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.model.Operation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Compares two versions of an API as the generator models them and reports every difference that
 * matters to users of the generated client: operations, parameters, responses, types, properties,
 * enum values, union variants and webhooks added, removed, renamed or changed, each classified for
 * Java code written against the old version (source-, binary- or run-time-breaking, or compatible)
 * and for an old client on the wire. README.md ("When the API changes") has the table of rules.
 *
 * <p>Elements are matched by what identifies them in the spec, never by guesswork: an operation by
 * HTTP method and path (its path parameters' names aside), else by operationId (a moved route); a
 * type by its JSON pointer (inline types follow the operation or type they sit in); a property by
 * its JSON name; an enum value by its value; a union variant by its type, else its name. A schema
 * that disappears while one of exactly the same shape appears under another name is reported as
 * renamed; anything less certain is reported as removed plus added.
 *
 * <p>The work is split by responsibility: {@link ElementMatcher} pairs the elements of the two
 * versions, {@link OperationComparator} and {@link ParameterComparator} compare operations, {@link
 * TypeComparator}, {@link EnumComparator} and {@link UnionComparator} compare types, {@link
 * WebhookComparator} the webhooks and callbacks, and {@link ChangeCollector} records what they
 * find. This class runs them in order and sorts the result.
 */
public final class ApiComparator {
  private final ComparedVersion a;
  private final ComparedVersion b;
  private final ChangeCollector changes = new ChangeCollector();

  private ApiComparator(ApiSnapshot before, ApiSnapshot after) {
    this.a = new ComparedVersion(before);
    this.b = new ComparedVersion(after);
  }

  /** Every difference between {@code before} and {@code after}, breaking changes first. */
  public static ChangeReport compare(ApiSnapshot before, ApiSnapshot after) {
    return new ApiComparator(before, after).run();
  }

  private ChangeReport run() {
    ElementMatcher matcher = new ElementMatcher(a, b);
    List<Operation[]> pairs = matcher.matchOperations();
    matcher.matchTypes();
    new OperationComparator(a, b, matcher, changes).compare(pairs);
    new TypeComparator(a, b, matcher, changes).compare();
    new WebhookComparator(a, b, changes).compare();
    compareServers();
    List<Change> ordered = changes.changes();
    ordered.sort(Comparator.comparing(Change::category)); // stable: keeps discovery order
    return new ChangeReport(a.snapshot.label(), b.snapshot.label(), ordered);
  }

  private void compareServers() {
    List<String> old = a.snapshot.model().serverUrls();
    List<String> now = b.snapshot.model().serverUrls();
    String before = old.isEmpty() ? null : old.get(0);
    String after = now.isEmpty() ? null : now.get(0);
    if (!Objects.equals(before, after)) {
      changes.add(
          Element.SERVER,
          Action.CHANGED,
          "default base URL",
          before + " -> " + after,
          null,
          null,
          JavaSurface.diff(List.of(), List.of()),
          Wire.COMPATIBLE,
          "clients that do not set a base URL now call " + after);
    }
  }
}
