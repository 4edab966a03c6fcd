package dev.specpoet.generator.changes;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.model.Webhook;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the webhooks and callbacks of two versions: the requests the API sends to the user's
 * server, whose payloads the client parses. A webhook is matched by its kind, name and HTTP method.
 * One removed takes its parse helpers away (source- and binary-breaking for code that calls them;
 * nothing an old client sends changes); one added is an addition; a payload of another type changes
 * the helpers' return type, and the old helper cannot read the new payload.
 */
final class WebhookComparator {
  private final ComparedVersion a;
  private final ComparedVersion b;
  private final ChangeCollector changes;

  WebhookComparator(ComparedVersion a, ComparedVersion b, ChangeCollector changes) {
    this.a = a;
    this.b = b;
    this.changes = changes;
  }

  void compare() {
    Map<String, Webhook> old = byKey(a.snapshot.model().webhooks());
    Map<String, Webhook> now = byKey(b.snapshot.model().webhooks());
    for (Map.Entry<String, Webhook> e : old.entrySet()) {
      Webhook before = e.getValue();
      Webhook after = now.get(e.getKey());
      if (after == null) {
        changes.add(
            Element.WEBHOOK,
            Action.REMOVED,
            subject(before),
            null,
            before.source(),
            null,
            JavaSurface.diff(a.java.webhook(before), List.of()),
            Wire.COMPATIBLE,
            "the API no longer sends it");
        continue;
      }
      String typeBefore = a.java.type(before.payload());
      String typeAfter = b.java.type(after.payload());
      JavaSurface.Diff java = JavaSurface.diff(a.java.webhook(before), b.java.webhook(after));
      if (!typeBefore.equals(typeAfter) || !java.isEmpty()) {
        changes.add(
            Element.WEBHOOK,
            Action.CHANGED,
            subject(after),
            typeBefore.equals(typeAfter)
                ? "parse helper renamed"
                : "payload " + typeBefore + " -> " + typeAfter,
            before.source(),
            after.source(),
            java,
            typeBefore.equals(typeAfter) ? Wire.COMPATIBLE : Wire.BREAKING,
            typeBefore.equals(typeAfter)
                ? null
                : "a receiver built on the old helper cannot read the new payload");
      }
      if (before.doc() != null && after.doc() != null) {
        changes.deprecation(
            Element.WEBHOOK,
            subject(after),
            before.doc(),
            after.doc(),
            before.source(),
            after.source());
      }
    }
    for (Map.Entry<String, Webhook> e : now.entrySet()) {
      if (!old.containsKey(e.getKey())) {
        Webhook added = e.getValue();
        changes.add(
            Element.WEBHOOK,
            Action.ADDED,
            subject(added),
            null,
            null,
            added.source(),
            JavaSurface.diff(List.of(), b.java.webhook(added)),
            Wire.COMPATIBLE,
            null);
      }
    }
  }

  private static Map<String, Webhook> byKey(List<Webhook> webhooks) {
    Map<String, Webhook> out = new LinkedHashMap<>();
    webhooks.forEach(w -> out.putIfAbsent(w.kind() + " " + w.name() + " " + w.httpMethod(), w));
    return out;
  }

  /** {@code webhook newPet (POST)} or {@code callback subscribe onEvent (POST)}. */
  private static String subject(Webhook w) {
    String kind = w.kind() == Webhook.Kind.WEBHOOK ? "webhook" : "callback";
    return kind + " " + w.name() + " (" + w.httpMethod() + ")";
  }
}
