package dev.specpoet.generator.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The immutable intermediate model of one API: what the emitters read. Only the model stage knows
 * swagger-parser; everything after it reads this.
 *
 * @param sourceFile the root document, as given by the user (used in headers and diagnostics)
 * @param serverUrls the spec's server URLs (the first is the client's default base URL)
 * @param types every type to emit, top-level and nested, in a stable order (spec order)
 * @param root the resource tree
 * @param envPrefix the prefix of the environment variables the generated client reads ({@code
 *     x-specpoet-env-prefix} on {@code info}, e.g. {@code CLOUDFLARE}), or null to derive it from
 *     the client name
 * @param securityRequirements the alternatives of the spec's {@code security} (top level, else the
 *     distinct ones of the operations), in spec order: each the names of the schemes sent together
 *     ({@code [[api_token], [api_email, api_key]]}); empty when the spec states none
 * @param webhooks the requests the API sends to the user ({@code webhooks}, then {@code
 *     callbacks}), in spec order
 */
public record ApiModel(
    String title,
    String version,
    Doc doc,
    String sourceFile,
    List<String> serverUrls,
    List<SecurityScheme> securitySchemes,
    List<TypeDef> types,
    Resource root,
    String envPrefix,
    List<List<String>> securityRequirements,
    List<Webhook> webhooks) {

  public ApiModel {
    webhooks = List.copyOf(webhooks);
    serverUrls = List.copyOf(serverUrls);
    securitySchemes = List.copyOf(securitySchemes);
    types = List.copyOf(types);
    securityRequirements = securityRequirements.stream().map(List::copyOf).toList();
  }

  /** Every operation, in the resource tree's order (a resource's own, then its children's). */
  public List<Operation> operations() {
    List<Operation> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Resource r, List<Operation> out) {
    out.addAll(r.operations());
    r.children().forEach(c -> collect(c, out));
  }
}
