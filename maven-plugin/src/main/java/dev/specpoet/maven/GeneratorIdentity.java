package dev.specpoet.maven;

import dev.specpoet.generator.SpecPoetGenerator;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The generator's identity for the up-to-date check. A released generator is identified by its
 * version; a development build ({@code dev} or a {@code -SNAPSHOT}) also by a SHA-256 over its
 * jar's entries (name, size and CRC-32 of each, read from the jar's central directory, which is
 * much cheaper than reading every byte), so rebuilding the generator with a change regenerates even
 * though the version stayed the same, while an unchanged rebuild keeps the same identity.
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
          return version + "+entries:" + entriesHash(location);
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

  private static String entriesHash(Path jar) throws java.io.IOException {
    StringBuilder text = new StringBuilder();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      zip.stream()
          .map(e -> e.getName() + '\t' + e.getSize() + '\t' + Long.toHexString(e.getCrc()))
          .sorted()
          .forEach(line -> text.append(line).append('\n'));
    }
    return Hashes.of(text.toString());
  }
}
