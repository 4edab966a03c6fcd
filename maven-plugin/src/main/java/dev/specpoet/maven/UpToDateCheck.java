package dev.specpoet.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * The goal's up-to-date check against what its last successful run recorded in {@code <execution
 * id>.state} ({@link BuildState}): the key of the options, paths and generator version, and the
 * stamps of the spec files read and of the output's files. Says in the log why it generates or why
 * not, and records the new state after a run.
 */
final class UpToDateCheck {
  private final Log log;
  private final Path stateFile;
  private final String key;
  private final Path output;

  UpToDateCheck(Log log, Path stateFile, String key, Path output) {
    this.log = log;
    this.stateFile = stateFile;
    this.key = key;
    this.output = output;
  }

  /**
   * Whether nothing changed since the last run; logs the outcome. The times (from {@link
   * System#nanoTime}) are when the goal started, when its input was ready and when the key was.
   */
  boolean upToDate(long start, long inputReady, long keyReady) {
    try {
      Optional<BuildState> previous = BuildState.read(stateFile);
      long stateRead = System.nanoTime();
      BuildState.Verdict verdict =
          previous.isPresent()
              ? previous.get().check(key, output)
              : BuildState.Verdict.stale("no earlier run recorded");
      if (!verdict.upToDate()) {
        log.debug("specpoet: generating because " + verdict.staleReason());
        return false;
      }
      if (verdict.current() != previous.get()) {
        // files touched but unchanged: keep their new times, so the next build need not read them
        record(verdict.current());
      }
      log.info(
          "specpoet: "
              + previous.get().generatedFiles()
              + " files up to date, skipping generation ("
              + GenerateMojo.millis(start)
              + " ms)");
      log.debug(
          "specpoet: up-to-date check took "
              + GenerateMojo.millis(start)
              + " ms: input ready after "
              + (inputReady - start) / 1_000_000
              + " ms, generator identity and options "
              + (keyReady - inputReady) / 1_000_000
              + " ms, state read "
              + (stateRead - keyReady) / 1_000_000
              + " ms, spec and output files compared "
              + GenerateMojo.millis(stateRead)
              + " ms");
      return true;
    } catch (IOException e) {
      log.debug("specpoet: up-to-date check failed (" + e + "), generating");
    }
    return false;
  }

  /** Records the state of a successful run: the spec files it read and what it wrote. */
  void record(List<Path> inputs, int generatedFiles) {
    try {
      record(BuildState.record(key, inputs, output, generatedFiles));
    } catch (IOException e) {
      failedToRecord(e);
    }
  }

  private void record(BuildState state) {
    try {
      state.write(stateFile);
    } catch (IOException e) {
      failedToRecord(e);
    }
  }

  private void failedToRecord(IOException e) {
    log.warn(
        "specpoet: could not record the up-to-date state in "
            + stateFile
            + " ("
            + e.getMessage()
            + "); the next build will generate again");
  }
}
