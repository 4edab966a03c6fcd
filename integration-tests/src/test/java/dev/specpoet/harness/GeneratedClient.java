package dev.specpoet.harness;

import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.SpecPoetGenerator;
import dev.specpoet.generator.SpecPoetGenerator.Analysis;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.SecurityScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A client generated from a spec, compiled and loaded in this JVM: what the contract harness calls.
 * The names of its classes and methods come from the generator's own naming ({@link
 * SpecPoetGenerator#analyze}), so the harness finds every operation without guessing.
 */
public final class GeneratedClient {

  private final Analysis analysis;
  private final ClassLoader loader;

  private GeneratedClient(Analysis analysis, ClassLoader loader) {
    this.analysis = analysis;
    this.loader = loader;
  }

  /**
   * Generates the client of {@code spec} (services on, generic conventions where the spec has no
   * others) into {@code workDir}, compiles it against this JVM's class path and loads it.
   *
   * @param spec the spec
   * @param basePackage the package of the generated client
   * @param workDir where the sources (replaced) and classes go
   * @return the loaded client
   */
  public static GeneratedClient build(Path spec, String basePackage, Path workDir) {
    Path sources = workDir.resolve("src");
    Path classes = workDir.resolve("classes");
    GeneratorOptions options =
        GeneratorOptions.builder()
            .input(spec)
            .outputDirectory(sources)
            .basePackage(basePackage)
            .generateServices(true)
            .build();
    SpecPoetGenerator generator = new SpecPoetGenerator();
    Analysis analysis;
    List<Path> files;
    try {
      generator.generate(options);
      analysis = generator.analyze(options);
      Files.createDirectories(classes);
      try (Stream<Path> walk = Files.walk(sources)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot generate a client from " + spec + ": " + e, e);
    }
    compile(files, classes);
    try {
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {classes.toUri().toURL()}, GeneratedClient.class.getClassLoader());
      return new GeneratedClient(analysis, loader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compile(List<Path> files, Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-proc:none",
                "-nowarn",
                "--release",
                "17"));
    files.forEach(f -> args.add(f.toString()));
    java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
    int status = javac.run(null, errors, errors, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException(
          "the generated client does not compile:\n"
              + errors.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** The generator's analysis: the model and the Java names. */
  public Analysis analysis() {
    return analysis;
  }

  /** Every operation of the API, in the order of the resource tree. */
  public List<Operation> operations() {
    List<Operation> out = new ArrayList<>();
    collect(analysis.model().root(), out);
    return out;
  }

  private static void collect(Resource resource, List<Operation> out) {
    out.addAll(resource.operations());
    resource.children().forEach(child -> collect(child, out));
  }

  /** A class of the generated client by its name. */
  public Class<?> load(String className) {
    try {
      return Class.forName(className, true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the generated client has no class " + className, e);
    }
  }

  /**
   * The blocking client: base URL, the transport, no retries, and a sample credential for every
   * security scheme (Prism checks only that one is there).
   */
  public AutoCloseable client(String baseUrl, RecordingTransport transport) {
    Class<?> clientClass = load(analysis.names().clientClass().reflectionName());
    Object builder = invoke(method(clientClass, "builder"), null);
    Class<?> b = builder.getClass();
    invoke(method(b, "baseUrl", String.class), builder, baseUrl);
    invoke(
        method(b, "transport", dev.specpoet.runtime.http.HttpTransport.class), builder, transport);
    invoke(method(b, "maxRetries", int.class), builder, 0);
    for (SecurityScheme scheme : analysis.model().securitySchemes()) {
      String name;
      try {
        name = analysis.names().credentialMethod(scheme.name());
      } catch (IllegalArgumentException noSetter) {
        continue; // a scheme the client has no setter for (the operations needing it will fail)
      }
      for (Method m : b.getMethods()) {
        if (!m.getName().equals(name)) {
          continue;
        }
        if (m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class) {
          invoke(m, builder, "harness-credential");
        } else if (m.getParameterCount() == 2) {
          invoke(m, builder, "harness-user", "harness-password");
        }
      }
    }
    return (AutoCloseable) invoke(method(b, "build"), builder);
  }

  /** The service object an operation's method is on ({@code client.pet()}). */
  public Object service(Object client, Operation op) {
    Object target = client;
    List<String> path = op.groupPath();
    for (int i = 1; i <= path.size(); i++) {
      String accessor = analysis.names().resourceAccessor(path.subList(0, i));
      target = invoke(method(target.getClass(), accessor), target);
    }
    return target;
  }

  static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      Method m = type.getMethod(name, parameters);
      m.setAccessible(true);
      return m;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type.getName() + " has no public method " + name, e);
    }
  }

  /** Calls a method reflectively, rethrowing what it threw (unchecked as it was). */
  public static Object invoke(Method m, Object target, Object... args) {
    try {
      m.setAccessible(true);
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new AssertionError(m + " failed: " + cause, cause);
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot call " + m + ": " + e.getMessage(), e);
    }
  }
}
