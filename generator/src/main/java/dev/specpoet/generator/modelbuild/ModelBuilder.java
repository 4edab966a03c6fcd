package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.load.LoadedSpec;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.SecurityScheme;
import dev.specpoet.generator.model.Webhook;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;

/**
 * The model stage: turns swagger-parser's document into the immutable {@link ApiModel}. The only
 * stage (with the loader) that imports {@code io.swagger.*}. Every problem is collected with its
 * location; constructs it cannot model degrade to free-form JSON with a warning.
 *
 * <p>This class only runs the steps, in a fixed order (component types, operations with the types
 * they reach, the webhooks and callbacks with their payload types, the resource tree, security);
 * each step is a class of this package: {@link TypeResolver} (with {@link ObjectBuilder}, {@link
 * EnumBuilder}, {@link UnionBuilder}), {@link OperationBuilder} (with {@link ParameterBuilder},
 * {@link BodyBuilder}, {@link ResponseBuilder}), {@link WebhookBuilder}, {@link ResourceTree},
 * {@link SecurityBuilder}. What depends on an API's conventions rather than on OpenAPI is asked of
 * {@link ApiConventions}.
 */
public final class ModelBuilder {
  private ModelBuilder() {}

  /** The model, and every diagnostic found (errors make the run fail). */
  public record Result(ApiModel model, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
  }

  /** The model of {@code spec} read with the default ({@code auto}) conventions. */
  public static Result build(LoadedSpec spec) {
    return build(spec, ApiConventions.AUTO);
  }

  /**
   * The model of {@code spec} read with the named conventions ({@link #conventionNames()}).
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static Result build(LoadedSpec spec, String conventions) {
    return build(spec, conventions, false);
  }

  /**
   * The model of {@code spec} read with the named conventions ({@link #conventionNames()}), sharing
   * identical nested shapes too when {@code shareNestedShapes} ({@link SharedShapes}).
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static Result build(LoadedSpec spec, String conventions, boolean shareNestedShapes) {
    ApiConventions c = ApiConventions.named(conventions);
    if (c == null) {
      throw new IllegalArgumentException("unknown conventions '" + conventions + "'");
    }
    SpecDocument doc = new SpecDocument(spec);
    ApiModel model = build(doc, c, shareNestedShapes);
    return new Result(model, doc.diagnostics.all());
  }

  /** The names of the conventions {@link #build(LoadedSpec, String)} accepts. */
  public static List<String> conventionNames() {
    return ApiConventions.NAMES;
  }

  private static ApiModel build(
      SpecDocument doc, ApiConventions conventions, boolean shareNestedShapes) {
    OpenAPI api = doc.api;
    AllOfOverUnion.distribute(api, doc);
    TypeResolver types = new TypeResolver(doc, new SharedShapes(shareNestedShapes));
    types.defineComponents();
    List<Operation> operations = new OperationBuilder(doc, types, conventions).build();
    List<Webhook> webhooks = new WebhookBuilder(doc, types).build(operations);
    Resource root = ResourceTree.of(operations);
    SecurityBuilder security = new SecurityBuilder(api, conventions);
    List<SecurityScheme> schemes = security.schemes();
    List<String> servers = new ArrayList<>();
    if (api.getServers() != null) {
      for (Server s : api.getServers()) {
        if (s.getUrl() != null) {
          servers.add(s.getUrl());
        }
      }
    }
    String title = api.getInfo() == null ? null : api.getInfo().getTitle();
    String version = api.getInfo() == null ? null : api.getInfo().getVersion();
    Doc d =
        api.getInfo() == null
            ? Doc.NONE
            : SpecValues.doc(api.getInfo().getDescription(), null, false);
    return new ApiModel(
        title == null ? "" : title,
        version == null ? "" : version,
        d,
        doc.file,
        servers,
        schemes,
        types.types(),
        root,
        conventions.envPrefix(api),
        security.requirements(),
        webhooks);
  }
}
