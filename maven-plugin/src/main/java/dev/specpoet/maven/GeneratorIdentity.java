package dev.specpoet.maven;

import dev.specpoet.generator.SpecPoetGenerator;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The generator's identity for the up-to-date check. A released generator is identified by its
 * version; a development build ({@code dev} or a {@code -SNAPSHOT}) also by the SHA-256 of its jar,
 * so rebuilding the generator with a change regenerates even though the version stayed the same
 * (the reactor builds reproducible jars, so an unchanged rebuild keeps the same hash).
 */
final class GeneratorIdentity {
  private GeneratorIdentity() {}

  private static final class Holder {
    static final String VALUE = compute();
  }

  static String get() {
    return Holder.VALUE;
  }

  private static String compute() {
    String version = SpecPoetGenerator.version();
    if (!version.equals("dev") && !version.endsWith("-SNAPSHOT")) {
      return version;
    }
    try {
      CodeSource source = SpecPoetGenerator.class.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        Path location = Path.of(source.getLocation().toURI());
        if (Files.isRegularFile(location)) {
          return version + "+sha256:" + Hashes.of(location);
        }
        // classes directory (IDE or reactor without packaging): no stable content hash, so never
        // treat the output as up to date
        return version + "+dir:" + System.nanoTime();
      }
    } catch (URISyntaxException | java.io.IOException | SecurityException e) {
      // fall through: identity unknown, be safe and regenerate
    }
    return version + "+unknown:" + System.nanoTime();
  }
}
