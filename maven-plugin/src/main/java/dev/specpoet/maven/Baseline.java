package dev.specpoet.maven;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the {@code baseline} parameter names: a spec file, or a spec artifact by {@code
 * groupId:artifactId:version} (or {@code groupId:artifactId}, the version then being {@code
 * releasedVersion}).
 *
 * @param file the spec file, or null for an artifact
 * @param version the artifact's version; null when it comes from {@code releasedVersion}
 */
record Baseline(String file, String groupId, String artifactId, String version) {
  private static final Pattern COORDINATES =
      Pattern.compile("([A-Za-z0-9_.-]+):([A-Za-z0-9_.-]+)(?::([A-Za-z0-9_.+-]+))?");

  /**
   * Reads the parameter; empty when it is blank. Text of the form {@code a:b} or {@code a:b:c}
   * (letters, digits, {@code . _ -} only) names an artifact; anything else a file.
   */
  static Optional<Baseline> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    Matcher m = COORDINATES.matcher(value);
    if (m.matches()) {
      return Optional.of(new Baseline(null, m.group(1), m.group(2), m.group(3)));
    }
    return Optional.of(new Baseline(value, null, null, null));
  }

  boolean isArtifact() {
    return file == null;
  }

  /** {@code groupId:artifactId:version} with the given version. */
  String coordinates(String v) {
    return groupId + ":" + artifactId + ":" + v;
  }
}
