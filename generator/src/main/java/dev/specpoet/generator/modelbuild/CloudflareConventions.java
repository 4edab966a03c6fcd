package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.names.Words;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * The conventions of Cloudflare's published spec (the AI Gateway's among them), over the generic
 * ones:
 *
 * <ul>
 *   <li>resources and methods from Fern's {@code x-fern-sdk-group-name} (a list, or dotted) and
 *       {@code x-fern-sdk-method-name};
 *   <li>the envelope {@code {result, success, errors, messages[, result_info]}} (or {@code {data,
 *       success, errors}}): the call returns its result, {@code success: false} is an error;
 *   <li>page numbers: a {@code page} query parameter and a {@code result_info} in the envelope.
 * </ul>
 *
 * Each rule applies where its shape is found; elsewhere the generic rules do.
 */
final class CloudflareConventions extends GenericConventions {

  CloudflareConventions() {
    super(PaginationRules.pageNumber(), PaginationRules.cursor(), PaginationRules.offsetLimit());
  }

  @Override
  public Placement placement(Operation op, String operationId) {
    Placement generic = super.placement(op, operationId);
    Object g = op.getExtensions() == null ? null : op.getExtensions().get("x-fern-sdk-group-name");
    List<String> group = new ArrayList<>();
    if (g instanceof List<?> list) {
      for (Object o : list) {
        if (o != null && !o.toString().isBlank()) {
          group.add(o.toString().strip());
        }
      }
    } else if (g != null) {
      for (String s : g.toString().split("\\.")) {
        if (!s.isBlank()) {
          group.add(s.strip());
        }
      }
    } else {
      group = generic.group();
    }
    String method = SpecValues.extensionString(op.getExtensions(), "x-fern-sdk-method-name");
    return method == null
        ? new Placement(group, generic.method(), generic.methodFromOperationId())
        : new Placement(group, method, false);
  }

  @Override
  public Response.Envelope envelope(
      Schema<?> schema, SourceLocation at, String responseName, TypeResolver resolver) {
    Schema<?> r = resolver.resolveAliases(schema);
    if (r == null || SchemaShapes.isUnion(r)) {
      return null; // a union is never an envelope; merging it would only warn about its parts
    }
    PropertyMerger.Merged c =
        resolver.merger().merge(schema.get$ref() != null ? schema : r, at, null);
    String resultProp;
    if (c.props.containsKey("result")
        && (c.props.containsKey("success")
            || c.props.containsKey("errors")
            || c.props.containsKey("messages"))) {
      resultProp = "result";
    } else if (c.props.containsKey("data")
        && (c.props.containsKey("success") || c.props.containsKey("errors"))) {
      resultProp = "data";
    } else {
      return null;
    }
    PropertyMerger.Prop result = c.props.get(resultProp);
    String owner = result.owner();
    TypeRef resultType =
        resolver.typeOf(
            result.schema(),
            result.at(),
            owner,
            owner == null ? responseName : Words.pascal(resultProp));
    boolean nullable = resolver.isNullable(result.schema()) || !c.required.contains(resultProp);
    String success = c.props.containsKey("success") ? "success" : null;
    String infoProp = c.props.containsKey("result_info") ? "result_info" : null;
    TypeRef infoType = null;
    if (infoProp != null) {
      PropertyMerger.Prop info = c.props.get(infoProp);
      infoType =
          resolver.typeOf(
              info.schema(),
              info.at(),
              info.owner(),
              info.owner() == null ? responseName + "ResultInfo" : "ResultInfo");
    }
    return new Response.Envelope(resultProp, resultType, nullable, success, infoProp, infoType);
  }
}
