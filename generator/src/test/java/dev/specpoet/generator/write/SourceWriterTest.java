package dev.specpoet.generator.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's file handling: everything inside the output directory, nothing half-written. */
class SourceWriterTest {
  @TempDir Path tmp;

  private final SourceWriter writer = new SourceWriter();

  @Test
  void replacesTheOutputAsAWholeAndTouchesNothingBesideIt() throws IOException {
    Path out = tmp.resolve("out");
    Files.writeString(tmp.resolve("neighbour.txt"), "mine");
    writer.write(Map.of("a/A.java", "class A {}\n", "a/B.java", "class B {}\n"), out);
    writer.write(Map.of("a/A.java", "class A { int x; }\n", "c/C.java", "class C {}\n"), out);

    assertEquals(
        Map.of(
            SourceWriter.MARKER,
            "marker",
            "a/A.java",
            "class A { int x; }\n",
            "c/C.java",
            "class C {}\n"),
        snapshot(out),
        "the second run's files only");
    assertEquals(
        List.of("neighbour.txt", "out"), names(tmp), "nothing written or left beside the output");
  }

  @Test
  void aFailureWhileWritingLeavesThePreviousOutputAndNoStagingFolder() throws IOException {
    Path out = tmp.resolve("out");
    writer.write(Map.of("a/A.java", "class A {}\n"), out);
    Map<String, String> before = snapshot(out);

    assertThrows(
        IllegalArgumentException.class,
        () -> writer.write(Map.of("a/A.java", "changed", "../escape.java", "x"), out));
    assertEquals(before, snapshot(out));
    assertEquals(List.of(".specpoet-generated", "a"), names(out), "no staging folder left");
    assertEquals(List.of("out"), names(tmp));
  }

  @Test
  void aFailedFirstRunLeavesNoDirectoryBehind() {
    Path out = tmp.resolve("new-out");
    assertThrows(
        IllegalArgumentException.class, () -> writer.write(Map.of("../escape.java", "x"), out));
    assertFalse(
        Files.exists(out), "a directory that did not exist before the run must not exist after it");
  }

  @Test
  void leftoversOfAnInterruptedRunAreRemoved() throws IOException {
    Path out = tmp.resolve("out");
    writer.write(Map.of("a/A.java", "class A {}\n"), out);
    // what a run killed half-way through its swap leaves: staging folders inside the output
    Files.createDirectories(out.resolve(SourceWriter.STAGING + "new-12345678/a"));
    Files.writeString(out.resolve(SourceWriter.STAGING + "new-12345678/a/A.java"), "half");
    Files.createDirectories(out.resolve(SourceWriter.STAGING + "old-12345678"));

    writer.write(Map.of("a/A.java", "class A {}\n"), out);
    assertEquals(List.of(".specpoet-generated", "a"), names(out));
  }

  @Test
  void aForeignDirectoryIsNeverReplaced() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(out.resolve("Mine.java"), "class Mine {}\n");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> writer.write(Map.of("a/A.java", "class A {}\n"), out));
    assertTrue(e.getMessage().contains("was not written by SpecPoet"), e.getMessage());
    assertEquals(List.of("Mine.java"), names(out));
  }

  @Test
  void aFileWhereTheOutputDirectoryShouldBeIsNamedPlainly() throws IOException {
    Path out = Files.writeString(tmp.resolve("out"), "mine\n");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> writer.write(Map.of("a/A.java", "class A {}\n"), out));
    assertEquals(
        out + ": the output path exists and is not a directory; choose another output directory",
        e.getMessage());
    assertEquals("mine\n", Files.readString(out));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Relative path to content; the marker's content is not the point, only that it is there. */
  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        files.put(rel, rel.equals(SourceWriter.MARKER) ? "marker" : Files.readString(p));
      }
    }
    return files;
  }
}
