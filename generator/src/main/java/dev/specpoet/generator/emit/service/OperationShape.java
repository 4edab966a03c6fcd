package dev.specpoet.generator.emit.service;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.emit.BuilderConveniences;
import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.MediaKind;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.names.JavaNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the params, service and client emitters need to know about one operation, derived once from
 * the model and the names: the params fields (parameters and flattened body properties, with their
 * Java member names), the body kind, what the call returns and how it pages.
 */
final class OperationShape {

  enum FieldKind {
    PATH,
    QUERY,
    HEADER,
    COOKIE,
    /** A property of a flattened object body. */
    BODY_PROPERTY,
    /** The whole (non-object) body. */
    BODY
  }

  /**
   * One field of the params class.
   *
   * @param jsonName the name on the wire (parameter name or body property name) — also the name in
   *     messages
   * @param member the Java field, getter and builder-setter name
   * @param nullable may be sent as JSON null (body properties only); an explicit null is remembered
   * @param property the body property (BODY_PROPERTY only), else null
   */
  record Field(
      String jsonName,
      String member,
      TypeName type,
      TypeRef typeRef,
      FieldKind kind,
      boolean required,
      boolean nullable,
      boolean secret,
      Doc doc,
      Parameter parameter,
      Property property) {

    /** Whether the getter returns {@code Optional}. */
    boolean optionalGetter() {
      return !required || nullable;
    }

    /**
     * Whether the params class must remember that the field was set (to send an explicit null or
     * check it).
     */
    boolean tracksPresence() {
      return nullable && (kind == FieldKind.BODY_PROPERTY || kind == FieldKind.BODY);
    }

    /**
     * Whether this is a body property that can have one value only: the body model's builder
     * presets it and does not let users set it ({@link BuilderConveniences#fixedValue}), so the
     * params builder has no setter for it.
     */
    boolean fixed() {
      return property != null && BuilderConveniences.fixedValue(property, type) != null;
    }
  }

  enum BodyKind {
    NONE,
    /** An object: the params class holds it, its builder has a setter per property. */
    FLATTENED,
    /** Any other type: one {@code body} field. */
    WHOLE
  }

  enum ResultKind {
    /** Cloudflare's envelope: the call returns its result property. */
    ENVELOPE,
    /** The whole body. */
    JSON,
    /** A text body: the call returns a {@code String}. */
    TEXT,
    /** A binary body, streamed: the call returns a {@code BinaryResponse}. */
    BINARY,
    /** Server-sent events: the call returns an {@code EventStream} of the data type. */
    EVENTS,
    /** No body: the call returns void. */
    NONE
  }

  /**
   * How a list call pages.
   *
   * @param pagination the model's pagination
   * @param itemsProperty an envelope's result property holding the items, or null without one
   * @param resultInfoProperty the envelope's {@code result_info}, or null
   * @param requestField the params field carrying the page number, offset, cursor or id to start
   *     after; null for the link kinds
   * @param sizeField the page-size field, or null
   * @param sizeDefault the page size the server uses when none is sent (the spec's default), or
   *     null
   * @param startValue the first page number or offset when none is set (the spec's default, else 1
   *     or 0)
   */
  record Paging(
      Pagination pagination,
      TypeName itemType,
      String itemsProperty,
      String resultInfoProperty,
      Field requestField,
      Field sizeField,
      Long sizeDefault,
      long startValue) {

    Pagination.Kind kind() {
      return pagination.kind();
    }

    /** Whether the response is Cloudflare's envelope (its result holds the items). */
    boolean envelope() {
      return itemsProperty != null;
    }
  }

  final Operation op;
  final ClassName paramsClass;
  final String methodName;
  final List<Field> fields;
  final BodyKind bodyKind;
  final boolean bodyRequired;

  /** FLATTENED: the body's object type id and class, and the builder's setter of all of it. */
  final String bodyTypeId;

  final ClassName bodyClass;
  final String bodySetter;
  final ResultKind resultKind;

  /** The Java type the call returns (boxed; null for void). */
  final TypeName resultType;

  /**
   * The type the response handler produces (= resultType, or {@code Enveloped<List<Item>>} for
   * pages).
   */
  final Paging paging;

  private OperationShape(
      Operation op, ApiModel model, JavaNames names, Map<String, TypeDef> types) {
    this.op = op;
    this.paramsClass = names.typeName(op.paramsTypeId());
    this.methodName = names.methodName(op);
    List<Field> list = new ArrayList<>();
    for (Parameter p : op.parameters()) {
      FieldKind kind =
          switch (p.location()) {
            case PATH -> FieldKind.PATH;
            case QUERY -> FieldKind.QUERY;
            case HEADER -> FieldKind.HEADER;
            case COOKIE -> FieldKind.COOKIE;
          };
      boolean required = p.required() || p.location() == Parameter.Location.PATH;
      String member = names.parameterMember(op, p);
      list.add(
          new Field(
              p.name(),
              member,
              names.javaType(p.type()),
              p.type(),
              kind,
              required,
              false,
              p.secret(),
              p.doc(),
              p,
              null));
    }
    BodyKind bk = BodyKind.NONE;
    if (op.body() != null) {
      TypeDef bodyDef = op.body().type() instanceof TypeRef.Named n ? types.get(n.typeId()) : null;
      if (bodyDef instanceof ObjectType obj) {
        bk = BodyKind.FLATTENED;
        for (Property prop : obj.properties()) {
          if (prop.readOnly()) {
            continue; // never sent by a client
          }
          String member = names.bodyPropertyMember(op, prop.jsonName());
          list.add(
              new Field(
                  prop.jsonName(),
                  member,
                  names.javaType(prop.type()),
                  prop.type(),
                  FieldKind.BODY_PROPERTY,
                  prop.required() && op.body().required(),
                  prop.nullable(),
                  prop.secret(),
                  prop.doc(),
                  null,
                  prop));
        }
      } else {
        bk = BodyKind.WHOLE;
        String member = names.bodyMember(op);
        list.add(
            new Field(
                "body",
                member,
                names.javaType(op.body().type()),
                op.body().type(),
                FieldKind.BODY,
                op.body().required(),
                false,
                false,
                op.body().doc(),
                null,
                null));
      }
    }
    this.fields = List.copyOf(list);
    this.bodyKind = bk;
    if (bk == BodyKind.FLATTENED) {
      this.bodyTypeId = ((TypeRef.Named) op.body().type()).typeId();
      this.bodyClass = names.typeName(bodyTypeId);
      this.bodySetter = names.bodyMember(op);
    } else {
      this.bodyTypeId = null;
      this.bodyClass = null;
      this.bodySetter = null;
    }
    this.bodyRequired = op.body() != null && op.body().required();

    Response response = op.response();
    Response.Envelope env = response == null ? null : response.envelope();
    if (env != null && env.resultProperty() != null) {
      resultKind = ResultKind.ENVELOPE;
      resultType =
          env.resultType() == null ? JavaTypes.JSON_NODE : names.javaType(env.resultType());
    } else if (response != null && response.kind() == MediaKind.TEXT) {
      resultKind = ResultKind.TEXT;
      resultType = ClassName.get(String.class);
    } else if (response != null && response.kind() == MediaKind.BINARY) {
      resultKind = ResultKind.BINARY;
      resultType = JavaTypes.BINARY_RESPONSE;
    } else if (response != null && response.kind() == MediaKind.EVENTS) {
      resultKind = ResultKind.EVENTS;
      resultType =
          ParameterizedTypeName.get(JavaTypes.EVENT_STREAM, names.javaType(response.bodyType()));
    } else if (response != null && response.bodyType() != null) {
      resultKind = ResultKind.JSON;
      resultType = names.javaType(response.bodyType());
    } else {
      resultKind = ResultKind.NONE;
      resultType = null;
    }
    this.paging = paging(op.pagination(), env, names);
  }

  static OperationShape of(Operation op, ApiModel model, JavaNames names) {
    Map<String, TypeDef> types =
        model.types().stream()
            .collect(Collectors.toMap(TypeDef::id, Function.identity(), (a, b) -> a));
    return new OperationShape(op, model, names, types);
  }

  static OperationShape of(Operation op, EmitContext ctx) {
    return new OperationShape(op, ctx.model(), ctx.names(), ctx.types());
  }

  static List<OperationShape> all(List<Operation> ops, EmitContext ctx) {
    List<OperationShape> shapes = new ArrayList<>();
    for (Operation op : ops) {
      shapes.add(of(op, ctx));
    }
    return shapes;
  }

  static List<OperationShape> all(List<Operation> ops, ApiModel model, JavaNames names) {
    Map<String, TypeDef> types =
        model.types().stream()
            .collect(Collectors.toMap(TypeDef::id, Function.identity(), (a, b) -> a));
    List<OperationShape> shapes = new ArrayList<>();
    for (Operation op : ops) {
      shapes.add(new OperationShape(op, model, names, types));
    }
    return shapes;
  }

  /** How the request body is written (JSON, form, multipart, text, binary), or NONE. */
  MediaKind bodyMedia() {
    return op.body() == null ? MediaKind.NONE : op.body().kind();
  }

  /**
   * The {@code Accept} header: the media types the call reads, then those of the declared error
   * bodies (wildcards left out), or {@code application/json} when the spec names none.
   */
  String accept() {
    java.util.LinkedHashSet<String> types = new java.util.LinkedHashSet<>();
    if (op.response() != null) {
      types.addAll(op.response().mediaTypes());
    }
    for (dev.specpoet.generator.model.ErrorResponse e : op.errors()) {
      if (e.contentType() != null && !e.contentType().contains("*")) {
        types.add(e.contentType());
      }
    }
    return types.isEmpty() ? "application/json" : String.join(", ", types);
  }

  /** Whether a user must set anything (a preset constant is set already). */
  boolean anyRequired() {
    return fields.stream().anyMatch(f -> f.required && !f.fixed());
  }

  boolean hasAdditionalBody() {
    return bodyKind == BodyKind.FLATTENED;
  }

  /** The fields the params class holds itself: all but the properties of an object body. */
  List<Field> ownFields() {
    return fields.stream().filter(f -> f.kind() != FieldKind.BODY_PROPERTY).toList();
  }

  /** The properties of an object body (its builder setters). */
  List<Field> bodyProperties() {
    return fields.stream().filter(f -> f.kind() == FieldKind.BODY_PROPERTY).toList();
  }

  /** The type the call returns to users: the result, a page, or Void. */
  TypeName returnType(boolean async) {
    if (paging != null) {
      return ParameterizedTypeName.get(
          async ? JavaTypes.ASYNC_PAGE : JavaTypes.PAGE, paging.itemType());
    }
    return resultType == null ? ClassName.get(Void.class) : resultType;
  }

  /** The type the response handler produces. */
  TypeName handledType() {
    if (paging != null && paging.envelope()) {
      return ParameterizedTypeName.get(
          JavaTypes.ENVELOPED, ParameterizedTypeName.get(JavaTypes.LIST, paging.itemType()));
    }
    if (paging != null) {
      return ParameterizedTypeName.get(JavaTypes.LIST_RESPONSE, paging.itemType());
    }
    return resultType == null ? ClassName.get(Void.class) : resultType;
  }

  /** The paging of a call the model says pages (it checked the request parameter's type). */
  private Paging paging(Pagination p, Response.Envelope env, JavaNames names) {
    if (p == null) {
      return null;
    }
    Field request = p.requestParam() == null ? null : queryField(p.requestParam());
    if (request == null && !p.kind().followsLinks()) {
      return null;
    }
    Field size = p.sizeParam() == null ? null : queryField(p.sizeParam());
    if (size != null && !isInteger(size.typeRef)) {
      size = null;
    }
    Long sizeDefault =
        size != null
                && size.parameter.defaultValue() != null
                && size.parameter.defaultValue().canConvertToLong()
            ? size.parameter.defaultValue().asLong()
            : null;
    long start = p.kind() == Pagination.Kind.OFFSET ? 0 : 1;
    if (request != null
        && request.parameter.defaultValue() != null
        && request.parameter.defaultValue().canConvertToLong()) {
      start = request.parameter.defaultValue().asLong();
    }
    String itemsProperty =
        p.itemsPointer() != null
            ? null
            : p.itemsProperty() != null
                ? p.itemsProperty()
                : env != null ? env.resultProperty() : "result";
    String infoProperty = env != null ? env.resultInfoProperty() : null;
    return new Paging(
        p,
        names.javaType(p.itemType()),
        itemsProperty,
        infoProperty,
        request,
        size,
        sizeDefault,
        start);
  }

  private Field queryField(String name) {
    for (Field f : fields) {
      if (f.kind == FieldKind.QUERY && f.jsonName.equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static boolean isInteger(TypeRef ref) {
    return ref instanceof TypeRef.Primitive prim
        && (prim.kind() == PrimitiveKind.INT32 || prim.kind() == PrimitiveKind.INT64);
  }
}
