package dev.specpoet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStateTest {
  @TempDir Path dir;
  Path api;
  Path schemas;
  Path output;
  Path stateFile;

  @BeforeEach
  void setUp() throws IOException {
    api = Files.writeString(dir.resolve("api.yaml"), "openapi: 3.0.3\n$ref: schemas.yaml\n");
    schemas = Files.writeString(dir.resolve("schemas.yaml"), "Thing: {type: object}\n");
    output = dir.resolve("out");
    Files.createDirectories(output.resolve("com/example"));
    Files.writeString(output.resolve("com/example/Thing.java"), "class Thing {}\n");
    stateFile = dir.resolve("state/default.state");
  }

  private BuildState recordAndReload() throws IOException {
    BuildState.record("key-1", List.of(api, schemas), output, 1).write(stateFile);
    return BuildState.read(stateFile).orElseThrow();
  }

  @Test
  void unchangedInputsOptionsAndOutputAreUpToDate() throws IOException {
    BuildState state = recordAndReload();
    assertEquals(Optional.empty(), state.staleReason("key-1", output));
    assertEquals(1, state.outputFiles());
    assertEquals(1, state.generatedFiles());
  }

  @Test
  void aChangedReferencedFileIsStaleEvenWithTheSameDateAndSize() throws IOException {
    BuildState state = recordAndReload();
    var time = Files.getLastModifiedTime(schemas);
    Files.writeString(schemas, "Thing: {type: string}\n"); // same length as before
    Files.setLastModifiedTime(schemas, time);
    assertEquals(
        Optional.of(schemas.toAbsolutePath() + " changed"), state.staleReason("key-1", output));
  }

  @Test
  void touchingAFileWithoutChangingItStaysUpToDate() throws IOException {
    BuildState state = recordAndReload();
    Files.writeString(api, Files.readString(api));
    Files.setLastModifiedTime(api, java.nio.file.attribute.FileTime.fromMillis(0));
    assertEquals(Optional.empty(), state.staleReason("key-1", output));
  }

  @Test
  void aChangedKeyIsStale() throws IOException {
    BuildState state = recordAndReload();
    assertTrue(state.staleReason("key-2", output).orElseThrow().contains("option"));
  }

  @Test
  void aDeletedInputIsStale() throws IOException {
    BuildState state = recordAndReload();
    Files.delete(schemas);
    assertTrue(state.staleReason("key-1", output).orElseThrow().endsWith("is gone"));
  }

  @Test
  void aMissingOrAlteredOutputIsStale() throws IOException {
    BuildState state = recordAndReload();
    Files.writeString(output.resolve("com/example/Extra.java"), "class Extra {}\n");
    assertTrue(state.staleReason("key-1", output).isPresent(), "a file added to the output");
    Files.delete(output.resolve("com/example/Extra.java"));
    assertEquals(Optional.empty(), state.staleReason("key-1", output));
    Files.delete(output.resolve("com/example/Thing.java"));
    assertTrue(state.staleReason("key-1", output).isPresent(), "a file removed from the output");
    Files.walk(output)
        .sorted(java.util.Comparator.reverseOrder())
        .forEach(p -> p.toFile().delete());
    assertTrue(state.staleReason("key-1", output).orElseThrow().contains("does not exist"));
  }

  @Test
  void aGeneratedSourceEditedByHandIsStaleEvenWithTheSameDateAndSize() throws IOException {
    BuildState state = recordAndReload();
    Path thing = output.resolve("com/example/Thing.java");
    var time = Files.getLastModifiedTime(thing);
    Files.writeString(thing, "class Thang {}\n"); // same length
    Files.setLastModifiedTime(thing, time);
    assertTrue(state.staleReason("key-1", output).orElseThrow().contains("edited"));
  }

  @Test
  void pathsWithSpacesSurviveTheStateFile() throws IOException {
    Path spaced = Files.writeString(dir.resolve("my spec.yaml"), "x: 1\n");
    BuildState.record("k", List.of(spaced), output, 1).write(stateFile);
    BuildState state = BuildState.read(stateFile).orElseThrow();
    assertTrue(state.inputs().containsKey(spaced.toAbsolutePath().toString()));
    assertEquals(Optional.empty(), state.staleReason("k", output));
  }

  @Test
  void missingOrForeignStateFilesReadAsNoState() throws IOException {
    assertEquals(Optional.empty(), BuildState.read(dir.resolve("nope.state")));
    Files.createDirectories(stateFile.getParent());
    Files.writeString(stateFile, "something=else\n");
    assertEquals(Optional.empty(), BuildState.read(stateFile));
    Files.writeString(stateFile, "key=abc\n"); // truncated
    assertEquals(Optional.empty(), BuildState.read(stateFile));
  }
}
