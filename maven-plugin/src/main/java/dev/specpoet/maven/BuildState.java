package dev.specpoet.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * What the last successful run of one execution was made from, stored in a small text file under
 * {@code target/specpoet/}: a key (options fingerprint, generator identity, input and output
 * paths), the SHA-256 of every spec file the generator read, and a digest of the output listing.
 *
 * <p>The output is up to date when the key is the same, every recorded spec file still has its
 * recorded hash, and the output directory still holds exactly the files that run wrote, with the
 * same contents (a source edited by hand, even to the same size, makes the next run generate
 * again). Contents are compared, never file dates.
 *
 * @param key hash of everything besides file contents that determines the output
 * @param inputs absolute path of each spec file read, mapped to the SHA-256 of its content
 * @param outputDigest hash of the sorted list of output files with each one's size and CRC-32
 * @param outputFiles how many files the output directory held
 * @param generatedFiles how many files the generator reported writing (for the log line)
 */
record BuildState(
    String key,
    Map<String, String> inputs,
    String outputDigest,
    int outputFiles,
    int generatedFiles) {
  private static final String HEADER =
      "# specpoet up-to-date state: delete this file to force a new run";

  BuildState {
    inputs = java.util.Collections.unmodifiableMap(new TreeMap<>(inputs));
  }

  /** Records a finished run: hashes the given spec files now and takes the output's listing. */
  static BuildState record(
      String key, List<Path> inputFiles, Path outputDirectory, int generatedFiles)
      throws IOException {
    Map<String, String> inputs = new TreeMap<>();
    for (Path file : inputFiles) {
      Path absolute = file.toAbsolutePath().normalize();
      inputs.put(absolute.toString(), Hashes.of(absolute));
    }
    OutputListing listing = OutputListing.of(outputDirectory);
    return new BuildState(key, inputs, listing.digest(), listing.count(), generatedFiles);
  }

  /**
   * Why the output must be generated again, or empty when it is up to date. The reason is meant for
   * a debug log line.
   */
  Optional<String> staleReason(String currentKey, Path outputDirectory) throws IOException {
    if (!key.equals(currentKey)) {
      return Optional.of("an option, the input path or the generator changed");
    }
    if (inputs.isEmpty()) {
      return Optional.of("no spec files were recorded");
    }
    for (Map.Entry<String, String> input : inputs.entrySet()) {
      Path file = Path.of(input.getKey());
      if (!Files.isRegularFile(file)) {
        return Optional.of(file + " is gone");
      }
      if (!Hashes.of(file).equals(input.getValue())) {
        return Optional.of(file + " changed");
      }
    }
    if (!Files.isDirectory(outputDirectory)) {
      return Optional.of(outputDirectory + " does not exist");
    }
    if (!OutputListing.of(outputDirectory).digest().equals(outputDigest)) {
      return Optional.of("files in " + outputDirectory + " were added, removed or edited");
    }
    return Optional.empty();
  }

  /** Reads the state file; empty when it is missing or unreadable (a new run then rewrites it). */
  static Optional<BuildState> read(Path stateFile) {
    List<String> lines;
    try {
      lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    String key = null;
    String outputDigest = null;
    int outputFiles = -1;
    int generatedFiles = -1;
    Map<String, String> inputs = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        return Optional.empty();
      }
      String name = line.substring(0, eq);
      String value = line.substring(eq + 1);
      switch (name) {
        case "key" -> key = value;
        case "output.digest" -> outputDigest = value;
        case "output.files", "generated.files" -> {
          int n;
          try {
            n = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            return Optional.empty();
          }
          if (name.equals("output.files")) {
            outputFiles = n;
          } else {
            generatedFiles = n;
          }
        }
        case "input" -> {
          // "<sha256> <path>": the hash has a fixed length and no spaces, the path may have spaces
          int space = value.indexOf(' ');
          if (space < 0) {
            return Optional.empty();
          }
          inputs.put(value.substring(space + 1), value.substring(0, space));
        }
        default -> {
          // unknown line from another plugin version: not our format, run again
          return Optional.empty();
        }
      }
    }
    if (key == null || outputDigest == null || outputFiles < 0 || generatedFiles < 0) {
      return Optional.empty();
    }
    return Optional.of(new BuildState(key, inputs, outputDigest, outputFiles, generatedFiles));
  }

  /**
   * Writes the state file through a temporary file in the same directory, then moves it in place.
   */
  void write(Path stateFile) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add("key=" + key);
    lines.add("generated.files=" + generatedFiles);
    lines.add("output.files=" + outputFiles);
    lines.add("output.digest=" + outputDigest);
    inputs.forEach((path, hash) -> lines.add("input=" + hash + " " + path));
    Files.createDirectories(stateFile.getParent());
    Path temp =
        Files.createTempFile(stateFile.getParent(), stateFile.getFileName().toString(), ".tmp");
    try {
      Files.write(temp, lines, StandardCharsets.UTF_8);
      try {
        Files.move(
            temp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Deletes the state file, so that the next run generates whatever the output holds. */
  static void forget(Path stateFile) throws IOException {
    Files.deleteIfExists(stateFile);
  }

  /**
   * The files under the output directory: their number and a digest of relative path + size +
   * CRC-32.
   */
  record OutputListing(int count, String digest) {
    static OutputListing of(Path directory) throws IOException {
      if (!Files.isDirectory(directory)) {
        return new OutputListing(0, Hashes.of(""));
      }
      TreeMap<String, String> files = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(directory)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          if (Files.isRegularFile(p)) {
            files.put(directory.relativize(p).toString().replace('\\', '/'), fingerprint(p));
          }
        }
      }
      StringBuilder text = new StringBuilder();
      files.forEach((path, hash) -> text.append(path).append('\t').append(hash).append('\n'));
      return new OutputListing(files.size(), Hashes.of(text.toString()));
    }

    /**
     * Size and CRC-32 of a file: enough to notice any edit (this guards against accidents, not
     * attackers), and, unlike SHA-256 in the still-cold JVM of a Maven build, fast: 2 MiB of
     * generated sources take a few milliseconds instead of about a hundred.
     */
    private static String fingerprint(Path file) throws IOException {
      byte[] bytes = Files.readAllBytes(file);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      return bytes.length + ":" + Long.toHexString(crc.getValue());
    }
  }
}
