package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SourceLocation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;

/**
 * Conventions any OpenAPI document can follow: an operation's first tag is its resource and its
 * operationId its method (which the names stage shortens: {@code bookings.createBooking} is {@code
 * bookings.create}); bodies are returned whole; paging is declared with {@code
 * x-specpoet-pagination} or found by the generic rules; {@code x-specpoet-env} and {@code
 * x-specpoet-env-prefix} name the environment variables.
 */
class GenericConventions implements ApiConventions {
  private final PaginationDetector pagination;

  GenericConventions() {
    this(PaginationRules.cursor(), PaginationRules.offsetLimit());
  }

  /**
   * The rules for bodies that are not an envelope, in the order they are tried after the given
   * ones: a cursor in the body, a token the body hands back under the parameter's name, the last
   * item's id, a next link in the body, a {@code Link} header, an offset, a page number.
   */
  static List<PaginationDetector.Rule> withBodyRules(PaginationDetector.Rule... envelopeRules) {
    List<PaginationDetector.Rule> all = new ArrayList<>(List.of(envelopeRules));
    all.add(PaginationRules.bodyCursor());
    all.add(PaginationRules.echoedToken());
    all.add(PaginationRules.itemCursor());
    all.add(PaginationRules.nextLink());
    all.add(PaginationRules.linkHeader());
    all.add(PaginationRules.offsetAnyBody());
    all.add(PaginationRules.pageNumberAnyBody());
    return all;
  }

  /**
   * With these detection rules for envelopes, tried in order after a declared {@code
   * x-specpoet-pagination} and before the rules for other bodies.
   */
  GenericConventions(PaginationDetector.Rule... rules) {
    this.pagination = new PaginationDetector(withBodyRules(rules));
  }

  @Override
  public Placement placement(Operation op, String operationId) {
    List<String> group = new ArrayList<>();
    if (op.getTags() != null && !op.getTags().isEmpty()) {
      group.add(op.getTags().get(0));
    }
    return new Placement(group, operationId, true);
  }

  @Override
  public Response.Envelope envelope(
      Schema<?> body, SourceLocation at, String hint, TypeResolver resolver) {
    return null;
  }

  @Override
  public Pagination pagination(PagingFacts facts, Diagnostics diagnostics) {
    return pagination.detect(facts, diagnostics);
  }

  @Override
  public String envVar(SecurityScheme scheme) {
    return SpecValues.extensionString(scheme.getExtensions(), "x-specpoet-env");
  }

  @Override
  public String envPrefix(OpenAPI api) {
    return api.getInfo() == null
        ? null
        : SpecValues.extensionString(api.getInfo().getExtensions(), "x-specpoet-env-prefix");
  }
}
