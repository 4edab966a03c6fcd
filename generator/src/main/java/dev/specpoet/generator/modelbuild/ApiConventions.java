package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SourceLocation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;

/**
 * The rules that are a matter of an API's conventions rather than of OpenAPI: where an operation
 * sits in the SDK and what its method is called, whether a response body is an envelope around the
 * result, how a list operation pages, and which environment variables hold the credentials. The
 * model stage asks these questions and nothing else about conventions; supporting the next API's
 * conventions is one new implementation.
 *
 * <ul>
 *   <li>{@link GenericConventions}: tags and operationIds, no envelope, paging declared with {@code
 *       x-specpoet-pagination} or detected by the generic rules, {@code x-specpoet-env}.
 *   <li>{@link CloudflareConventions}: Cloudflare's published spec: {@code
 *       x-fern-sdk-group-name}/{@code x-fern-sdk-method-name}, the {@code {result, success, errors,
 *       messages}} envelope, page numbers with {@code result_info}; the generic rules elsewhere.
 * </ul>
 */
interface ApiConventions {

  /** The {@code conventions} option's default. */
  String AUTO = "auto";

  /** The names the {@code conventions} option accepts. */
  List<String> NAMES = List.of(AUTO, "cloudflare", "generic");

  /**
   * The conventions of a name: {@code generic}, {@code cloudflare}, or {@code auto}: Cloudflare's
   * rules where a spec has their shapes (the fern extensions, an envelope, {@code result_info}) and
   * the generic ones elsewhere, which is how every spec was read before conventions could be
   * chosen. Null for an unknown name.
   */
  static ApiConventions named(String name) {
    return switch (name) {
      case AUTO, "cloudflare" -> new CloudflareConventions();
      case "generic" -> new GenericConventions();
      default -> null;
    };
  }

  /**
   * Where an operation sits in the SDK.
   *
   * @param group the resource path as the spec spells it ({@code ["ai-gateway", "logs"]}); empty
   *     for an operation of the root
   * @param method the method name as the spec spells it ({@code list}); the names stage makes it a
   *     Java identifier
   * @param methodFromOperationId whether {@code method} is the operationId rather than a name the
   *     spec gives the method: the names stage may then shorten it (README, <i>Names</i>)
   */
  record Placement(List<String> group, String method, boolean methodFromOperationId) {}

  /** Where {@code op} (whose operationId, declared or derived, is {@code operationId}) sits. */
  Placement placement(Operation op, String operationId);

  /**
   * The envelope a success response body is, or null when the call returns the body whole.
   *
   * @param hint the name hint of the body's inline types (its result's, when the envelope is
   *     inline)
   */
  Response.Envelope envelope(Schema<?> body, SourceLocation at, String hint, TypeResolver resolver);

  /** How a list operation pages, or null for a plain call. */
  Pagination pagination(PagingFacts facts, Diagnostics diagnostics);

  /** The environment variable holding a scheme's credential, or null for the default name. */
  String envVar(SecurityScheme scheme);

  /** The prefix of the client's environment variables, or null to derive it from its name. */
  String envPrefix(OpenAPI api);
}
