package dev.specpoet.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A copy of the spec files the last successful generation read, kept under {@code
 * target/specpoet/<execution id>.last/} so that the next regenerating build can report what changed
 * since (the output folder itself is replaced by every run, so there is nothing else to compare
 * with). The files keep their layout relative to each other, so {@code $ref}s between them work in
 * the copy; a file {@code .root} names the root document.
 */
final class LastGeneration {
  private static final String ROOT_FILE = ".root";

  private LastGeneration() {}

  /** Replaces the copy in {@code dir} with {@code files}, whose root document is {@code root}. */
  static void record(List<Path> files, Path root, Path dir) throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path f : files) {
      all.add(f.toAbsolutePath().normalize());
    }
    Path rootFile = root.toAbsolutePath().normalize();
    if (!all.contains(rootFile)) {
      all.add(rootFile);
    }
    Path base = rootFile.getParent();
    for (Path f : all) {
      while (!f.startsWith(base)) {
        base = base.getParent();
      }
    }
    Path fresh = dir.resolveSibling(dir.getFileName() + ".tmp");
    delete(fresh);
    Files.createDirectories(fresh);
    for (Path f : all) {
      Path target = fresh.resolve(base.relativize(f).toString());
      Files.createDirectories(target.getParent());
      Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(
        fresh.resolve(ROOT_FILE),
        base.relativize(rootFile).toString().replace('\\', '/'),
        StandardCharsets.UTF_8);
    delete(dir);
    Files.move(fresh, dir);
  }

  /** The root document of the recorded copy, when there is one. */
  static Optional<Path> root(Path dir) throws IOException {
    Path index = dir.resolve(ROOT_FILE);
    if (!Files.isRegularFile(index)) {
      return Optional.empty();
    }
    Path root = dir.resolve(Files.readString(index, StandardCharsets.UTF_8).strip()).normalize();
    return root.startsWith(dir) && Files.isRegularFile(root) ? Optional.of(root) : Optional.empty();
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
