package dev.specpoet.generator;

/**
 * The generator's entry point for build tools and the CLI: load, model, names, emit, write.
 * Thread-safe: one instance may serve concurrent runs on different output directories.
 */
public final class SpecPoetGenerator {

  /**
   * Generates sources for {@code options}. On success the output directory holds exactly the new
   * sources; on failure it is left as it was.
   *
   * @throws GenerationFailedException when the input has errors (all of them are listed)
   * @throws java.io.UncheckedIOException when the output cannot be written
   */
  public GenerationResult generate(GeneratorOptions options) throws GenerationFailedException {
    throw new UnsupportedOperationException("pipeline not wired yet");
  }

  /** The generator's version, part of every up-to-date check: a new generator regenerates. */
  public static String version() {
    Package p = SpecPoetGenerator.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
