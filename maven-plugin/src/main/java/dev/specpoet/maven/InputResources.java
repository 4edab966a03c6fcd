package dev.specpoet.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds a spec inside a dependency (a jar, or a reactor module's classes folder) and copies it,
 * with the spec files that sit beside and below it, into a folder of the plugin's own, so that
 * relative {@code $ref}s between files keep working.
 */
final class InputResources {
  private InputResources() {}

  /** File names copied along with the requested resource: the formats an OpenAPI document uses. */
  private static final List<String> SPEC_SUFFIXES = List.of(".yaml", ".yml", ".json");

  /** One place the resource was found: the artifact's name (for messages) and its file. */
  record Candidate(String name, Path file) {}

  /**
   * Normalises a resource name ({@code /specs/api.yaml} and {@code specs/api.yaml} are the same)
   * and rejects names that could point outside a jar.
   */
  static String normalize(String resource) {
    String name = resource.trim().replace('\\', '/');
    while (name.startsWith("/")) {
      name = name.substring(1);
    }
    if (name.isEmpty() || name.endsWith("/")) {
      throw new IllegalArgumentException(
          "inputResource '" + resource + "' must name a file, e.g. ai-gateway.yaml");
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
        throw new IllegalArgumentException(
            "inputResource '"
                + resource
                + "' must be a plain path inside a jar (no '.', '..' or empty segments)");
      }
    }
    return name;
  }

  /** The first candidate that holds {@code resource}, in the given order. */
  static Optional<Candidate> find(String resource, List<Candidate> candidates) throws IOException {
    for (Candidate c : candidates) {
      Path file = c.file();
      if (file == null) {
        continue;
      }
      if (Files.isDirectory(file)) {
        if (Files.isRegularFile(file.resolve(resource))) {
          return Optional.of(c);
        }
      } else if (Files.isRegularFile(file) && isZip(file)) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
          ZipEntry entry = zip.getEntry(resource);
          if (entry != null && !entry.isDirectory()) {
            return Optional.of(c);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Copies {@code resource} from {@code source} into {@code target}, with every spec file in the
   * same folder of the source and below it ({@code META-INF} excepted), keeping relative paths.
   * Files whose content is unchanged are not rewritten; spec files left over from an earlier copy
   * are removed ({@code target} is the plugin's own folder). Returns the copied resource's path.
   */
  static Path extract(String resource, Candidate source, Path target) throws IOException {
    int slash = resource.lastIndexOf('/');
    String folder = slash < 0 ? "" : resource.substring(0, slash + 1);
    Map<String, byte[]> files = new LinkedHashMap<>();
    Path file = source.file();
    if (Files.isDirectory(file)) {
      Path root = file.resolve(folder);
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          String name = folder + root.relativize(p).toString().replace('\\', '/');
          if (Files.isRegularFile(p) && (name.equals(resource) || isSpecFile(name))) {
            files.put(name, Files.readAllBytes(p));
          }
        }
      }
    } else {
      try (ZipFile zip = new ZipFile(file.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          String name = entry.getName();
          if (entry.isDirectory() || !name.startsWith(folder) || !isSafe(name)) {
            continue;
          }
          if (name.equals(resource) || isSpecFile(name)) {
            try (InputStream in = zip.getInputStream(entry)) {
              files.put(name, in.readAllBytes());
            }
          }
        }
      }
    }
    if (!files.containsKey(resource)) {
      throw new IOException(resource + " is not in " + source.name() + " (" + file + ")");
    }

    Path root = target.toAbsolutePath().normalize();
    Files.createDirectories(root);
    Set<String> wanted = new TreeSet<>();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path destination = root.resolve(e.getKey()).normalize();
      if (!destination.startsWith(root)) {
        continue; // cannot happen after isSafe, but never write outside the target folder
      }
      wanted.add(root.relativize(destination).toString().replace('\\', '/'));
      if (Files.isRegularFile(destination)
          && Arrays.equals(Files.readAllBytes(destination), e.getValue())) {
        continue;
      }
      Files.createDirectories(destination.getParent());
      Files.write(destination, e.getValue());
    }
    removeLeftovers(root, wanted);
    return root.resolve(resource);
  }

  private static void removeLeftovers(Path root, Set<String> wanted) throws IOException {
    // a file visitor rather than Files.walk and lambdas: this runs on every build, no-op ones too,
    // where each first use of a lambda costs the cold JVM a class to spin
    List<Path> stale = new ArrayList<>();
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()
                && !wanted.contains(root.relativize(file).toString().replace('\\', '/'))) {
              stale.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
  }

  private static boolean isSpecFile(String name) {
    if (name.startsWith("META-INF/")) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    for (String suffix : SPEC_SUFFIXES) {
      if (lower.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSafe(String name) {
    if (name.startsWith("/") || name.contains("\\")) {
      return false;
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return false;
      }
    }
    return true;
  }

  private static boolean isZip(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jar") || name.endsWith(".zip");
  }
}
