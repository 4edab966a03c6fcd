package dev.specpoet.generator.emit.service;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.names.JavaNames;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.JavaFileObject.Kind;

/** Test helpers: emit sources, compile them against the runtime, load the classes. */
final class Generated {
  private Generated() {}

  static final Path TEST_RESOURCES = Path.of("src", "test", "resources", "service");

  /**
   * Runs the service emitters; returns each top-level file, by path ({@code
   * com/example/gw/X.java}), sorted.
   */
  static Map<String, String> emit(ApiModel model, JavaNames names) {
    List<EmittedType> all = new ArrayList<>();
    for (Emitter e : ServiceEmitters.all()) {
      all.addAll(e.emit(model, names));
    }
    return render(all);
  }

  /**
   * Nests children into their parents (as the write stage does) and renders the top-level types.
   */
  static Map<String, String> render(List<EmittedType> types) {
    Map<String, List<EmittedType>> children = new HashMap<>();
    for (EmittedType t : types) {
      if (t.parentId() != null) {
        children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (EmittedType t : types) {
      if (t.parentId() == null) {
        TypeSpec spec = nest(t, children);
        JavaFile file =
            JavaFile.builder(t.packageName(), spec).skipJavaLangImports(true).indent("  ").build();
        String path = t.packageName().replace('.', '/') + "/" + spec.name() + ".java";
        if (out.put(path, file.toString()) != null) {
          throw new IllegalStateException("two types emitted as " + path);
        }
      }
    }
    return out;
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

  /** The stand-in model sources of the sample under {@code service/support}. */
  static Map<String, String> support() {
    Path root = resource("support");
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        out.put(
            root.relativize(p).toString().replace(File.separatorChar, '/'), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static Path resource(String name) {
    try {
      return Path.of(Generated.class.getResource("/service/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Compiles {@code sources} (path to text) with {@code -Xlint:all} against the runtime and Jackson
   * only.
   */
  static Compilation compile(Map<String, String> sources, Class<?>... alsoOnClasspath) {
    List<JavaFileObject> files = new ArrayList<>();
    sources.forEach(
        (path, text) ->
            files.add(
                com.google.testing.compile.JavaFileObjects.forSourceString(
                    path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
    return javac()
        .withOptions("-Xlint:all", "-Xlint:-processing", "--release", "17")
        .withClasspath(classpath(alsoOnClasspath))
        .compile(files);
  }

  /** The runtime jar (or classes) and what it brings: Jackson and OkHttp. */
  static List<File> classpath(Class<?>... more) {
    List<File> cp = new ArrayList<>();
    List<Class<?>> classes =
        new ArrayList<>(
            List.of(
                dev.specpoet.runtime.ClientCore.class,
                com.fasterxml.jackson.databind.ObjectMapper.class,
                com.fasterxml.jackson.core.JsonParser.class,
                com.fasterxml.jackson.annotation.JsonProperty.class));
    classes.addAll(List.of(more));
    for (Class<?> c : classes) {
      try {
        cp.add(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return cp;
  }

  /** A class loader over the compiled classes, delegating everything else to the test's loader. */
  static ClassLoader load(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject f : compilation.generatedFiles()) {
      if (f.getKind() != Kind.CLASS) {
        continue;
      }
      String name = f.getName(); // /CLASS_OUTPUT/com/example/gw/X.class
      name =
          name.substring(
                  name.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(), name.length() - 6)
              .replace('/', '.');
      try (InputStream in = f.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(Generated.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
