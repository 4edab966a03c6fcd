package dev.specpoet.generator.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The only class that writes files. It nests emitted types into their parents, renders each
 * top-level type as one {@link JavaFile} (a header naming the source, no timestamps, no {@code
 * java.lang} imports), writes everything into a staging folder inside the output directory, and
 * only then swaps it in: a failed run leaves the old output as it was. It never writes outside the
 * output directory, and it refuses to replace a directory that is not empty and has no SpecPoet
 * marker file, so it can never delete a user's files.
 */
public final class SourceWriter {
  /** Marks a directory as SpecPoet's own: present in every output directory it writes. */
  public static final String MARKER = ".specpoet-generated";

  /** Prefix of the hidden staging folders a run uses inside the output directory. */
  static final String STAGING = ".specpoet-staging-";

  private static final Pattern PACKAGE =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  /**
   * A type that cannot be rendered (a generator bug), with where in the spec it comes from: the
   * pipeline reports it as an error at that place.
   */
  public static final class RenderException extends RuntimeException {
    private final transient SourceLocation source;

    RenderException(EmittedType type, Throwable cause) {
      super("cannot render " + type.typeId() + ": " + cause, cause);
      this.source = type.source();
    }

    /** Where the type comes from, or null. */
    public SourceLocation source() {
      return source;
    }
  }

  /**
   * Nests types by parentId and renders the top-level ones, sorted by path: relative path ->
   * source.
   *
   * @param sourceFile the spec's file name for headers ({@code ai-gateway.yaml})
   * @throws RenderException when a type cannot be rendered, naming it
   */
  public Map<String, String> render(List<EmittedType> types, String sourceFile) {
    Units units = units(types);
    Map<String, String> files = new TreeMap<>();
    for (int i = 0; i < units.roots().size(); i++) {
      files.put(units.paths().get(i), renderFile(units, i, sourceFile));
    }
    return files;
  }

  /**
   * Renders {@code types} as {@link #render} does and writes them as the whole content of {@code
   * outputDirectory} as {@link #write(Map, Path)} does, without holding every rendered source in
   * memory: each file goes to the staging folder as soon as it is rendered, one at a time, in
   * emission order, so the first type that fails is the one reported. (Rendering on two threads was
   * measured: no faster on the benchmark specs and a higher peak RSS, see BENCHMARKS.md.)
   *
   * @return the number of source files written
   * @throws RenderException when a type cannot be rendered (nothing is changed then)
   */
  public int write(List<EmittedType> types, String sourceFile, Path outputDirectory) {
    Units units = units(types);
    int n = units.roots().size();
    return stage(
        outputDirectory,
        staging -> {
          for (int i = 0; i < n; i++) {
            try {
              writeFile(staging, units.paths().get(i), renderFile(units, i, sourceFile));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return n;
        });
  }

  /** The top-level types in emission order, their file paths and their nested types. */
  private record Units(
      List<EmittedType> roots, List<String> paths, Map<String, List<EmittedType>> children) {}

  /** Checks the nesting and the paths before anything is rendered. */
  private static Units units(List<EmittedType> types) {
    Map<String, EmittedType> byId = new LinkedHashMap<>();
    for (EmittedType t : types) {
      if (byId.putIfAbsent(t.typeId(), t) != null) {
        throw new RenderException(
            t, new IllegalStateException("two emitted types have the id " + t.typeId()));
      }
    }
    Map<String, List<EmittedType>> children = new LinkedHashMap<>();
    List<EmittedType> roots = new ArrayList<>();
    for (EmittedType t : types) {
      if (t.parentId() == null) {
        roots.add(t);
      } else if (!byId.containsKey(t.parentId())) {
        throw new RenderException(
            t,
            new IllegalStateException(
                "type "
                    + t.typeId()
                    + " is nested in "
                    + t.parentId()
                    + ", which was not emitted"));
      } else {
        children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
      }
    }
    List<String> paths = new ArrayList<>(roots.size());
    Set<String> seen = new HashSet<>();
    for (EmittedType root : roots) {
      if (!PACKAGE.matcher(root.packageName()).matches()) {
        throw new RenderException(
            root, new IllegalArgumentException("not a Java package name: " + root.packageName()));
      }
      String path = root.packageName().replace('.', '/') + "/" + root.spec().name() + ".java";
      if (!seen.add(path)) {
        throw new RenderException(
            root, new IllegalStateException("two types would be written to " + path));
      }
      paths.add(path);
    }
    return new Units(roots, paths, children);
  }

  /** Renders one top-level type (with its nested ones) as the text of one file. */
  private static String renderFile(Units units, int i, String sourceFile) {
    EmittedType root = units.roots().get(i);
    try {
      TypeSpec spec = nest(root, units.children());
      String where = root.source() == null ? "" : root.source().pointer();
      String file =
          root.source() == null || root.source().file() == null ? sourceFile : root.source().file();
      return JavaFile.builder(root.packageName(), spec)
          .addFileComment("Generated by SpecPoet from $L in $L. Do not edit.", where, file)
          .skipJavaLangImports(true)
          .indent("  ")
          .build()
          .toString();
    } catch (RenderException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new RenderException(root, e);
    }
  }

  private static TypeSpec nest(EmittedType t, Map<String, List<EmittedType>> children) {
    List<EmittedType> kids = children.getOrDefault(t.typeId(), List.of());
    if (kids.isEmpty()) {
      return t.spec();
    }
    TypeSpec.Builder b = t.spec().toBuilder();
    for (EmittedType k : kids) {
      b.addType(nest(k, children));
    }
    return b.build();
  }

  /**
   * Writes rendered files as the whole content of {@code outputDirectory}. Everything happens
   * inside that directory: the files are written into a hidden staging folder in it first, and only
   * when all of them are written does the old content give way to them (renames inside one
   * directory), so a failed run leaves the old output as it was. The marker file stays in place
   * throughout, so an interrupted run leaves a directory that is still recognisably ours; its
   * leftover staging folders are removed by the next run.
   *
   * @return the number of source files written
   */
  public int write(Map<String, String> files, Path outputDirectory) {
    return stage(
        outputDirectory,
        staging -> {
          for (Map.Entry<String, String> e : files.entrySet()) {
            writeFile(staging, e.getKey(), e.getValue());
          }
          return files.size();
        });
  }

  /** What fills the staging folder: writes the new files into it, returns how many. */
  @FunctionalInterface
  private interface StagingBody {
    int fill(Path staging) throws IOException;
  }

  private static void writeFile(Path staging, String relative, String content) throws IOException {
    Path target = staging.resolve(relative).normalize();
    if (!target.startsWith(staging) || target.equals(staging)) {
      throw new IllegalArgumentException(
          "refusing to write outside the output directory: " + relative);
    }
    Files.createDirectories(target.getParent());
    Files.write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Runs {@code body} on a new staging folder, then swaps its content in (see {@link #write}). */
  private static int stage(Path outputDirectory, StagingBody body) {
    Path out = outputDirectory.toAbsolutePath().normalize();
    if (out.getParent() == null) {
      throw new IllegalArgumentException(
          "the output directory cannot be a file-system root: " + out);
    }
    checkOwned(out);
    String token = UUID.randomUUID().toString().substring(0, 8);
    Path staging = out.resolve(STAGING + "new-" + token);
    Path trash = out.resolve(STAGING + "old-" + token);
    List<String> movedOut = new ArrayList<>();
    List<String> movedIn = new ArrayList<>();
    boolean created = !Files.exists(out);
    try {
      Files.createDirectories(out);
      Path marker = out.resolve(MARKER);
      if (!Files.exists(marker)) {
        Files.writeString(
            marker,
            "This directory is written by SpecPoet and replaced as a whole on every run. Do not edit.\n");
      }
      for (Path leftover : entries(out)) {
        if (leftover.getFileName().toString().startsWith(STAGING)) {
          deleteRecursively(leftover); // from a run that was killed half-way
        }
      }
      Files.createDirectory(staging);
      int count = body.fill(staging);
      // the swap: the old content (all but the marker and the staging folders) into the trash, the
      // new content up from staging; each step is a rename inside the output directory
      Files.createDirectory(trash);
      for (Path entry : entries(out)) {
        String name = entry.getFileName().toString();
        if (!name.equals(MARKER) && !name.startsWith(STAGING)) {
          Files.move(entry, trash.resolve(name), StandardCopyOption.ATOMIC_MOVE);
          movedOut.add(name);
        }
      }
      for (Path entry : entries(staging)) {
        String name = entry.getFileName().toString();
        Files.move(entry, out.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        movedIn.add(name);
      }
      deleteRecursively(trash);
      deleteRecursively(staging);
      return count;
    } catch (IOException | RuntimeException e) {
      restore(out, trash, movedOut, movedIn);
      try {
        deleteRecursively(staging);
        if (movedOut.isEmpty()) {
          deleteRecursively(trash);
        }
        if (created) {
          deleteRecursively(out); // it did not exist before this run: leave nothing behind
        }
      } catch (IOException ignored) {
        // best effort: the staging folders are only ours, and the next run removes them
      }
      if (e instanceof RuntimeException re) {
        throw re;
      }
      throw new UncheckedIOException(
          "cannot write the generated sources to " + out + ": " + e.getMessage(), (IOException) e);
    }
  }

  /** Undoes a swap that failed half-way: the new entries out, the old ones back. Best effort. */
  private static void restore(Path out, Path trash, List<String> movedOut, List<String> movedIn) {
    if (movedOut.isEmpty() && movedIn.isEmpty()) {
      return;
    }
    try {
      for (String name : movedIn) {
        deleteRecursively(out.resolve(name));
      }
      for (String name : movedOut) {
        Files.move(trash.resolve(name), out.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      }
      deleteRecursively(trash);
    } catch (IOException ignored) {
      // what could not be moved back stays in the trash folder, inside the output directory
    }
  }

  private static List<Path> entries(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.sorted().toList();
    }
  }

  /** The output directory must be new, empty, or ours (it has the marker). */
  static void checkOwned(Path out) {
    if (!Files.exists(out)) {
      return;
    }
    if (!Files.isDirectory(out)) {
      // the message is the cause's own ("<out>: the output path ..."), not its class name
      FileAlreadyExistsException cause =
          new FileAlreadyExistsException(
              out.toString(),
              null,
              "the output path exists and is not a directory; choose another output directory");
      throw new UncheckedIOException(cause.getMessage(), cause);
    }
    if (Files.exists(out.resolve(MARKER))) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(out)) {
      if (s.iterator().hasNext()) {
        String message =
            "refusing to replace "
                + out
                + ": it is not empty and was not written by SpecPoet (no "
                + MARKER
                + " file); choose an empty or new output directory";
        throw new UncheckedIOException(message, new IOException(message));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
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
