package dev.specpoet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputResourcesTest {
  @TempDir Path dir;

  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void findsTheFirstDependencyHoldingTheResource() throws IOException {
    Path other = jar("other.jar", Map.of("readme.txt", "x"));
    Path spec = jar("spec.jar", Map.of("ai-gateway.yaml", "openapi: 3.0.3\n"));
    var found =
        InputResources.find(
            "ai-gateway.yaml",
            List.of(
                new InputResources.Candidate("other", other),
                new InputResources.Candidate("spec", spec)));
    assertEquals("spec", found.orElseThrow().name());
    assertEquals(
        Optional.empty(),
        InputResources.find("missing.yaml", List.of(new InputResources.Candidate("spec", spec))));
  }

  @Test
  void copiesTheSpecFilesOfTheResourcesFolderAndBelowButNothingElse() throws IOException {
    Path spec =
        jar(
            "spec.jar",
            Map.of(
                "specs/api.yaml", "root",
                "specs/parts/schemas.json", "part",
                "specs/notes.txt", "not a spec",
                "elsewhere.yaml", "outside the folder",
                "META-INF/maven/x/pom.xml", "meta"));
    Path target = dir.resolve("input");
    Path root =
        InputResources.extract(
            "specs/api.yaml", new InputResources.Candidate("spec", spec), target);
    assertEquals(target.resolve("specs/api.yaml").toAbsolutePath(), root);
    assertEquals("root", Files.readString(root));
    assertEquals("part", Files.readString(target.resolve("specs/parts/schemas.json")));
    assertFalse(Files.exists(target.resolve("specs/notes.txt")));
    assertFalse(Files.exists(target.resolve("elsewhere.yaml")));
    assertFalse(Files.exists(target.resolve("META-INF")));
  }

  @Test
  void aResourceAtTheJarRootSkipsMetaInf() throws IOException {
    Path spec = jar("spec.jar", Map.of("ai-gateway.yaml", "root", "META-INF/maven/a.json", "{}"));
    Path target = dir.resolve("input");
    InputResources.extract("ai-gateway.yaml", new InputResources.Candidate("spec", spec), target);
    assertTrue(Files.isRegularFile(target.resolve("ai-gateway.yaml")));
    assertFalse(Files.exists(target.resolve("META-INF")));
  }

  @Test
  void unchangedCopiesAreNotRewrittenAndLeftoversAreRemoved() throws IOException {
    Path target = dir.resolve("input");
    Path v1 = jar("v1.jar", Map.of("api.yaml", "one", "old.yaml", "old"));
    InputResources.extract("api.yaml", new InputResources.Candidate("v1", v1), target);
    var time = java.nio.file.attribute.FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(target.resolve("api.yaml"), time);

    Path v2 = jar("v2.jar", Map.of("api.yaml", "one"));
    InputResources.extract("api.yaml", new InputResources.Candidate("v2", v2), target);
    assertEquals(
        time,
        Files.getLastModifiedTime(target.resolve("api.yaml")),
        "an identical file was rewritten");
    assertFalse(Files.exists(target.resolve("old.yaml")), "a file no longer in the jar was kept");
  }

  @Test
  void readsFromAReactorModulesClassesFolder() throws IOException {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("META-INF"));
    Files.writeString(classes.resolve("ai-gateway.yaml"), "root");
    Files.writeString(classes.resolve("META-INF/x.json"), "{}");
    var candidate = new InputResources.Candidate("reactor", classes);
    assertEquals(
        Optional.of(candidate), InputResources.find("ai-gateway.yaml", List.of(candidate)));
    Path target = dir.resolve("input");
    InputResources.extract("ai-gateway.yaml", candidate, target);
    assertEquals("root", Files.readString(target.resolve("ai-gateway.yaml")));
    assertFalse(Files.exists(target.resolve("META-INF")));
  }

  @Test
  void entriesThatEscapeTheFolderAreNeverWritten() throws IOException {
    Path evil = jar("evil.jar", Map.of("api.yaml", "root", "../escape.yaml", "bad"));
    Path target = dir.resolve("deep/input");
    InputResources.extract("api.yaml", new InputResources.Candidate("evil", evil), target);
    assertFalse(Files.exists(dir.resolve("deep/escape.yaml")));
    assertFalse(Files.exists(dir.resolve("escape.yaml")));
  }

  @Test
  void resourceNamesAreNormalisedAndMustStayInsideTheJar() {
    assertEquals("specs/api.yaml", InputResources.normalize("/specs/api.yaml"));
    assertThrows(IllegalArgumentException.class, () -> InputResources.normalize("../api.yaml"));
    assertThrows(IllegalArgumentException.class, () -> InputResources.normalize("specs/"));
    assertThrows(IllegalArgumentException.class, () -> InputResources.normalize(" "));
  }
}
