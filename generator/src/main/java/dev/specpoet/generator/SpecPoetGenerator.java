package dev.specpoet.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.emit.TypeEmitters;
import dev.specpoet.generator.emit.service.ServiceEmitters;
import dev.specpoet.generator.load.LoadedSpec;
import dev.specpoet.generator.load.SpecLoader;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.modelbuild.ModelBuilder;
import dev.specpoet.generator.names.DefaultJavaNames;
import dev.specpoet.generator.names.JavaNames;
import dev.specpoet.generator.names.Words;
import dev.specpoet.generator.write.SourceWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * The generator's entry point for build tools and the CLI: load, model, names, emit, write.
 * Thread-safe: one instance may serve concurrent runs on different output directories.
 */
public final class SpecPoetGenerator {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  /**
   * Generates sources for {@code options}. On success the output directory holds exactly the new
   * sources; on failure it is left as it was.
   *
   * @throws GenerationFailedException when the input has errors (all of them are listed)
   * @throws java.io.UncheckedIOException when the output cannot be written
   */
  public GenerationResult generate(GeneratorOptions options) throws GenerationFailedException {
    Result r = run(options);
    int files = new SourceWriter().write(r.files(), options.outputDirectory());
    return new GenerationResult(
        options.outputDirectory(), files, r.types(), r.operations(), r.inputFiles(), r.warnings());
  }

  /**
   * Everything but writing: the rendered files (relative path to source text), for tests and tools
   * that want to look before writing.
   */
  public Map<String, String> render(GeneratorOptions options) throws GenerationFailedException {
    return run(options).files();
  }

  private record Result(
      Map<String, String> files,
      int types,
      int operations,
      List<Path> inputFiles,
      List<Diagnostic> warnings) {}

  /**
   * Loads and models the spec and decides its Java names, without emitting or writing anything:
   * what a tool needs to compare two versions of an API as the generated Java sees them (see {@code
   * dev.specpoet.generator.changes}). {@code options.outputDirectory()} is not used.
   *
   * @throws GenerationFailedException when the input has errors (all of them are listed)
   */
  public Analysis analyze(GeneratorOptions options) throws GenerationFailedException {
    Analysed a = analyse(options, new ArrayList<>());
    List<Diagnostic> warnings =
        a.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    return new Analysis(a.model(), a.names(), a.spec().files(), warnings);
  }

  /**
   * The model and Java names of one spec.
   *
   * @param inputFiles every file the spec was read from (the root and every file reached by {@code
   *     $ref})
   */
  public record Analysis(
      ApiModel model, JavaNames names, List<Path> inputFiles, List<Diagnostic> warnings) {
    public Analysis {
      inputFiles = List.copyOf(inputFiles);
      warnings = List.copyOf(warnings);
    }
  }

  private record Analysed(
      LoadedSpec spec, ApiModel model, DefaultJavaNames names, List<Diagnostic> diagnostics) {}

  /** Load, model and names; {@code diagnostics} collects what each stage says. */
  private Analysed analyse(GeneratorOptions options, List<Diagnostic> diagnostics)
      throws GenerationFailedException {
    diagnostics.addAll(checkOptions(options));
    LoadedSpec spec;
    try {
      spec = new SpecLoader().load(options.input());
    } catch (RuntimeException | StackOverflowError e) {
      throw internalError(
          diagnostics,
          "loader",
          SourceLocation.of(String.valueOf(options.input().getFileName()), "#"),
          e);
    }
    diagnostics.addAll(spec.diagnostics());
    if (spec.openApi() == null || hasErrors(diagnostics)) {
      throw new GenerationFailedException(diagnostics);
    }
    ModelBuilder.Result built;
    try {
      built = ModelBuilder.build(spec);
    } catch (RuntimeException e) {
      // a construct the model stage does not expect must not end in a stack trace
      diagnostics.add(
          Diagnostic.error(
              SourceLocation.of(spec.displayName(), "#"),
              "internal error while reading the spec: " + e,
              "please report it with the spec; the run was stopped"));
      throw new GenerationFailedException(diagnostics);
    }
    diagnostics.addAll(built.diagnostics());
    if (hasErrors(diagnostics)) {
      throw new GenerationFailedException(diagnostics);
    }
    ApiModel model = built.model();
    SourceLocation root = SourceLocation.of(spec.displayName(), "#");
    DefaultJavaNames names;
    try {
      names = new DefaultJavaNames(model, options.basePackage(), options.clientName().orElse(null));
    } catch (RuntimeException | StackOverflowError e) {
      throw internalError(diagnostics, "names stage", root, e);
    }
    return new Analysed(spec, model, names, diagnostics);
  }

  private Result run(GeneratorOptions options) throws GenerationFailedException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Analysed analysed = analyse(options, diagnostics);
    LoadedSpec spec = analysed.spec();
    ApiModel model = analysed.model();
    DefaultJavaNames names = analysed.names();
    SourceLocation root = SourceLocation.of(spec.displayName(), "#");

    List<Emitter> emitters = new ArrayList<>(TypeEmitters.all());
    if (options.generateServices()) {
      emitters.addAll(serviceEmitters());
    }
    List<EmittedType> emitted = emit(emitters, model, names, diagnostics, root);
    Map<String, String> files;
    try {
      addMissingParents(emitted, model, names);
      files = new SourceWriter().render(emitted, spec.displayName());
    } catch (RuntimeException | StackOverflowError e) {
      throw internalError(
          diagnostics, "source writer", renderCulprit(emitted, spec.displayName(), e, root), e);
    }
    List<Diagnostic> warnings =
        diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    return new Result(
        files, model.types().size(), countOperations(model.root()), spec.files(), warnings);
  }

  // internal errors ----------------------------------------------------------------------------
  // A bug of the generator must reach the user as an ERROR naming the schema or operation it hit
  // (so
  // the report can say which construct, and the spec can be worked around), never as a stack trace.

  /**
   * Runs every emitter; an emitter that throws is re-run on one type, then one operation at a time
   * to find where.
   */
  static List<EmittedType> emit(
      List<Emitter> emitters,
      ApiModel model,
      JavaNames names,
      List<Diagnostic> diagnostics,
      SourceLocation root)
      throws GenerationFailedException {
    List<EmittedType> emitted = new ArrayList<>();
    for (Emitter e : emitters) {
      try {
        emitted.addAll(e.emit(model, names));
      } catch (RuntimeException | StackOverflowError failure) {
        throw internalError(
            diagnostics,
            e.getClass().getSimpleName(),
            culprit(e, model, names, failure, root),
            failure);
      }
    }
    return emitted;
  }

  /**
   * Where {@code emitter} failed: the first type, else the first operation, that on its own (in a
   * model holding only it) fails at the same place; the spec's root when none does.
   */
  private static SourceLocation culprit(
      Emitter emitter, ApiModel model, JavaNames names, Throwable failure, SourceLocation root) {
    Resource empty = new Resource(List.of(), List.of(), List.of());
    for (TypeDef t : model.types()) {
      if (failsAlike(() -> emitter.emit(withParts(model, List.of(t), empty), names), failure)) {
        return t.source();
      }
    }
    if (failsAlike(() -> emitter.emit(withParts(model, model.types(), empty), names), failure)) {
      return root; // it takes several types, and no operation
    }
    Map<String, Operation> ops = new LinkedHashMap<>();
    collectOps(model.root(), ops);
    for (Operation op : ops.values()) {
      if (failsAlike(
          () -> emitter.emit(withParts(model, model.types(), only(model.root(), op)), names),
          failure)) {
        return op.source();
      }
    }
    return root;
  }

  /** The top-level type whose file fails to render on its own, or the root. */
  private static SourceLocation renderCulprit(
      List<EmittedType> emitted, String display, Throwable failure, SourceLocation root) {
    Map<String, List<EmittedType>> children = new LinkedHashMap<>();
    emitted.forEach(t -> children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t));
    for (EmittedType top : children.getOrDefault(null, List.of())) {
      List<EmittedType> group = new ArrayList<>();
      collectNested(top, children, group);
      if (failsAlike(() -> new SourceWriter().render(group, display), failure)) {
        return top.source() == null ? root : top.source();
      }
    }
    return root;
  }

  private static void collectNested(
      EmittedType t, Map<String, List<EmittedType>> children, List<EmittedType> out) {
    out.add(t);
    for (EmittedType k : children.getOrDefault(t.typeId(), List.of())) {
      collectNested(k, children, out);
    }
  }

  /** Whether {@code run} throws what {@code failure} is, from the same place. */
  private static boolean failsAlike(Runnable run, Throwable failure) {
    try {
      run.run();
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      StackTraceElement[] a = e.getStackTrace();
      StackTraceElement[] b = failure.getStackTrace();
      return e.getClass() == failure.getClass()
          && (a.length == 0
              || b.length == 0
              || e instanceof StackOverflowError
              || a[0].equals(b[0]));
    }
  }

  private static ApiModel withParts(ApiModel m, List<TypeDef> types, Resource root) {
    return new ApiModel(
        m.title(),
        m.version(),
        m.doc(),
        m.sourceFile(),
        m.serverUrls(),
        m.securitySchemes(),
        types,
        root,
        m.envPrefix(),
        m.securityRequirements());
  }

  /**
   * {@code r} pruned to the one branch that leads to {@code op}, or null when op is not below r.
   */
  private static Resource only(Resource r, Operation op) {
    if (r.operations().stream().anyMatch(o -> o == op)) {
      return new Resource(r.path(), List.of(op), List.of());
    }
    for (Resource c : r.children()) {
      Resource sub = only(c, op);
      if (sub != null) {
        return new Resource(r.path(), List.of(), List.of(sub));
      }
    }
    return null;
  }

  static GenerationFailedException internalError(
      List<Diagnostic> diagnostics, String stage, SourceLocation where, Throwable e) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(
        Diagnostic.error(
            where,
            "internal error, please report: the "
                + stage
                + " failed on this element: "
                + describe(e),
            "please report it with the spec (SpecPoet " + version() + "); nothing was written"));
    return new GenerationFailedException(all);
  }

  /** The exception and the first SpecPoet frame, enough for a report without a stack trace. */
  private static String describe(Throwable e) {
    String text =
        e instanceof StackOverflowError
            ? "StackOverflowError (a cycle the generator does not expect)"
            : e.toString();
    for (StackTraceElement f : e.getStackTrace()) {
      if (f.getClassName().startsWith("dev.specpoet.")) {
        return text
            + " at "
            + f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1)
            + "."
            + f.getMethodName()
            + (f.getLineNumber() > 0 ? ":" + f.getLineNumber() : "");
      }
    }
    return text;
  }

  /** The emitters of params, services, pages and clients. */
  static List<Emitter> serviceEmitters() {
    return ServiceEmitters.all();
  }

  /**
   * Inline types of an operation's parameters nest in its params class; when no emitter wrote that
   * class (types only), a small holder class keeps them at the same names.
   */
  private static void addMissingParents(
      List<EmittedType> emitted, ApiModel model, DefaultJavaNames names) {
    Set<String> ids = new HashSet<>();
    emitted.forEach(t -> ids.add(t.typeId()));
    Map<String, SourceLocation> missing = new LinkedHashMap<>();
    for (EmittedType t : emitted) {
      if (t.parentId() != null && !ids.contains(t.parentId()) && names.hasTypeName(t.parentId())) {
        missing.putIfAbsent(t.parentId(), t.source());
      }
    }
    Map<String, Operation> ops = new LinkedHashMap<>();
    collectOps(model.root(), ops);
    for (Map.Entry<String, SourceLocation> e : missing.entrySet()) {
      ClassName cn = names.typeName(e.getKey());
      Operation op = ops.get(e.getKey());
      SourceLocation src = op != null ? op.source() : e.getValue();
      TypeSpec holder =
          TypeSpec.classBuilder(cn)
              .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
              .addJavadoc(
                  "Types of the parameters of {@code $L}; the params class itself is generated with services.\n",
                  op == null ? e.getKey() : op.operationId())
              .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
              .build();
      emitted.add(new EmittedType(e.getKey(), null, cn.packageName(), holder, src));
    }
  }

  private static void collectOps(Resource r, Map<String, Operation> out) {
    r.operations().forEach(op -> out.put(op.paramsTypeId(), op));
    r.children().forEach(c -> collectOps(c, out));
  }

  private static int countOperations(Resource r) {
    int n = r.operations().size();
    for (Resource c : r.children()) {
      n += countOperations(c);
    }
    return n;
  }

  private static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  private static List<Diagnostic> checkOptions(GeneratorOptions options) {
    List<Diagnostic> out = new ArrayList<>();
    SourceLocation where = SourceLocation.of("<options>", "#");
    for (String part : options.basePackage().split("\\.", -1)) {
      if (!IDENTIFIER.matcher(part).matches() || Words.RESERVED.contains(part)) {
        out.add(
            Diagnostic.error(
                where,
                "'" + options.basePackage() + "' is not a valid Java package name",
                "use dotted lower-case identifiers such as com.example.api"));
        break;
      }
    }
    String client = options.clientName().orElse(null);
    if (client != null && !IDENTIFIER.matcher(Words.pascal(client)).matches()) {
      out.add(
          Diagnostic.error(
              where, "'" + client + "' cannot name a Java class", "use a name such as AiGateway"));
    }
    return out;
  }

  /** The generator's version, part of every up-to-date check: a new generator regenerates. */
  public static String version() {
    Package p = SpecPoetGenerator.class.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
