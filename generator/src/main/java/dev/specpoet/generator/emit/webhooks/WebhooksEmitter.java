package dev.specpoet.generator.emit.webhooks;

import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.emit.JavaTypes;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.Webhook;
import dev.specpoet.generator.names.JavaNames;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The class of webhook parse helpers ({@code PKG.<Client>Webhooks}): for each webhook and callback
 * of the model, {@code parseX(String)} and {@code parseX(byte[])} returning its payload type, read
 * by the runtime's {@code WebhookPayloads}. Emitted when the spec has any, with or without
 * services: the helpers need only the payload models.
 */
public final class WebhooksEmitter implements Emitter<ApiModel> {

  @Override
  public List<ApiModel> units(EmitContext ctx) {
    return ctx.model().webhooks().isEmpty() ? List.of() : List.of(ctx.model());
  }

  @Override
  public SourceLocation source(ApiModel model, EmitContext ctx) {
    return model.webhooks().get(0).source();
  }

  @Override
  public EmittedType emit(ApiModel model, EmitContext ctx) {
    JavaNames names = ctx.names();
    ClassName self = names.webhooksClass();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(PUBLIC, FINAL)
            .addJavadoc(
                "Reads the requests this API sends to your server, its webhooks and callbacks, as their\n"
                    + "payload types: pass the raw request body. Verify the request first (a signature header,\n"
                    + "a shared secret), as the API documents: these helpers only read the JSON. Unknown\n"
                    + "properties and enum values are kept, as in responses.\n")
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build());
    for (Webhook w : model.webhooks()) {
      TypeName payload = names.javaType(w.payload()).box();
      String method = names.webhookMethod(w);
      String about = about(w);
      type.addMethod(
          MethodSpec.methodBuilder(method)
              .addModifiers(PUBLIC, STATIC)
              .returns(payload)
              .addParameter(String.class, "body")
              .addJavadoc(Javadocs.of(w.doc(), about))
              .addJavadoc("\n@param body the request body, as received\n")
              .addJavadoc("@return the payload\n")
              .addJavadoc(
                  "@throws $T when the body is not the payload's JSON\n",
                  JavaTypes.WEBHOOK_PARSE_EXCEPTION)
              .addStatement("return $N(body.getBytes($T.UTF_8))", method, StandardCharsets.class)
              .build());
      type.addMethod(
          MethodSpec.methodBuilder(method)
              .addModifiers(PUBLIC, STATIC)
              .returns(payload)
              .addParameter(byte[].class, "body")
              .addJavadoc("Like {@link #$N(String)}, from the body's bytes.\n", method)
              .addJavadoc("\n@param body the request body, as received\n")
              .addJavadoc("@return the payload\n")
              .addJavadoc(
                  "@throws $T when the body is not the payload's JSON\n",
                  JavaTypes.WEBHOOK_PARSE_EXCEPTION)
              .addStatement(
                  "return $T.parse(body, new $T() {}, $S)",
                  JavaTypes.WEBHOOK_PAYLOADS,
                  ParameterizedTypeName.get(JavaTypes.TYPE_REFERENCE, payload),
                  w.name())
              .build());
    }
    return new EmittedType("webhooks", null, self.packageName(), type.build(), source(model, ctx));
  }

  /** Where the request comes from, in the helper's javadoc. */
  private static String about(Webhook w) {
    String how =
        "a {@code "
            + w.httpMethod()
            + "} request, body {@code "
            + Javadocs.escape(w.contentType())
            + "}";
    if (w.kind() == Webhook.Kind.WEBHOOK) {
      return "Webhook {@code " + Javadocs.escape(w.name()) + "}: " + how + ".";
    }
    return "Callback {@code "
        + Javadocs.escape(w.name())
        + "}: "
        + how
        + ", sent to {@code "
        + Javadocs.escape(w.expression())
        + "}.";
  }
}
