package dev.specpoet.generator.emit.service;

import static dev.specpoet.generator.emit.JavaTypes.API_REQUEST;
import static dev.specpoet.generator.emit.JavaTypes.API_REQUEST_BUILDER;
import static dev.specpoet.generator.emit.JavaTypes.JSON_NODE;
import static dev.specpoet.generator.emit.JavaTypes.LIST;
import static dev.specpoet.generator.emit.JavaTypes.QUERY_STYLE;
import static dev.specpoet.generator.emit.JavaTypes.RESPONSE_HANDLER;
import static dev.specpoet.generator.emit.JavaTypes.RESPONSE_HANDLERS;
import static dev.specpoet.generator.emit.JavaTypes.TYPE_REFERENCE;
import static javax.lang.model.element.Modifier.FINAL;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.emit.service.OperationShape.BodyKind;
import dev.specpoet.generator.emit.service.OperationShape.Field;
import dev.specpoet.generator.emit.service.OperationShape.Paging;
import dev.specpoet.generator.emit.service.OperationShape.ResultKind;
import dev.specpoet.generator.model.ErrorResponse;
import dev.specpoet.generator.model.MediaKind;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.RequestBody;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.names.JavaNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What a blocking service holds for itself and its async twin, per operation: the constant with its
 * response handler and the static method that turns params into an {@code ApiRequest} (path, query
 * in its style, headers, cookies, body, additional headers and query parameters).
 */
final class SharedMembers {
  private SharedMembers() {}

  /**
   * {@code static final ResponseHandler<Gateway> GET_HANDLER = ...}: how the operation's response
   * is read (its envelope's result, a page's items and result_info, the whole body, or nothing).
   */
  static FieldSpec handlerField(OperationShape s, JavaNames names, Modifier[] shared) {
    TypeName type = ParameterizedTypeName.get(RESPONSE_HANDLER, s.handledType());
    CodeBlock init;
    Paging p = s.paging;
    if (p != null && !p.envelope()) {
      init =
          CodeBlock.of(
              "$T.list($S,\n    new $T<$T>() {})",
              RESPONSE_HANDLERS,
              p.pagination().itemsPointer(),
              TYPE_REFERENCE,
              ParameterizedTypeName.get(LIST, p.itemType()));
    } else if (p != null) {
      TypeName items = ParameterizedTypeName.get(LIST, p.itemType());
      init =
          CodeBlock.of(
              "$T.envelopeWithInfo($S, $S,\n    new $T<$T>() {})",
              RESPONSE_HANDLERS,
              p.itemsProperty(),
              p.resultInfoProperty() == null ? "result_info" : p.resultInfoProperty(),
              TYPE_REFERENCE,
              items);
    } else if (s.resultKind == ResultKind.ENVELOPE) {
      init =
          CodeBlock.of(
              "$T.envelope($S,\n    new $T<$T>() {})",
              RESPONSE_HANDLERS,
              s.op.response().envelope().resultProperty(),
              TYPE_REFERENCE,
              s.resultType);
    } else if (s.resultKind == ResultKind.TEXT) {
      init = CodeBlock.of("$T.text()", RESPONSE_HANDLERS);
    } else if (s.resultKind == ResultKind.BINARY) {
      init = CodeBlock.of("$T.binary()", RESPONSE_HANDLERS);
    } else if (s.resultKind == ResultKind.EVENTS) {
      init =
          CodeBlock.of(
              "$T.events(\n    new $T<$T>() {})",
              RESPONSE_HANDLERS,
              TYPE_REFERENCE,
              ((ParameterizedTypeName) s.resultType).typeArguments().get(0));
    } else if (s.resultKind == ResultKind.JSON) {
      init =
          s.resultType.equals(JSON_NODE)
              ? CodeBlock.of("$T.jsonTree()", RESPONSE_HANDLERS)
              : CodeBlock.of(
                  "$T.json(\n    new $T<$T>() {})",
                  RESPONSE_HANDLERS,
                  TYPE_REFERENCE,
                  s.resultType);
    } else {
      init = CodeBlock.of("$T.discard()", RESPONSE_HANDLERS);
    }
    CodeBlock errors = errorBodies(s, names);
    if (errors != null) {
      init = CodeBlock.of("$L\n    .withErrors($L)", init, errors);
    }
    Modifier[] mods = new Modifier[shared.length + 1];
    System.arraycopy(shared, 0, mods, 0, shared.length);
    mods[shared.length] = FINAL;
    return FieldSpec.builder(type, names.operationMembers(s.op).handler(), mods)
        .initializer(init)
        .build();
  }

  /**
   * {@code ErrorBodies.builder().on("4XX", ErrorResponse.class).build()}: the declared error bodies
   * the exception parses (the API's models by status, {@code Problem} for problem+json), or null.
   */
  private static CodeBlock errorBodies(OperationShape s, JavaNames names) {
    CodeBlock.Builder b = CodeBlock.builder();
    boolean any = false;
    for (ErrorResponse e : s.op.errors()) {
      TypeName type =
          e.type() instanceof TypeRef.Named
              ? names.javaType(e.type())
              : e.isProblem() ? JavaTypes.PROBLEM : null;
      if (type == null) {
        continue;
      }
      if (!any) {
        b.add("$T.builder()$>$>", JavaTypes.ERROR_BODIES);
        any = true;
      }
      b.add("\n.on($S, $T.class)", e.status(), type);
    }
    return any ? b.add("\n.build()$<$<").build() : null;
  }

  /**
   * {@code static ApiRequest _listRequest(LogListParams params)}: params to request (blocking
   * service only).
   */
  static MethodSpec requestMethod(OperationShape s, JavaNames names, Modifier[] shared) {
    MethodSpec.Builder m =
        MethodSpec.methodBuilder(names.operationMembers(s.op).request())
            .addModifiers(shared)
            .returns(API_REQUEST)
            .addParameter(s.paramsClass, "params")
            .addJavadoc("The request of {@code $L}, built from {@code params}.\n", s.methodName);
    if (s.fields.stream().anyMatch(f -> f.doc().deprecated())) {
      // deprecated parameters are still sent when set
      m.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
    m.addStatement(
        "$T request = $T.builder($S, $S, $S)",
        API_REQUEST_BUILDER,
        API_REQUEST,
        s.op.operationId(),
        s.op.httpMethod().name(),
        s.op.pathTemplate());
    String accept = s.accept();
    if (!accept.equals("application/json")) {
      m.addStatement("request.accept($S)", accept);
    }
    List<Field> cookies = new ArrayList<>();
    for (Field f : s.fields) {
      CodeBlock value =
          f.optionalGetter()
              ? CodeBlock.of("params.$N().orElse(null)", f.member())
              : CodeBlock.of("params.$N()", f.member());
      switch (f.kind()) {
        case PATH -> m.addStatement("request.pathParam($S, $L)", f.jsonName(), value);
        case QUERY -> {
          String style = queryStyle(f.parameter());
          if (style == null) {
            m.addStatement("request.queryParam($S, $L)", f.jsonName(), value);
          } else {
            m.addStatement(
                "request.queryParam($S, $L, $T.$L)", f.jsonName(), value, QUERY_STYLE, style);
          }
        }
        case HEADER -> m.addStatement("request.header($S, $L)", f.jsonName(), value);
        case COOKIE -> cookies.add(f);
        default -> {}
      }
    }
    if (!cookies.isEmpty()) {
      m.addStatement(
          "$T cookies = new $T(\"; \")", JavaTypes.STRING_JOINER, JavaTypes.STRING_JOINER);
      for (Field f : cookies) {
        CodeBlock value =
            f.optionalGetter()
                ? CodeBlock.of("params.$N().orElse(null)", f.member())
                : CodeBlock.of("params.$N()", f.member());
        m.addStatement(
            "$T $N = $L",
            f.type(),
            "cookie" + Character.toUpperCase(f.member().charAt(0)) + f.member().substring(1),
            value);
        m.beginControlFlow(
            "if ($N != null)",
            "cookie" + Character.toUpperCase(f.member().charAt(0)) + f.member().substring(1));
        m.addStatement(
            "cookies.add($S + $N)",
            f.jsonName() + "=",
            "cookie" + Character.toUpperCase(f.member().charAt(0)) + f.member().substring(1));
        m.endControlFlow();
      }
      m.beginControlFlow("if (cookies.length() > 0)");
      m.addStatement("request.header(\"Cookie\", cookies.toString())");
      m.endControlFlow();
    }
    MediaKind media = s.bodyMedia();
    if (s.bodyKind == BodyKind.FLATTENED && media != MediaKind.JSON) {
      fieldsBody(m, s, media);
    } else if (s.bodyKind == BodyKind.FLATTENED && !s.bodyRequired) {
      m.addStatement("$T body = params._body()", s.bodyClass);
      m.beginControlFlow("if (body != null)")
          .addStatement("request.jsonBody(body)")
          .endControlFlow();
    } else if (s.bodyKind == BodyKind.FLATTENED) {
      m.addStatement("request.jsonBody(params._body())");
    } else if (s.bodyKind == BodyKind.WHOLE) {
      CodeBlock send =
          switch (media) {
            case FORM -> CodeBlock.of("request.formFields(params._body())");
            case MULTIPART -> CodeBlock.of("request.parts(params._body())");
            case TEXT ->
                CodeBlock.of("request.textBody(params._body(), $S)", s.op.body().contentType());
            case BINARY ->
                CodeBlock.of("request.binaryBody(params._body(), $S)", s.op.body().contentType());
            default -> CodeBlock.of("request.jsonBody(params._body())");
          };
      if (s.bodyRequired) {
        m.addStatement("$L", send);
      } else {
        m.beginControlFlow("if (params._body() != null)").addStatement("$L", send).endControlFlow();
      }
    }
    m.addStatement("request.extraHeaders(params.additionalHeaders())");
    m.addStatement("request.extraQueryParams(params.additionalQueryParams())");
    m.addStatement("return request.build()");
    return m.build();
  }

  /**
   * A form or multipart object body, field by field in the spec's {@code encoding}, then the
   * additional body properties.
   */
  private static void fieldsBody(MethodSpec.Builder m, OperationShape s, MediaKind media) {
    for (Field f : s.bodyProperties()) {
      CodeBlock value =
          f.optionalGetter()
              ? CodeBlock.of("params.$N().orElse(null)", f.member())
              : CodeBlock.of("params.$N()", f.member());
      RequestBody.PartEncoding e = s.op.body().encodings().get(f.jsonName());
      if (media == MediaKind.FORM) {
        String style = e == null ? null : formStyle(e.style(), e.explode());
        m.addStatement(
            "request.formField($S, $L, $T.$L)",
            f.jsonName(),
            value,
            QUERY_STYLE,
            style == null ? "FORM" : style);
      } else {
        m.addStatement(
            "request.part($S, $L, $S)", f.jsonName(), value, e == null ? null : e.contentType());
      }
    }
    m.addStatement(
        media == MediaKind.FORM
            ? "request.formFields(params.additionalBodyProperties())"
            : "request.parts(params.additionalBodyProperties())");
  }

  private static String formStyle(String style, boolean explode) {
    if (style == null || style.equals("form")) {
      return explode ? null : "FORM_NO_EXPLODE";
    }
    return switch (style) {
      case "deepObject" -> "DEEP_OBJECT";
      case "spaceDelimited" -> "SPACE_DELIMITED";
      case "pipeDelimited" -> "PIPE_DELIMITED";
      default -> null;
    };
  }

  /**
   * The {@code QueryStyle} constant for a query parameter, or null for the default (form,
   * exploded).
   */
  private static String queryStyle(Parameter p) {
    if (p == null || p.style() == null) {
      return null;
    }
    return switch (p.style()) {
      case INDEXED_BRACKETS -> "INDEXED_BRACKETS";
      case DEEP_OBJECT -> "DEEP_OBJECT";
      case SPACE_DELIMITED -> "SPACE_DELIMITED";
      case PIPE_DELIMITED -> "PIPE_DELIMITED";
      case FORM -> p.explode() ? null : "FORM_NO_EXPLODE";
      default -> null;
    };
  }
}
