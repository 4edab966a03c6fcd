package dev.specpoet.maven;

import dev.specpoet.generator.SpecPoetGenerator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The generator's identity for the up-to-date check. A released generator is identified by its
 * version; a development build ({@code dev} or a {@code -SNAPSHOT}) also by a SHA-256 over its
 * jar's entries (name, size and CRC-32 of each, read from the jar's central directory, which is
 * much cheaper than reading every byte), so rebuilding the generator with a change regenerates even
 * though the version stayed the same, while an unchanged rebuild keeps the same identity.
 *
 * <p>That hash is kept in a cache file with the jar's path, size and modification time, and taken
 * from there while those are the same: a build with nothing to do does not open the jar.
 */
final class GeneratorIdentity {
  private GeneratorIdentity() {}

  /** The identity, through the cache in {@code cacheFile} (written when it does not match). */
  static String get(Path cacheFile) {
    Path location = null;
    try {
      CodeSource source = SpecPoetGenerator.class.getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        location = Path.of(source.getLocation().toURI());
      }
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      // unknown location: see of()
    }
    return of(SpecPoetGenerator.version(), location, cacheFile);
  }

  /**
   * The identity of the generator of {@code version} loaded from {@code location} (its jar, a
   * classes directory, or null when unknown).
   */
  static String of(String version, Path location, Path cacheFile) {
    if (!version.equals("dev") && !version.endsWith("-SNAPSHOT")) {
      return version;
    }
    if (location != null) {
      try {
        BasicFileAttributes jar = Files.readAttributes(location, BasicFileAttributes.class);
        if (jar.isRegularFile()) {
          return cached(version, location, jar, cacheFile);
        }
        // classes directory (IDE or reactor without packaging): no stable content hash, so never
        // treat the output as up to date
        return version + "+dir:" + System.nanoTime();
      } catch (IOException | SecurityException e) {
        // fall through: identity unknown, be safe and regenerate
      }
    }
    return version + "+unknown:" + System.nanoTime();
  }

  private static String cached(
      String version, Path jar, BasicFileAttributes attributes, Path cacheFile) throws IOException {
    String stamp =
        jar
            + "\t"
            + attributes.size()
            + "\t"
            + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    try {
      List<String> lines = Files.readAllLines(cacheFile, StandardCharsets.UTF_8);
      if (lines.size() == 2 && lines.get(0).equals(stamp)) {
        return lines.get(1);
      }
    } catch (IOException e) {
      // no cache yet, or an unreadable one: computed and written below
    }
    String identity = version + "+entries:" + entriesHash(jar);
    try {
      StateFiles.write(cacheFile, List.of(stamp, identity));
    } catch (IOException e) {
      // only a cache: the next build computes the identity again
    }
    return identity;
  }

  private static String entriesHash(Path jar) throws IOException {
    List<String> lines = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        lines.add(e.getName() + '\t' + e.getSize() + '\t' + Long.toHexString(e.getCrc()));
      }
    }
    lines.sort(null);
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return Hashes.of(text.toString());
  }
}
