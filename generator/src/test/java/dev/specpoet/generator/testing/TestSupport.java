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
    return GeneratorOptions.builder()
        .input(spec)
        .outputDirectory(out)
        .basePackage(pkg)
        .generateServices(services)
        .build();
  }

  /** Compiles with {@code -Xlint:all} against the runtime, Jackson and OkHttp only. */
  public static Compilation compile(Map<String, String> sources) {
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach(
        (path, text) ->
            files.add(
                JavaFileObjects.forSourceString(
                    path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
    return javac()
        .withOptions("-Xlint:all", "-Xlint:-processing", "-Xlint:-serial", "--release", "17")
        .withClasspath(runtimeClasspath())
        .compile(files);
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
        Class<?> c = Class.forName(name);
        cp.add(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (ClassNotFoundException e) {
        // optional on this classpath
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
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
