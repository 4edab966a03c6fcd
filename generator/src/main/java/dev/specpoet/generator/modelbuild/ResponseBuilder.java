package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.ErrorResponse;
import dev.specpoet.generator.model.MediaKind;
import dev.specpoet.generator.model.PrimitiveKind;
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
      return nonJson(r, bestCode, rAt, hint);
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

  /**
   * A success response with no JSON body: server-sent events (each event's data typed from the
   * schema), text (a {@code String}: every text media type is accepted), binary (every media type
   * listed is accepted), or none.
   */
  private Response nonJson(ApiResponse r, int code, SourceLocation rAt, String hint) {
    Map.Entry<String, MediaType> events = MediaTypes.firstOf(r.getContent(), MediaKind.EVENTS);
    if (events != null) {
      SourceLocation schemaAt = rAt.child("content", events.getKey(), "schema");
      TypeRef data = eventData(events.getValue().getSchema(), schemaAt, hint);
      return new Response(
          code, events.getKey(), data, null, rAt, MediaKind.EVENTS, List.of(events.getKey()));
    }
    List<String> text = MediaTypes.allOf(r.getContent(), MediaKind.TEXT);
    List<String> all =
        MediaTypes.allOf(
            r.getContent(), MediaKind.TEXT, MediaKind.BINARY, MediaKind.FORM, MediaKind.MULTIPART);
    if (all.isEmpty()) {
      return new Response(code, null, null, null, rAt);
    }
    if (text.size() == all.size()) {
      return new Response(
          code,
          text.get(0),
          new TypeRef.Primitive(PrimitiveKind.STRING),
          null,
          rAt,
          MediaKind.TEXT,
          text);
    }
    return new Response(
        code,
        all.get(0),
        new TypeRef.Primitive(PrimitiveKind.BYTES),
        null,
        rAt,
        MediaKind.BINARY,
        all);
  }

  /**
   * The type of an event's data: text when the schema is absent or a string, or describes the
   * event's fields ({@code data}, {@code event}, {@code id}, {@code retry}) itself; else the schema
   * (the data is JSON).
   */
  private TypeRef eventData(Schema<?> schema, SourceLocation at, String hint) {
    Schema<?> s = schema == null ? null : resolver.resolve(schema);
    if (s == null) {
      return new TypeRef.Primitive(PrimitiveKind.STRING);
    }
    if (s.getProperties() != null
        && !s.getProperties().isEmpty()
        && java.util.Set.of("data", "event", "id", "retry")
            .containsAll(s.getProperties().keySet())) {
      return new TypeRef.Primitive(PrimitiveKind.STRING);
    }
    TypeRef type = resolver.typeOf(schema, at, null, hint);
    if (type instanceof TypeRef.Primitive) {
      return new TypeRef.Primitive(PrimitiveKind.STRING);
    }
    return type;
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
      String contentType =
          json != null
              ? json.getKey()
              : r.getContent() == null || r.getContent().isEmpty()
                  ? null
                  : r.getContent().keySet().iterator().next();
      out.add(
          new ErrorResponse(
              code, contentType, type, SpecValues.doc(r.getDescription(), null, false)));
    }
    return out;
  }
}
