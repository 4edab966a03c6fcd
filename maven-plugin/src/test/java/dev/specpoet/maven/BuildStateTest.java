package dev.specpoet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

  /** Sets the file's time {@code millis} after what it was (an edit a moment later). */
  private static void later(Path file, FileTime time, long millis) throws IOException {
    Files.setLastModifiedTime(file, FileTime.fromMillis(time.toMillis() + millis));
  }

  @Test
  void aChangedReferencedFileIsStale() throws IOException {
    BuildState state = recordAndReload();
    Optional<String> changed = Optional.of(schemas.toAbsolutePath() + " changed");
    FileTime time = Files.getLastModifiedTime(schemas);
    Files.writeString(schemas, "Thing: {type: string}\n"); // the same size, a moment later
    later(schemas, time, 1);
    assertEquals(changed, state.staleReason("key-1", output));
    Files.writeString(schemas, "Thing: {type: integer}\n"); // another size, at the recorded time
    Files.setLastModifiedTime(schemas, time);
    assertEquals(changed, state.staleReason("key-1", output));
  }

  /**
   * The trade-off of the check (README, up-to-date check): a file with its recorded size and exact
   * time is not read, so an edit that keeps both goes unseen; -Dspecpoet.force generates anyway.
   */
  @Test
  void anEditKeepingTheSizeAndTheExactTimeIsNotSeen() throws IOException {
    BuildState state = recordAndReload();
    FileTime time = Files.getLastModifiedTime(schemas);
    Files.writeString(schemas, "Thing: {type: string}\n"); // same length as before
    Files.setLastModifiedTime(schemas, time);
    assertEquals(Optional.empty(), state.staleReason("key-1", output));
  }

  @Test
  void touchingAFileWithoutChangingItStaysUpToDateAndItsNewTimeIsKept() throws IOException {
    BuildState state = recordAndReload();
    Files.writeString(api, Files.readString(api));
    Files.setLastModifiedTime(api, FileTime.fromMillis(0));
    BuildState.Verdict verdict = state.check("key-1", output);
    assertTrue(verdict.upToDate());
    assertEquals(0, verdict.current().inputs().get(api.toAbsolutePath().toString()).modified());
    assertEquals(state.outputs(), verdict.current().outputs());

    verdict.current().write(stateFile);
    BuildState refreshed = BuildState.read(stateFile).orElseThrow();
    assertEquals(verdict.current(), refreshed);
    assertTrue(refreshed.check("key-1", output).current() == refreshed, "nothing touched since");
  }

  @Test
  void anUntouchedStateIsKeptAsItIs() throws IOException {
    BuildState state = recordAndReload();
    assertTrue(state.check("key-1", output).current() == state);
  }

  @Test
  void aChangedKeyIsStaleAndTheLogNamesTheLine() throws IOException {
    BuildState.record("input=a\nclientName=Things\n", List.of(api), output, 1).write(stateFile);
    BuildState state = BuildState.read(stateFile).orElseThrow();
    assertEquals(Optional.empty(), state.staleReason("input=a\nclientName=Things\n", output));
    String reason = state.staleReason("input=a\nclientName=Renamed\n", output).orElseThrow();
    assertTrue(reason.startsWith("'clientName' changed"), reason);
    assertTrue(reason.contains("option"), reason);
    reason = state.staleReason("input=a\nclientName=Things\nstrict=true\n", output).orElseThrow();
    assertTrue(reason.startsWith("'strict' changed"), reason);
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
  void aGeneratedSourceEditedByHandIsStale() throws IOException {
    BuildState state = recordAndReload();
    Path thing = output.resolve("com/example/Thing.java");
    FileTime time = Files.getLastModifiedTime(thing);
    Files.writeString(thing, "class Thang {}\n"); // the same size, a moment later
    later(thing, time, 1);
    assertTrue(state.staleReason("key-1", output).orElseThrow().contains("edited"));
    Files.writeString(thing, "class Thing { int edited; }\n"); // another size, at the old time
    Files.setLastModifiedTime(thing, time);
    assertTrue(state.staleReason("key-1", output).orElseThrow().contains("edited"));
  }

  @Test
  void aGeneratedSourceTouchedButUnchangedStaysUpToDate() throws IOException {
    BuildState state = recordAndReload();
    Path thing = output.resolve("com/example/Thing.java");
    later(thing, Files.getLastModifiedTime(thing), 5_000);
    assertEquals(Optional.empty(), state.staleReason("key-1", output));
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
    Files.writeString(stateFile, "key.input=a\ngenerated.files=1\ninput=12 x 0 /a.yaml\n");
    assertEquals(Optional.empty(), BuildState.read(stateFile), "a stamp that is not numbers");
  }

  /**
   * The state file of the plugin before stamps: read as no state, so the upgrade generates once.
   */
  @Test
  void theStateOfTheEarlierFormatReadsAsNoState() throws IOException {
    Files.createDirectories(stateFile.getParent());
    Files.writeString(
        stateFile,
        "# specpoet up-to-date state: delete this file to force a new run\n"
            + "key=8793cb56da5dc2c094734cad8788fe569120c1440565c77320e592cc8e360386\n"
            + "generated.files=180\n"
            + "output.files=181\n"
            + "output.digest=83f32d7fb0704a38764984936511ef4f84765ba98c8436f4ab8cb9bc764fa97e\n"
            + "input=4174880c650229498991712c8b5c40c68bd96e324556074c4fda3a14d349934c /a.yaml\n");
    assertEquals(Optional.empty(), BuildState.read(stateFile));
  }
}
