package dev.specpoet.generator;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to generate: the input spec, the output directory and the Java names. Every option that can
 * change the output is here, so a build tool can hash {@link #fingerprint()} to decide whether a
 * run is needed.
 */
public final class GeneratorOptions {
  private final Path input;
  private final Path outputDirectory;
  private final String basePackage;
  private final String clientName;
  private final boolean generateServices;
  private final String conventions;
  private final boolean strict;
  private final boolean shareNestedShapes;

  private GeneratorOptions(Builder b) {
    this.input = Objects.requireNonNull(b.input, "input");
    this.outputDirectory = Objects.requireNonNull(b.outputDirectory, "outputDirectory");
    this.basePackage = Objects.requireNonNull(b.basePackage, "basePackage");
    this.clientName = b.clientName;
    this.generateServices = b.generateServices;
    this.conventions = b.conventions;
    this.strict = b.strict;
    this.shareNestedShapes = b.shareNestedShapes;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The root OpenAPI document (JSON or YAML, 3.0 or 3.1); relative {@code $ref}s resolve against
   * it.
   */
  public Path input() {
    return input;
  }

  /**
   * Where sources are written; this directory is owned by the generator and replaced as a whole.
   */
  public Path outputDirectory() {
    return outputDirectory;
  }

  /** The Java package of the generated code, e.g. {@code dev.specpoet.aigateway}. */
  public String basePackage() {
    return basePackage;
  }

  /**
   * The client's name without the {@code Client} suffix (e.g. {@code AiGateway} gives {@code
   * AiGatewayClient}); empty to derive it from the spec's {@code info.title}.
   */
  public Optional<String> clientName() {
    return Optional.ofNullable(clientName);
  }

  /** Whether to emit params, services, pages and the client, or only the schema types. */
  public boolean generateServices() {
    return generateServices;
  }

  /**
   * Which API conventions the spec is read with: {@code auto} (the default: Cloudflare's envelope,
   * fern groups and page numbers where a spec has those shapes, generic rules elsewhere), {@code
   * cloudflare} or {@code generic} (tags and operationIds, bodies returned whole).
   */
  public String conventions() {
    return conventions;
  }

  /**
   * Whether the defects the generator repairs (a path variable without a parameter, a duplicate
   * operationId, a {@code $ref} to a missing schema ..., see {@link
   * dev.specpoet.generator.model.Repair}) are errors instead of warnings: for API owners who want
   * their own spec kept clean. Off by default: a spec one does not own still generates.
   */
  public boolean strict() {
    return strict;
  }

  /**
   * Whether identical inline shapes are shared where they are nested too (a property's value, a
   * list's items, a map's values), not only at the top level: far less code for a fully
   * dereferenced spec, at the price of names from the first place a shape is written ({@code
   * Discussion.AnswerChosenBy} for a user object written out in many places). Off by default.
   */
  public boolean shareNestedShapes() {
    return shareNestedShapes;
  }

  /**
   * A stable text of every option that affects the output (not the paths), one {@code name=value}
   * per line; {@code shareNestedShapes} only when on, so the default's text stays what it was.
   */
  public String fingerprint() {
    // a StringBuilder, not `+`: the Maven plugin calls this on its no-op path, in a fresh JVM where
    // the first invokedynamic concatenation costs ~20 ms of method-handle set-up
    StringBuilder text =
        new StringBuilder()
            .append("basePackage=")
            .append(basePackage)
            .append("\nclientName=")
            .append(clientName == null ? "" : clientName)
            .append("\ngenerateServices=")
            .append(generateServices)
            .append("\nconventions=")
            .append(conventions)
            .append("\nstrict=")
            .append(strict);
    if (shareNestedShapes) {
      text.append("\nshareNestedShapes=true");
    }
    return text.append('\n').toString();
  }

  public static final class Builder {
    private Path input;
    private Path outputDirectory;
    private String basePackage;
    private String clientName;
    private boolean generateServices = true;
    private String conventions = "auto";
    private boolean strict;
    private boolean shareNestedShapes;

    private Builder() {}

    public Builder input(Path input) {
      this.input = input;
      return this;
    }

    public Builder outputDirectory(Path outputDirectory) {
      this.outputDirectory = outputDirectory;
      return this;
    }

    public Builder basePackage(String basePackage) {
      this.basePackage = basePackage;
      return this;
    }

    public Builder clientName(String clientName) {
      this.clientName = clientName == null || clientName.isBlank() ? null : clientName;
      return this;
    }

    public Builder generateServices(boolean generateServices) {
      this.generateServices = generateServices;
      return this;
    }

    /** {@code auto} (also for null or blank), {@code cloudflare} or {@code generic}. */
    public Builder conventions(String conventions) {
      this.conventions =
          conventions == null || conventions.isBlank() ? "auto" : conventions.strip();
      return this;
    }

    /** Repairs as errors (see {@link GeneratorOptions#strict()}); off by default. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Shares nested shapes too (see {@link GeneratorOptions#shareNestedShapes()}); off by default.
     */
    public Builder shareNestedShapes(boolean shareNestedShapes) {
      this.shareNestedShapes = shareNestedShapes;
      return this;
    }

    public GeneratorOptions build() {
      return new GeneratorOptions(this);
    }
  }
}
