package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.RequestBody;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * The request body of one operation ({@code $ref}s to {@code #/components/requestBodies} followed):
 * its JSON media type and type; an inline object body is an object nested in the operation's params
 * class. A body that is not JSON is sent as free-form JSON, with a warning.
 */
final class BodyBuilder {
  private final SpecDocument doc;
  private final TypeResolver resolver;
  private final ObjectBuilder objects;

  BodyBuilder(SpecDocument doc, TypeResolver resolver, ObjectBuilder objects) {
    this.doc = doc;
    this.resolver = resolver;
    this.objects = objects;
  }

  RequestBody build(io.swagger.v3.oas.models.Operation op, SourceLocation at, String operationId) {
    String paramsId = Operation.paramsTypeId(operationId);
    io.swagger.v3.oas.models.parameters.RequestBody rb = op.getRequestBody();
    SourceLocation bodyAt = at.child("requestBody");
    if (rb == null) {
      return null;
    }
    if (rb.get$ref() != null) {
      io.swagger.v3.oas.models.parameters.RequestBody target =
          doc.component(rb.get$ref(), "requestBodies", Components::getRequestBodies);
      if (target == null) {
        doc.repair(
            Repair.MISSING_REF,
            bodyAt,
            "request body $ref " + rb.get$ref() + " points at nothing; the body is free-form JSON",
            "fix the reference or add it under components/requestBodies");
        return new RequestBody("application/json", new TypeRef.AnyJson(), false, Doc.NONE, bodyAt);
      }
      bodyAt = doc.loc(rb.get$ref());
      rb = target;
    }
    boolean required = Boolean.TRUE.equals(rb.getRequired());
    Doc d = SpecValues.doc(rb.getDescription(), null, false);
    Map.Entry<String, MediaType> json = MediaTypes.jsonContent(rb.getContent());
    if (json == null) {
      String ct = MediaTypes.first(rb.getContent());
      doc.warn(
          bodyAt.child("content"),
          "unsupported request content type " + ct + "; the body is sent as free-form JSON",
          "describe the body as application/json");
      return new RequestBody(
          ct == null ? "application/json" : ct, new TypeRef.AnyJson(), required, d, bodyAt);
    }
    SourceLocation schemaAt = bodyAt.child("content", json.getKey(), "schema");
    Schema<?> schema = json.getValue().getSchema();
    TypeRef type;
    if (isInlineObject(schema)) {
      // the params class's Body; its properties' inline types nest in the params class
      String bodyId = Operation.bodyTypeId(operationId);
      resolver.define(
          bodyId, () -> objects.build(schema, bodyId, paramsId, "Body", schemaAt, paramsId));
      type = new TypeRef.Named(bodyId);
    } else {
      type = resolver.typeOf(schema, schemaAt, paramsId, "Body");
    }
    return new RequestBody(json.getKey(), type, required, d, bodyAt);
  }

  /** An object written in place (not a reference), with properties or an allOf to merge. */
  private static boolean isInlineObject(Schema<?> schema) {
    return schema != null
        && schema.get$ref() == null
        && (SchemaShapes.hasProperties(schema)
            || (schema.getAllOf() != null && !SchemaShapes.isSingleRefAllOf(schema)))
        && SchemaShapes.nonNull(SchemaShapes.unionParts(schema)).size() < 2;
  }
}
