package dev.specpoet.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last successful run of one execution was made from, stored in a small text file under
 * {@code target/specpoet/}: a key (options fingerprint, generator identity, input and output paths,
 * as text), and a {@link FileStamp} (size, modification time, CRC-32) of every spec file the
 * generator read and of every file in the output directory.
 *
 * <p>The output is up to date when the key is the same, every recorded spec file is still there and
 * unchanged, and the output directory still holds exactly the files that run wrote, unchanged. A
 * file counts as unchanged when its size and time are those recorded, or, when they are not, its
 * content still is ({@link FileStamp}): a build with nothing to do reads no file but the state.
 *
 * @param key everything besides file contents that determines the output, one {@code name=value}
 *     per line
 * @param inputs absolute path of each spec file read, mapped to its stamp
 * @param outputs path of each output file relative to the output directory (with {@code /}), mapped
 *     to its stamp
 * @param generatedFiles how many files the generator reported writing (for the log line)
 */
record BuildState(
    String key, Map<String, FileStamp> inputs, Map<String, FileStamp> outputs, int generatedFiles) {
  private static final String HEADER =
      "# specpoet up-to-date state: delete this file to force a new run";

  BuildState {
    key = lines(key);
    inputs = Collections.unmodifiableMap(new TreeMap<>(inputs));
    outputs = Collections.unmodifiableMap(new TreeMap<>(outputs));
  }

  /**
   * The outcome of a check: why the output must be generated again ({@code staleReason}, for a
   * debug log line), or null when it is up to date; then {@code current} is the state to keep (with
   * new stamps for files whose time changed but not their content).
   */
  record Verdict(String staleReason, BuildState current) {
    static Verdict stale(String reason) {
      return new Verdict(reason, null);
    }

    boolean upToDate() {
      return staleReason == null;
    }
  }

  /** Records a finished run: stamps the given spec files and every file of the output now. */
  static BuildState record(
      String key, List<Path> inputFiles, Path outputDirectory, int generatedFiles)
      throws IOException {
    Map<String, FileStamp> inputs = new TreeMap<>();
    for (Path file : inputFiles) {
      Path absolute = file.toAbsolutePath().normalize();
      inputs.put(absolute.toString(), FileStamp.of(absolute));
    }
    Map<String, FileStamp> outputs = new TreeMap<>();
    for (Map.Entry<String, Found> file : list(outputDirectory).entrySet()) {
      outputs.put(
          file.getKey(), FileStamp.of(file.getValue().path(), file.getValue().attributes()));
    }
    return new BuildState(key, inputs, outputs, generatedFiles);
  }

  /** How many files the output directory held. */
  int outputFiles() {
    return outputs.size();
  }

  /** Why the output must be generated again, or empty when it is up to date. */
  Optional<String> staleReason(String currentKey, Path outputDirectory) throws IOException {
    return Optional.ofNullable(check(currentKey, outputDirectory).staleReason());
  }

  /** Compares this state with the current key, spec files and output directory. */
  Verdict check(String currentKey, Path outputDirectory) throws IOException {
    if (!key.equals(lines(currentKey))) {
      return Verdict.stale(
          "'"
              + firstDifference(key, currentKey)
              + "' changed (an option, a path or the generator)");
    }
    if (inputs.isEmpty()) {
      return Verdict.stale("no spec files were recorded");
    }
    boolean touched = false;
    Map<String, FileStamp> currentInputs = new TreeMap<>();
    for (Map.Entry<String, FileStamp> input : inputs.entrySet()) {
      Path file = Path.of(input.getKey());
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return Verdict.stale(file + " is gone");
      }
      if (!attributes.isRegularFile()) {
        return Verdict.stale(file + " is gone");
      }
      Optional<FileStamp> now = input.getValue().recheck(file, attributes);
      if (now.isEmpty()) {
        return Verdict.stale(file + " changed");
      }
      touched |= now.get() != input.getValue();
      currentInputs.put(input.getKey(), now.get());
    }
    if (!Files.isDirectory(outputDirectory)) {
      return Verdict.stale(outputDirectory + " does not exist");
    }
    Map<String, Found> found = list(outputDirectory);
    if (!found.keySet().equals(outputs.keySet())) {
      return Verdict.stale("files in " + outputDirectory + " were added or removed");
    }
    Map<String, FileStamp> currentOutputs = new TreeMap<>();
    for (Map.Entry<String, FileStamp> output : outputs.entrySet()) {
      Found file = found.get(output.getKey());
      Optional<FileStamp> now = output.getValue().recheck(file.path(), file.attributes());
      if (now.isEmpty()) {
        return Verdict.stale(file.path() + " was edited");
      }
      touched |= now.get() != output.getValue();
      currentOutputs.put(output.getKey(), now.get());
    }
    return new Verdict(
        null, touched ? new BuildState(key, currentInputs, currentOutputs, generatedFiles) : this);
  }

  /** The key as the state file gives it back: every line ends with a line break. */
  private static String lines(String key) {
    return key.isEmpty() || key.endsWith("\n") ? key : key + "\n";
  }

  /** The name of the first line that differs between two keys. */
  private static String firstDifference(String recorded, String current) {
    String[] a = recorded.split("\n");
    String[] b = current.split("\n");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length || i >= b.length || !a[i].equals(b[i])) {
        String line = i < b.length ? b[i] : a[i];
        int eq = line.indexOf('=');
        return eq < 0 ? line : line.substring(0, eq);
      }
    }
    return "key";
  }

  /** Reads the state file; empty when it is missing or unreadable (a new run then rewrites it). */
  static Optional<BuildState> read(Path stateFile) {
    List<String> lines;
    try {
      lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder();
    int generatedFiles = -1;
    Map<String, FileStamp> inputs = new TreeMap<>();
    Map<String, FileStamp> outputs = new TreeMap<>();
    try {
      for (String line : lines) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("key.")) {
          key.append(line, 4, line.length()).append('\n');
          continue;
        }
        int eq = line.indexOf('=');
        if (eq < 0) {
          return Optional.empty();
        }
        String name = line.substring(0, eq);
        String value = line.substring(eq + 1);
        switch (name) {
          case "generated.files" -> generatedFiles = Integer.parseInt(value);
          case "input", "output" -> {
            // "<size> <time> <crc> <path>": the stamp has no spaces, the path may have some
            String[] parts = value.split(" ", 4);
            if (parts.length < 4) {
              return Optional.empty();
            }
            (name.equals("input") ? inputs : outputs)
                .put(parts[3], FileStamp.parse(parts[0], parts[1], parts[2]));
          }
          default -> {
            // a line of another plugin version: not our format, run again
            return Optional.empty();
          }
        }
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (key.length() == 0 || generatedFiles < 0) {
      return Optional.empty();
    }
    return Optional.of(new BuildState(key.toString(), inputs, outputs, generatedFiles));
  }

  /** Writes the state file atomically ({@link StateFiles}). */
  void write(Path stateFile) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (String line : key.split("\n")) {
      lines.add("key." + line);
    }
    lines.add("generated.files=" + generatedFiles);
    inputs.forEach((path, stamp) -> lines.add("input=" + stamp.format() + " " + path));
    outputs.forEach((path, stamp) -> lines.add("output=" + stamp.format() + " " + path));
    StateFiles.write(stateFile, lines);
  }

  /** Deletes the state file, so that the next run generates whatever the output holds. */
  static void forget(Path stateFile) throws IOException {
    Files.deleteIfExists(stateFile);
  }

  /** A regular file found under the output directory, with the attributes the walk read. */
  private record Found(Path path, BasicFileAttributes attributes) {}

  /**
   * The regular files under {@code directory} by relative path (with {@code /}), each with its
   * attributes: one walk, one {@code stat} per file, nothing read.
   */
  private static Map<String, Found> list(Path directory) throws IOException {
    Map<String, Found> files = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return files;
    }
    Files.walkFileTree(
        directory,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()) {
              String name = directory.relativize(file).toString().replace('\\', '/');
              files.put(name, new Found(file, attributes));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return files;
  }
}
