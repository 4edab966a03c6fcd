package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.MediaKind;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.RequestBody;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The request body of one operation ({@code $ref}s to {@code #/components/requestBodies} followed):
 * the media type it is sent as (JSON first, then a form, multipart, text, binary) and its type; an
 * inline object body, and every form or multipart object body, is an object nested in the
 * operation's params class. Text bodies are {@code String}s, binary ones files.
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
    Map.Entry<String, MediaType> chosen =
        MediaTypes.firstOf(
            rb.getContent(),
            MediaKind.JSON,
            MediaKind.FORM,
            MediaKind.MULTIPART,
            MediaKind.TEXT,
            MediaKind.EVENTS,
            MediaKind.BINARY);
    if (chosen == null) {
      // no content at all: an empty body of the declared kind is nothing to send
      return null;
    }
    String contentType = chosen.getKey();
    MediaKind kind = MediaTypes.kindOf(contentType);
    SourceLocation schemaAt = bodyAt.child("content", contentType, "schema");
    Schema<?> schema = chosen.getValue().getSchema();
    switch (kind) {
      case TEXT, EVENTS:
        return new RequestBody(
            contentType,
            MediaKind.TEXT,
            new TypeRef.Primitive(PrimitiveKind.STRING),
            required,
            d,
            bodyAt,
            Map.of());
      case BINARY:
        return new RequestBody(
            contentType,
            MediaKind.BINARY,
            new TypeRef.Primitive(PrimitiveKind.FILE),
            required,
            d,
            bodyAt,
            Map.of());
      case FORM, MULTIPART:
        return fields(
            chosen.getValue(),
            schema,
            schemaAt,
            kind,
            contentType,
            required,
            d,
            bodyAt,
            operationId);
      default:
        break;
    }
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
    return new RequestBody(contentType, type, required, d, bodyAt);
  }

  /**
   * A form or multipart body: an object becomes the params class's own {@code Body} (a copy of a
   * referenced component, so that its binary properties can be files), sent field by field with the
   * spec's {@code encoding}; anything else is one value whose top-level members are the fields.
   */
  private RequestBody fields(
      MediaType media,
      Schema<?> schema,
      SourceLocation schemaAt,
      MediaKind kind,
      String contentType,
      boolean required,
      Doc d,
      SourceLocation bodyAt,
      String operationId) {
    String paramsId = Operation.paramsTypeId(operationId);
    Schema<?> target = schema == null ? null : resolver.resolve(schema);
    Map<String, RequestBody.PartEncoding> encodings = new TreeMap<>();
    if (media.getEncoding() != null) {
      media
          .getEncoding()
          .forEach(
              (name, e) ->
                  encodings.put(
                      name,
                      new RequestBody.PartEncoding(
                          e.getContentType(),
                          e.getStyle() == null ? null : e.getStyle().toString(),
                          e.getExplode() == null
                              ? e.getStyle() == null
                                  || e.getStyle()
                                      == io.swagger.v3.oas.models.media.Encoding.StyleEnum.FORM
                              : e.getExplode())));
    }
    if (target == null || !isObjectLike(target)) {
      TypeRef type = resolver.typeOf(schema, schemaAt, paramsId, "Body");
      return new RequestBody(contentType, kind, type, required, d, bodyAt, encodings);
    }
    String bodyId = Operation.bodyTypeId(operationId);
    SourceLocation at = schema.get$ref() != null ? doc.loc(schema.get$ref()) : schemaAt;
    resolver.define(
        bodyId,
        () -> {
          ObjectType body = objects.build(target, bodyId, paramsId, "Body", at, paramsId);
          if (kind != MediaKind.MULTIPART) {
            return body;
          }
          List<Property> props = new ArrayList<>();
          for (Property p : body.properties()) {
            RequestBody.PartEncoding e = encodings.get(p.jsonName());
            props.add(isFile(p.type(), e) ? withType(p, asFile(p.type())) : p);
          }
          return new ObjectType(
              body.id(),
              body.parentId(),
              body.nameHint(),
              body.doc(),
              body.source(),
              props,
              body.additionalProperties());
        });
    return new RequestBody(
        contentType, kind, new TypeRef.Named(bodyId), required, d, bodyAt, encodings);
  }

  private static boolean isObjectLike(Schema<?> s) {
    return SchemaShapes.hasProperties(s) || (s.getAllOf() != null && !s.getAllOf().isEmpty());
  }

  /**
   * A multipart property sent as a file: binary, or declared with a media type that is not text.
   */
  private static boolean isFile(TypeRef type, RequestBody.PartEncoding e) {
    TypeRef t = type instanceof TypeRef.ArrayOf a ? a.items() : type;
    if (!(t instanceof TypeRef.Primitive p)) {
      return false;
    }
    if (p.kind() == PrimitiveKind.BYTES) {
      return true;
    }
    return p.kind() == PrimitiveKind.STRING
        && e != null
        && e.contentType() != null
        && MediaTypes.kindOf(e.contentType()) == MediaKind.BINARY;
  }

  private static TypeRef asFile(TypeRef type) {
    TypeRef file = new TypeRef.Primitive(PrimitiveKind.FILE);
    return type instanceof TypeRef.ArrayOf a ? new TypeRef.ArrayOf(file, a.uniqueItems()) : file;
  }

  private static Property withType(Property p, TypeRef type) {
    return new Property(
        p.jsonName(),
        type,
        p.required(),
        p.nullable(),
        p.doc(),
        null,
        null,
        p.constraints(),
        p.readOnly(),
        p.writeOnly(),
        p.secret(),
        p.source());
  }

  /** An object written in place (not a reference), with properties or an allOf to merge. */
  private static boolean isInlineObject(Schema<?> schema) {
    return schema != null
        && schema.get$ref() == null
        && (SchemaShapes.hasProperties(schema)
            || (schema.getAllOf() != null
                && !SchemaShapes.isSingleRefAllOf(schema)
                && SchemaShapes.scalarAllOf(schema) == null))
        && SchemaShapes.nonNull(SchemaShapes.unionParts(schema)).size() < 2;
  }
}
