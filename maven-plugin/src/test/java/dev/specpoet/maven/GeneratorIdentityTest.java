package dev.specpoet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorIdentityTest {
  @TempDir Path dir;

  private Path jar(String content) throws IOException {
    Path jar = dir.resolve("specpoet-generator.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("dev/specpoet/generator/Emitter.class"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return jar;
  }

  @Test
  void aReleasedGeneratorIsItsVersion() {
    assertEquals("1.2.0", GeneratorIdentity.of("1.2.0", null, dir.resolve("cache")));
  }

  @Test
  void aSnapshotIsItsJarsEntriesAnUnchangedRebuildKeepsIt() throws IOException {
    Path cache = dir.resolve("generator.identity");
    Path jar = jar("v1");
    String first = GeneratorIdentity.of("0.1.0-SNAPSHOT", jar, cache);
    assertTrue(first.startsWith("0.1.0-SNAPSHOT+entries:"), first);

    jar("v1"); // the same entries rebuilt: another time, the same identity
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 9));
    assertEquals(first, GeneratorIdentity.of("0.1.0-SNAPSHOT", jar, cache));

    jar("v2"); // a change to the generator
    assertNotEquals(first, GeneratorIdentity.of("0.1.0-SNAPSHOT", jar, cache));
  }

  @Test
  void theCacheIsTakenWhileTheJarsPathSizeAndTimeAreTheSame() throws IOException {
    Path cache = dir.resolve("generator.identity");
    Path jar = jar("v1");
    String identity = GeneratorIdentity.of("0.1.0-SNAPSHOT", jar, cache);
    List<String> lines = Files.readAllLines(cache);
    assertEquals(List.of(lines.get(0), identity), lines);

    // a cached identity that the jar's content would not give: taken, so the jar was not read
    Files.write(cache, List.of(lines.get(0), "from-the-cache"));
    assertEquals("from-the-cache", GeneratorIdentity.of("0.1.0-SNAPSHOT", jar, cache));

    // the jar's time changes: the cache no longer matches, the identity is computed again
    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 9));
    assertEquals(identity, GeneratorIdentity.of("0.1.0-SNAPSHOT", jar, cache));
  }

  @Test
  void aClassesDirectoryOrAnUnknownLocationIsNeverTheSameTwice() {
    assertNotEquals(
        GeneratorIdentity.of("dev", dir, dir.resolve("cache")),
        GeneratorIdentity.of("dev", dir, dir.resolve("cache")));
    assertNotEquals(
        GeneratorIdentity.of("dev", null, dir.resolve("cache")),
        GeneratorIdentity.of("dev", null, dir.resolve("cache")));
  }
}
