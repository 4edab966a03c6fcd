package dev.specpoet.generator.modelbuild;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.generator.model.Constraints;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.names.Words;
import dev.specpoet.runtime.SensitiveNames;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of one operation: the path item's and the operation's (the latter override by name
 * and location), {@code $ref}s to {@code #/components/parameters} followed, each with its type,
 * serialisation style ({@code x-specpoet-query-style: indexed-brackets} included) and default; path
 * parameters checked against the path template.
 */
final class ParameterBuilder {
  private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([^}/]+)}");

  private final SpecDocument doc;
  private final TypeResolver resolver;

  ParameterBuilder(SpecDocument doc, TypeResolver resolver) {
    this.doc = doc;
    this.resolver = resolver;
  }

  private record ParamAt(io.swagger.v3.oas.models.parameters.Parameter param, SourceLocation at) {}

  /**
   * The parameters of {@code op} at {@code key}, in spec order; their inline types nest in the
   * params class {@code paramsId}. What does not match the path template is repaired: a template
   * variable no parameter declares gets a required string parameter, a path parameter not in the
   * template is left out, the variables of a query string written into the key are query
   * parameters.
   */
  List<Parameter> build(
      PathKey key,
      PathItem item,
      SourceLocation pathAt,
      io.swagger.v3.oas.models.Operation op,
      SourceLocation at,
      String paramsId) {
    // path-level first, operation-level override by (name, in)
    Map<String, ParamAt> params = new LinkedHashMap<>();
    if (item.getParameters() != null) {
      for (int i = 0; i < item.getParameters().size(); i++) {
        add(params, item.getParameters().get(i), pathAt.child("parameters", Integer.toString(i)));
      }
    }
    if (op.getParameters() != null) {
      for (int i = 0; i < op.getParameters().size(); i++) {
        add(params, op.getParameters().get(i), at.child("parameters", Integer.toString(i)));
      }
    }
    String path = key.path();
    List<Parameter> parameters = new ArrayList<>();
    Set<String> templateVars = new LinkedHashSet<>();
    Matcher m = TEMPLATE_VAR.matcher(path);
    while (m.find()) {
      templateVars.add(m.group(1));
    }
    Set<String> pathParams = new HashSet<>();
    Set<String> queryParams = new HashSet<>();
    for (ParamAt pa : params.values()) {
      Parameter p = parameter(pa.param(), pa.at(), paramsId);
      if (p == null) {
        continue;
      }
      if (p.location() == Parameter.Location.PATH && !templateVars.contains(p.name())) {
        PathKey.QueryParameter q = key.byVariable(p.name());
        if (q == null) {
          doc.repair(
              Repair.PATH_PARAMETER_DROPPED,
              pa.at(),
              "path parameter '"
                  + p.name()
                  + "' does not appear in the path template "
                  + path
                  + "; it is left out",
              "add {" + p.name() + "} to the path or change the parameter's 'in'");
          continue;
        }
        p = asQuery(p, q.name());
      }
      if (p.location() == Parameter.Location.PATH) {
        pathParams.add(p.name());
      } else if (p.location() == Parameter.Location.QUERY) {
        queryParams.add(p.name());
      }
      parameters.add(p);
    }
    for (PathKey.QueryParameter q : key.parameters()) {
      if (!queryParams.contains(q.name()) && !queryParams.contains(q.variable())) {
        parameters.add(stringParameter(q.name(), Parameter.Location.QUERY, false, at));
        queryParams.add(q.name());
      }
    }
    for (String v : templateVars) {
      if (!pathParams.contains(v)) {
        doc.repair(
            Repair.PATH_PARAMETER_ADDED,
            at,
            "path template variable {"
                + v
                + "} of "
                + path
                + " has no path parameter; a required string parameter '"
                + v
                + "' is added",
            "declare a parameter named '" + v + "' with in: path");
        parameters.add(stringParameter(v, Parameter.Location.PATH, true, at));
      }
    }
    return parameters;
  }

  /** Whether a parameter's name says it holds a credential (the runtime's rule for its logs). */
  private static boolean secretName(String name, Parameter.Location location) {
    return location == Parameter.Location.HEADER
        ? SensitiveNames.isSensitiveHeader(name)
        : SensitiveNames.isSecret(name);
  }

  /** A parameter the spec does not declare, added by a repair: a string. */
  private static Parameter stringParameter(
      String name, Parameter.Location location, boolean required, SourceLocation at) {
    return new Parameter(
        name,
        location,
        new TypeRef.Primitive(PrimitiveKind.STRING),
        required,
        location == Parameter.Location.QUERY ? Parameter.Style.FORM : Parameter.Style.SIMPLE,
        location == Parameter.Location.QUERY,
        Doc.NONE,
        null,
        Constraints.NONE,
        secretName(name, location),
        at);
  }

  /** A path parameter the path key's query string uses: the query parameter {@code name}. */
  private static Parameter asQuery(Parameter p, String name) {
    return new Parameter(
        name,
        Parameter.Location.QUERY,
        p.type(),
        p.required(),
        Parameter.Style.FORM,
        true,
        p.doc(),
        p.defaultValue(),
        p.constraints(),
        p.secret() || SensitiveNames.isSecret(name),
        p.source());
  }

  private void add(
      Map<String, ParamAt> params,
      io.swagger.v3.oas.models.parameters.Parameter p,
      SourceLocation at) {
    if (p == null) {
      return;
    }
    if (p.get$ref() != null) {
      String ref = p.get$ref();
      io.swagger.v3.oas.models.parameters.Parameter target =
          doc.component(ref, "parameters", Components::getParameters);
      if (target == null) {
        doc.repair(
            Repair.MISSING_REF,
            at,
            "parameter $ref " + ref + " points at nothing; the parameter is left out",
            "fix the reference or add the parameter under components/parameters");
        return;
      }
      at = doc.loc(ref);
      p = target;
    }
    params.put(p.getIn() + ":" + p.getName(), new ParamAt(p, at));
  }

  private Parameter parameter(
      io.swagger.v3.oas.models.parameters.Parameter p, SourceLocation at, String paramsId) {
    if (p.getName() == null || p.getIn() == null) {
      doc.repair(
          Repair.PARAMETER_DROPPED,
          at,
          "parameter without name or 'in'; it is left out",
          "every parameter needs a name and in: path|query|header|cookie");
      return null;
    }
    Parameter.Location location;
    switch (p.getIn()) {
      case "path" -> location = Parameter.Location.PATH;
      case "query" -> location = Parameter.Location.QUERY;
      case "header" -> location = Parameter.Location.HEADER;
      case "cookie" -> location = Parameter.Location.COOKIE;
      default -> {
        doc.repair(
            Repair.PARAMETER_DROPPED,
            at,
            "parameter '"
                + p.getName()
                + "' has an unknown location '"
                + p.getIn()
                + "'; it is left out",
            "use in: path, query, header or cookie");
        return null;
      }
    }
    Schema<?> schema = p.getSchema();
    SourceLocation schemaAt = at.child("schema");
    if (schema == null && p.getContent() != null && !p.getContent().isEmpty()) {
      Map.Entry<String, MediaType> first = p.getContent().entrySet().iterator().next();
      schema = first.getValue().getSchema();
      schemaAt = at.child("content", first.getKey(), "schema");
    }
    Schema<?> resolvedSchema = doc.resolve(schema);
    boolean isArray =
        resolvedSchema != null
            && (SchemaShapes.nonNullTypes(resolvedSchema).contains("array")
                || resolvedSchema.getItems() != null);
    TypeRef type = resolver.typeOf(schema, schemaAt, paramsId, Words.pascal(p.getName()));
    Parameter.Style style = style(p, location, type, isArray, at);
    boolean explode = p.getExplode() != null ? p.getExplode() : style == Parameter.Style.FORM;
    boolean required = Boolean.TRUE.equals(p.getRequired()) || location == Parameter.Location.PATH;
    if (location == Parameter.Location.PATH && !Boolean.TRUE.equals(p.getRequired())) {
      doc.warn(
          at,
          "path parameter '" + p.getName() + "' is not marked required; it is treated as required",
          "add required: true");
    }
    JsonNode def =
        schema == null || resolvedSchema == null || resolvedSchema.getDefault() == null
            ? null
            : SpecValues.toJson(resolvedSchema.getDefault());
    Doc d = SpecValues.doc(p.getDescription(), null, Boolean.TRUE.equals(p.getDeprecated()));
    boolean secret = secretName(p.getName(), location) || SchemaShapes.marksSecret(resolvedSchema);
    return new Parameter(
        p.getName(),
        location,
        type,
        required,
        style,
        explode,
        d,
        def,
        resolvedSchema == null ? Constraints.NONE : SpecValues.constraints(resolvedSchema),
        secret,
        at);
  }

  /**
   * The serialisation style: the declared one, else form (query, cookie) or simple; an array of
   * objects in the query with {@code x-specpoet-query-style: indexed-brackets} (or {@code
   * deepObject}) is sent as {@code filters[0][key]=...}.
   */
  private Parameter.Style style(
      io.swagger.v3.oas.models.parameters.Parameter p,
      Parameter.Location location,
      TypeRef type,
      boolean isArray,
      SourceLocation at) {
    Parameter.Style style =
        switch (p.getStyle() == null ? "" : p.getStyle().toString()) {
          case "matrix" -> Parameter.Style.MATRIX;
          case "label" -> Parameter.Style.LABEL;
          case "form" -> Parameter.Style.FORM;
          case "simple" -> Parameter.Style.SIMPLE;
          case "spaceDelimited" -> Parameter.Style.SPACE_DELIMITED;
          case "pipeDelimited" -> Parameter.Style.PIPE_DELIMITED;
          case "deepObject" -> Parameter.Style.DEEP_OBJECT;
          default ->
              location == Parameter.Location.QUERY || location == Parameter.Location.COOKIE
                  ? Parameter.Style.FORM
                  : Parameter.Style.SIMPLE;
        };
    String ext = SpecValues.extensionString(p.getExtensions(), "x-specpoet-query-style");
    boolean arrayOfObjects =
        isArray
            && type instanceof TypeRef.ArrayOf a
            && (a.items() instanceof TypeRef.Named
                || a.items() instanceof TypeRef.MapOf
                || a.items() instanceof TypeRef.AnyJson);
    if ("indexed-brackets".equalsIgnoreCase(ext)
        || (style == Parameter.Style.DEEP_OBJECT && arrayOfObjects)) {
      return Parameter.Style.INDEXED_BRACKETS;
    }
    if (ext != null) {
      doc.warn(
          at,
          "unknown x-specpoet-query-style '" + ext + "'",
          "the supported value is indexed-brackets");
    }
    return style;
  }
}
