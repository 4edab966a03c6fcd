package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.MediaKind;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.Webhook;
import dev.specpoet.generator.names.Words;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The requests the API sends to the user: the operations of the 3.1 {@code webhooks} (spec order),
 * then of each operation's {@code callbacks} (operation order). Each with a JSON body becomes a
 * {@link Webhook} whose payload type is defined like any other (an inline payload is a top-level
 * type named after the webhook, {@code NewPetPayload}); one whose body is not JSON is a warning
 * (the client has nothing to parse it into), one without a body has nothing to parse.
 */
final class WebhookBuilder {
  private final SpecDocument doc;
  private final TypeResolver resolver;

  WebhookBuilder(SpecDocument doc, TypeResolver resolver) {
    this.doc = doc;
    this.resolver = resolver;
  }

  List<Webhook> build(List<Operation> operations) {
    List<Webhook> out = new ArrayList<>();
    if (doc.api.getWebhooks() != null) {
      for (Map.Entry<String, PathItem> e : doc.api.getWebhooks().entrySet()) {
        pathItem(
            e.getKey(),
            Webhook.Kind.WEBHOOK,
            null,
            e.getValue(),
            doc.loc("#/webhooks", e.getKey()),
            out);
      }
    }
    if (doc.api.getPaths() == null) {
      return out;
    }
    Map<SourceLocation, String> ids = new HashMap<>();
    operations.forEach(op -> ids.put(op.source(), op.operationId()));
    for (Map.Entry<String, PathItem> pe : doc.api.getPaths().entrySet()) {
      if (pe.getValue() == null) {
        continue;
      }
      SourceLocation pathAt = doc.loc("#/paths", pe.getKey());
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> oe :
          pe.getValue().readOperationsMap().entrySet()) {
        Map<String, Callback> callbacks = oe.getValue().getCallbacks();
        SourceLocation opAt = pathAt.child(oe.getKey().name().toLowerCase(Locale.ROOT));
        String owner = ids.get(opAt);
        if (callbacks == null || owner == null) {
          continue;
        }
        for (Map.Entry<String, Callback> ce : callbacks.entrySet()) {
          callback(owner, ce.getKey(), ce.getValue(), opAt.child("callbacks", ce.getKey()), out);
        }
      }
    }
    return out;
  }

  private void callback(
      String owner, String name, Callback callback, SourceLocation at, List<Webhook> out) {
    if (callback != null && callback.get$ref() != null) {
      String ref = callback.get$ref();
      Callback target = doc.component(ref, "callbacks", Components::getCallbacks);
      if (target == null) {
        doc.repair(
            Repair.MISSING_REF,
            at,
            "callback $ref " + ref + " points at nothing; the callback is left out",
            "fix the reference or add the callback under components/callbacks");
        return;
      }
      at = doc.loc(ref);
      callback = target;
    }
    if (callback == null) {
      return;
    }
    for (Map.Entry<String, PathItem> e : callback.entrySet()) {
      pathItem(
          owner + " " + name,
          Webhook.Kind.CALLBACK,
          e.getKey(),
          e.getValue(),
          at.child(e.getKey()),
          out);
    }
  }

  private void pathItem(
      String name,
      Webhook.Kind kind,
      String expression,
      PathItem item,
      SourceLocation at,
      List<Webhook> out) {
    if (item == null) {
      return;
    }
    Map<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> ops = item.readOperationsMap();
    for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> oe : ops.entrySet()) {
      String method = oe.getKey().name();
      SourceLocation opAt = at.child(method.toLowerCase(Locale.ROOT));
      Webhook w = webhook(name, kind, method, ops.size() == 1, expression, oe.getValue(), opAt);
      if (w != null) {
        out.add(w);
      }
    }
  }

  private Webhook webhook(
      String name,
      Webhook.Kind kind,
      String method,
      boolean only,
      String expression,
      io.swagger.v3.oas.models.Operation op,
      SourceLocation at) {
    RequestBody rb = op.getRequestBody();
    SourceLocation bodyAt = at.child("requestBody");
    if (rb != null && rb.get$ref() != null) {
      RequestBody target =
          doc.component(rb.get$ref(), "requestBodies", Components::getRequestBodies);
      bodyAt = target == null ? bodyAt : doc.loc(rb.get$ref());
      rb = target;
    }
    if (rb == null || rb.getContent() == null || rb.getContent().isEmpty()) {
      return null; // a request without a body: nothing to parse
    }
    Map.Entry<String, MediaType> json = MediaTypes.firstOf(rb.getContent(), MediaKind.JSON);
    if (json == null) {
      doc.warn(
          at,
          (kind == Webhook.Kind.WEBHOOK ? "webhook '" : "callback '")
              + name
              + "' ("
              + method
              + ") sends "
              + String.join(", ", rb.getContent().keySet())
              + ", not JSON; no payload type nor parse helper is generated",
          "read that body yourself, or describe a JSON payload under requestBody.content");
      return null;
    }
    String hint =
        Words.pascal(name)
            + (only ? "" : Words.pascal(method.toLowerCase(Locale.ROOT)))
            + "Payload";
    SourceLocation schemaAt = bodyAt.child("content", json.getKey(), "schema");
    TypeRef payload = resolver.typeOf(json.getValue().getSchema(), schemaAt, null, hint);
    Doc d = OperationBuilder.doc(op);
    if (d.text() == null && rb.getDescription() != null) {
      d = SpecValues.doc(rb.getDescription(), null, d.deprecated());
    }
    return new Webhook(name, kind, method, only, expression, payload, json.getKey(), d, at);
  }
}
