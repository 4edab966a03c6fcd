package dev.specpoet.generator.emit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The params, services and clients emitted for the sample match the checked-in files under {@code
 * src/test/resources/service/golden}. Rewrite them with {@code -Dspecpoet.updateGoldens=true}.
 */
class ServiceGoldenTest {
  private static final Path GOLDEN = Generated.TEST_RESOURCES.resolve("golden");

  @Test
  void sampleMatchesGoldenFiles() throws IOException {
    Map<String, String> actual = Generated.emit(SampleModel.model(), SampleModel.names());
    if (Boolean.getBoolean("specpoet.updateGoldens")) {
      if (Files.exists(GOLDEN)) {
        try (Stream<Path> old = Files.walk(GOLDEN)) {
          old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      for (Map.Entry<String, String> e : actual.entrySet()) {
        Path file = GOLDEN.resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        expected.put(GOLDEN.relativize(p).toString().replace('\\', '/'), Files.readString(p));
      }
    }
    assertEquals(
        expected.keySet(),
        actual.keySet(),
        "generated files (rerun with -Dspecpoet.updateGoldens=true)");
    for (String path : expected.keySet()) {
      assertEquals(
          expected.get(path),
          actual.get(path),
          path
              + " differs from its golden file "
              + "(rerun with -Dspecpoet.updateGoldens=true and review the diff)");
    }
  }

  @Test
  void sameModelTwiceGivesIdenticalSources() {
    assertEquals(
        Generated.emit(SampleModel.model(), SampleModel.names()),
        Generated.emit(SampleModel.model(), SampleModel.names()));
    assertTrue(Generated.emit(SampleModel.model(), SampleModel.names()).size() > 10);
  }
}
