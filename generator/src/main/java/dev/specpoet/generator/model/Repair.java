package dev.specpoet.generator.model;

/**
 * A defect of the input that the generator repairs instead of refusing the spec: a build tool must
 * not leave a user with nothing because of a typo in a spec they do not own. Each repair is
 * reported as a {@link Diagnostic.Severity#WARNING} at the place, saying what was done; with the
 * {@code strict} option it is an {@link Diagnostic.Severity#ERROR} instead (for API owners who keep
 * their own spec clean). README lists them.
 */
public enum Repair {
  /** A path template variable no parameter declares: a required string path parameter is added. */
  PATH_PARAMETER_ADDED("path template variable without a parameter"),
  /** A path parameter whose name is not in the path template: it is left out. */
  PATH_PARAMETER_DROPPED("path parameter not in the template"),
  /**
   * A path key with a query string ({@code /search?q={q}}): its variables become query parameters.
   */
  QUERY_IN_PATH("query string in a path key"),
  /** A parameter without a name or with an unknown {@code in}: it is left out. */
  PARAMETER_DROPPED("unusable parameter"),
  /** Two operations with the same operationId: the later one gets a derived unique name. */
  DUPLICATE_OPERATION_ID("duplicate operationId"),
  /**
   * A {@code $ref} to an element of another kind whose shape fits (a response {@code $ref} to a
   * request body or to a schema, a request body {@code $ref} to a schema ...): it is used as such.
   */
  REF_OF_ANOTHER_KIND("$ref to an element of another kind"),
  /** A schema {@code $ref} to nothing: the value is free-form JSON. */
  MISSING_SCHEMA("$ref to a missing schema"),
  /**
   * A parameter, request body or response {@code $ref} to nothing: the parameter is left out, the
   * body is free-form JSON.
   */
  MISSING_REF("$ref to a missing parameter, body or response"),
  /** A discriminator mapping to a schema that is not there: the mapping entry is ignored. */
  MISSING_MAPPING("discriminator mapping to a missing schema");

  private final String label;

  Repair(String label) {
    this.label = label;
  }

  /** A few words naming the defect, for summaries ({@code duplicate operationId}). */
  public String label() {
    return label;
  }
}
