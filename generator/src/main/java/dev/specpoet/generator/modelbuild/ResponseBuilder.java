package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.ErrorResponse;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The responses of one operation ({@code $ref}s to {@code #/components/responses} followed): the
 * success response (the lowest 2xx, else 2XX, else default) with its body type and, when the
 * conventions see one, its envelope; and the declared error responses.
 */
final class ResponseBuilder {
  private final SpecDocument doc;
  private final TypeResolver resolver;
  private final ApiConventions conventions;

  ResponseBuilder(SpecDocument doc, TypeResolver resolver, ApiConventions conventions) {
    this.doc = doc;
    this.resolver = resolver;
    this.conventions = conventions;
  }

  /** A resolved response and where it is written. */
  private record Resolved(ApiResponse response, SourceLocation at) {}

  private Resolved resolve(ApiResponse r, SourceLocation at) {
    if (r != null && r.get$ref() != null) {
      ApiResponse target = doc.component(r.get$ref(), "responses", Components::getResponses);
      if (target == null) {
        doc.repair(
            Repair.MISSING_REF,
            at,
            "response $ref "
                + r.get$ref()
                + " points at nothing; the response is read without a body type",
            "fix the reference or add it under components/responses");
        return new Resolved(null, at);
      }
      return new Resolved(target, doc.loc(r.get$ref()));
    }
    return new Resolved(r, at);
  }

  /**
   * The success response; its inline body types are top-level types named from {@code hint} ({@code
   * LogListResponse}).
   */
  Response success(io.swagger.v3.oas.models.Operation op, SourceLocation at, String hint) {
    SourceLocation responsesAt = at.child("responses");
    if (op.getResponses() == null || op.getResponses().isEmpty()) {
      doc.warn(responsesAt, "operation declares no responses", null);
      return new Response(0, null, null, null, responsesAt);
    }
    String best = null;
    int bestCode = Integer.MAX_VALUE;
    for (String code : op.getResponses().keySet()) {
      if (code.matches("2\\d\\d") && Integer.parseInt(code) < bestCode) {
        bestCode = Integer.parseInt(code);
        best = code;
      }
    }
    if (best == null) {
      for (String code : op.getResponses().keySet()) {
        if (code.equalsIgnoreCase("2XX")) {
          best = code;
          bestCode = 0;
        }
      }
    }
    if (best == null && op.getResponses().containsKey("default")) {
      best = "default";
      bestCode = 0;
    }
    if (best == null) {
      return new Response(0, null, null, null, responsesAt);
    }
    Resolved resolved = resolve(op.getResponses().get(best), responsesAt.child(best));
    ApiResponse r = resolved.response();
    SourceLocation rAt = resolved.at();
    if (r == null) {
      return new Response(bestCode, null, null, null, rAt);
    }
    Map.Entry<String, MediaType> json = MediaTypes.jsonContent(r.getContent());
    if (json == null) {
      String ct = MediaTypes.first(r.getContent());
      if (ct != null) {
        doc.warn(
            rAt.child("content"),
            "response content type " + ct + " is not JSON; the body is read as free-form JSON",
            null);
        return new Response(bestCode, ct, new TypeRef.AnyJson(), null, rAt);
      }
      return new Response(bestCode, null, null, null, rAt);
    }
    Schema<?> schema = json.getValue().getSchema();
    SourceLocation schemaAt = rAt.child("content", json.getKey(), "schema");
    if (schema == null) {
      return new Response(bestCode, json.getKey(), new TypeRef.AnyJson(), null, rAt);
    }
    Response.Envelope envelope = conventions.envelope(schema, schemaAt, hint, resolver);
    TypeRef bodyType;
    if (envelope != null && schema.get$ref() == null) {
      // the inline envelope is not a type of its own: the call returns its result
      bodyType = new TypeRef.AnyJson();
    } else {
      bodyType = resolver.typeOf(schema, schemaAt, null, hint);
    }
    return new Response(bestCode, json.getKey(), bodyType, envelope, rAt);
  }

  /** The 4xx, 5xx and (next to a 2xx) default responses, with the type of a referenced body. */
  List<ErrorResponse> errors(io.swagger.v3.oas.models.Operation op, SourceLocation at) {
    List<ErrorResponse> out = new ArrayList<>();
    if (op.getResponses() == null) {
      return out;
    }
    boolean hasSuccess = op.getResponses().keySet().stream().anyMatch(k -> k.startsWith("2"));
    for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
      String code = e.getKey();
      boolean isError =
          code.startsWith("4") || code.startsWith("5") || (code.equals("default") && hasSuccess);
      if (!isError) {
        continue;
      }
      Resolved resolved = resolve(e.getValue(), at.child("responses", code));
      ApiResponse r = resolved.response();
      if (r == null) {
        continue;
      }
      Map.Entry<String, MediaType> json = MediaTypes.jsonContent(r.getContent());
      TypeRef type = null;
      if (json != null && json.getValue().getSchema() != null) {
        Schema<?> s = json.getValue().getSchema();
        type =
            s.get$ref() != null
                ? resolver.refTarget(s.get$ref(), resolved.at())
                : new TypeRef.AnyJson();
      }
      out.add(new ErrorResponse(code, type, SpecValues.doc(r.getDescription(), null, false)));
    }
    return out;
  }
}
