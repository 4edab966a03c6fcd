package dev.specpoet.generator.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.SpecPoetGenerator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * Shared test helpers: render a spec, compile sources against the runtime, load the compiled
 * classes.
 */
public final class TestSupport {
  private TestSupport() {}

  /** The module's test resources on disk (goldens are rewritten here). */
  public static final Path TEST_RESOURCES = Path.of("src", "test", "resources");

  /**
   * Renders {@code spec} (types only unless {@code services}) in package {@code pkg}; path ->
   * source.
   */
  public static Map<String, String> render(Path spec, String pkg, boolean services)
      throws GenerationFailedException {
    return new SpecPoetGenerator().render(options(spec, Path.of("unused-output"), pkg, services));
  }

  public static GeneratorOptions options(Path spec, Path out, String pkg, boolean services) {
    return options(spec, out, pkg, services, false);
  }

  /** The options of a run; {@code strict} makes the defects the generator repairs errors. */
  public static GeneratorOptions options(
      Path spec, Path out, String pkg, boolean services, boolean strict) {
    return GeneratorOptions.builder()
        .input(spec)
        .outputDirectory(out)
        .basePackage(pkg)
        .generateServices(services)
        .strict(strict)
        .build();
  }

  /**
   * Compiles with {@code -Xlint:all} against the runtime, Jackson and OkHttp only, plus the class
   * files (or jars) {@code alsoOnClasspath} come from (a test interface a driver implements).
   */
  public static Compilation compile(Map<String, String> sources, Class<?>... alsoOnClasspath) {
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach(
        (path, text) ->
            files.add(
                JavaFileObjects.forSourceString(
                    path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
    return javac()
        .withOptions(
            "-Xlint:all",
            "-Xlint:-processing",
            "-Xlint:-serial",
            "-Xdoclint:all,-missing",
            "--release",
            "17")
        .withClasspath(classpath(alsoOnClasspath))
        .compile(files);
  }

  /**
   * Where the runtime, Jackson and OkHttp classes come from, and those of {@code more} (a JDK class
   * needs no entry).
   */
  public static List<File> classpath(Class<?>... more) {
    Set<File> cp = new LinkedHashSet<>(runtimeClasspath());
    for (Class<?> c : more) {
      if (c.getProtectionDomain().getCodeSource() != null) {
        cp.add(codeSource(c));
      }
    }
    return new ArrayList<>(cp);
  }

  private static File codeSource(Class<?> c) {
    try {
      return new File(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the runtime, Jackson and OkHttp classes come from. */
  public static List<File> runtimeClasspath() {
    Set<File> cp = new LinkedHashSet<>();
    for (String name :
        List.of(
            "dev.specpoet.runtime.json.Json",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonParser",
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
            "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
            "okhttp3.OkHttpClient",
            "okio.Buffer",
            "kotlin.Unit")) {
      try {
        cp.add(codeSource(Class.forName(name)));
      } catch (ClassNotFoundException e) {
        // optional on this classpath
      }
    }
    return new ArrayList<>(cp);
  }

  /**
   * A class loader over a successful compilation's class files (parent: the test's loader, which
   * has the runtime).
   */
  public static ClassLoader load(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    classFiles(compilation)
        .forEach(
            (path, bytes) ->
                classes.put(
                    path.substring(0, path.length() - ".class".length()).replace('/', '.'), bytes));
    return new ClassLoader(TestSupport.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
      }
    };
  }

  /**
   * A driver (application code written against a generated client, under {@code
   * src/test/resources/drivers/}) compiled with the generated sources and instantiated: the test
   * calls the generated API through {@code type}, an interface the driver implements.
   *
   * @param generated the generated sources, path to source
   * @param driver the driver's path below {@code drivers/} ({@code services/com/example/...})
   */
  public static <T> T driver(Map<String, String> generated, String driver, Class<T> type)
      throws Exception {
    Map<String, String> sources = new java.util.TreeMap<>(generated);
    String source = driver.substring(driver.indexOf('/') + 1);
    sources.put(source, read(TEST_RESOURCES.resolve("drivers").resolve(driver)));
    Compilation compilation = compile(sources, type);
    org.junit.jupiter.api.Assertions.assertEquals(
        Compilation.Status.SUCCESS,
        compilation.status(),
        compilation.diagnostics().stream()
            .map(Object::toString)
            .collect(java.util.stream.Collectors.joining("\n")));
    String className = source.substring(0, source.length() - ".java".length()).replace('/', '.');
    return type.cast(load(compilation).loadClass(className).getConstructor().newInstance());
  }

  /** The text of a file. */
  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The class files of a successful compilation: path ({@code com/x/Y.class}) to bytes. */
  public static Map<String, byte[]> classFiles(Compilation compilation) {
    Map<String, byte[]> classes = new TreeMap<>();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name = f.toUri().getPath();
      int start = name.indexOf("/CLASS_OUTPUT/");
      name = start >= 0 ? name.substring(start + "/CLASS_OUTPUT/".length()) : name.substring(1);
      try (InputStream in = f.openInputStream()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        classes.put(name, bytes.toByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return classes;
  }

  /** A test resource as a file (copied out of a jar when needed). */
  public static Path resourceFile(String name, Path tempDir) {
    var url = TestSupport.class.getResource(name);
    if (url == null) {
      return null;
    }
    try {
      if ("file".equals(url.getProtocol())) {
        return Path.of(url.toURI());
      }
      Path target = tempDir.resolve(Path.of(name).getFileName().toString());
      try (InputStream in = url.openStream()) {
        Files.copy(in, target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
