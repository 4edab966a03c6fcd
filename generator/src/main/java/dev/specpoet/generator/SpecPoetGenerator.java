package dev.specpoet.generator;

import dev.specpoet.generator.emit.EmitContext;
import dev.specpoet.generator.emit.EmittedType;
import dev.specpoet.generator.emit.Emitter;
import dev.specpoet.generator.emit.HolderEmitter;
import dev.specpoet.generator.emit.TypeEmitters;
import dev.specpoet.generator.emit.service.ServiceEmitters;
import dev.specpoet.generator.emit.webhooks.WebhooksEmitter;
import dev.specpoet.generator.load.LoadedSpec;
import dev.specpoet.generator.load.SpecLoader;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.modelbuild.ModelBuilder;
import dev.specpoet.generator.names.DefaultJavaNames;
import dev.specpoet.generator.names.JavaNames;
import dev.specpoet.generator.names.ReservedNames;
import dev.specpoet.generator.names.Words;
import dev.specpoet.generator.write.SourceWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
    Emitted e = emitAll(options);
    int files;
    try {
      // rendered and written file by file: the sources of a large spec are never all in memory
      files = new SourceWriter().write(e.types(), e.sourceFile(), options.outputDirectory());
    } catch (SourceWriter.RenderException failure) {
      throw renderError(e, failure);
    }
    return new GenerationResult(
        options.outputDirectory(),
        files,
        e.typeCount(),
        e.operations(),
        e.pagedOperations(),
        e.inputFiles(),
        e.warnings());
  }

  /**
   * Everything but writing: the rendered files (relative path to source text), for tests and tools
   * that want to look before writing.
   */
  public Map<String, String> render(GeneratorOptions options) throws GenerationFailedException {
    Emitted e = emitAll(options);
    try {
      return new SourceWriter().render(e.types(), e.sourceFile());
    } catch (SourceWriter.RenderException failure) {
      throw renderError(e, failure);
    } catch (RuntimeException | StackOverflowError failure) {
      throw internalError(e.diagnostics(), "source writer", e.root(), failure);
    }
  }

  /** Everything emitted for one spec, and what the result reports; no parser model is kept. */
  private record Emitted(
      List<EmittedType> types,
      String sourceFile,
      SourceLocation root,
      int typeCount,
      int operations,
      int pagedOperations,
      List<Path> inputFiles,
      List<Diagnostic> diagnostics) {
    List<Diagnostic> warnings() {
      return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    }
  }

  private static GenerationFailedException renderError(
      Emitted e, SourceWriter.RenderException failure) {
    return internalError(
        e.diagnostics(),
        "source writer",
        failure.source() == null ? e.root() : failure.source(),
        failure.getCause());
  }

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
    if (spec.openApi() == null) {
      throw failed(options, diagnostics);
    }
    if (hasErrors(diagnostics)) {
      // the document was read (a $ref to a missing file ...): its other problems are reported too,
      // not hidden behind the first
      alsoReport(spec, options, diagnostics);
      throw failed(options, diagnostics);
    }
    ModelBuilder.Result built;
    try {
      built = ModelBuilder.build(spec, options.conventions(), options.shareNestedShapes());
    } catch (RuntimeException | StackOverflowError e) {
      // a construct the model stage does not expect must not end in a stack trace
      diagnostics.add(
          Diagnostic.error(
              SourceLocation.of(spec.displayName(), "#"),
              "internal error while reading the spec: "
                  + (e instanceof StackOverflowError ? "schemas nested too deeply" : e),
              "please report it with the spec; the run was stopped"));
      throw failed(options, diagnostics);
    }
    diagnostics.addAll(built.diagnostics());
    if (options.strict()) {
      diagnostics.replaceAll(Diagnostic::strict);
    }
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

  private Emitted emitAll(GeneratorOptions options) throws GenerationFailedException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Analysed analysed = analyse(options, diagnostics);
    ApiModel model = analysed.model();
    DefaultJavaNames names = analysed.names();
    String sourceFile = analysed.spec().displayName();
    List<Path> inputFiles = analysed.spec().files();
    // from here on only the model is needed: let the parser's document go (on a large spec it is
    // most of the heap)
    analysed = null;

    List<Emitter<?>> emitters = new ArrayList<>(TypeEmitters.all());
    emitters.addAll(options.generateServices() ? serviceEmitters() : List.of(new HolderEmitter()));
    emitters.add(new WebhooksEmitter()); // its helpers need only the payload models
    List<EmittedType> emitted =
        emit(emitters, new EmitContext(model, names, options.generateServices()), diagnostics);
    return new Emitted(
        emitted,
        sourceFile,
        SourceLocation.of(sourceFile, "#"),
        model.types().size(),
        countOperations(model.root(), false),
        countOperations(model.root(), true),
        inputFiles,
        diagnostics);
  }

  // internal errors ----------------------------------------------------------------------------
  // A bug of the generator must reach the user as an ERROR naming the schema or operation it hit
  // (so the report can say which construct, and the spec can be worked around), never as a stack
  // trace. Emitters emit one type at a time, so the element is known where the failure happens.

  /** Runs every emitter on each of its units, in order; a unit that fails is reported. */
  static List<EmittedType> emit(
      List<Emitter<?>> emitters, EmitContext ctx, List<Diagnostic> diagnostics)
      throws GenerationFailedException {
    List<EmittedType> emitted = new ArrayList<>();
    for (Emitter<?> e : emitters) {
      emitEach(e, ctx, diagnostics, emitted);
    }
    return emitted;
  }

  private static <U> void emitEach(
      Emitter<U> emitter, EmitContext ctx, List<Diagnostic> diagnostics, List<EmittedType> out)
      throws GenerationFailedException {
    String stage = emitter.getClass().getSimpleName();
    List<U> units;
    try {
      units = emitter.units(ctx);
    } catch (RuntimeException | StackOverflowError failure) {
      throw internalError(
          diagnostics, stage, SourceLocation.of(ctx.model().sourceFile(), "#"), failure);
    }
    for (U unit : units) {
      try {
        out.add(emitter.emit(unit, ctx));
      } catch (RuntimeException | StackOverflowError failure) {
        throw internalError(diagnostics, stage, emitter.source(unit, ctx), failure);
      }
    }
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
  static List<Emitter<?>> serviceEmitters() {
    return ServiceEmitters.all();
  }

  private static int countOperations(Resource r, boolean pagedOnly) {
    int n =
        pagedOnly
            ? (int) r.operations().stream().filter(o -> o.pagination() != null).count()
            : r.operations().size();
    for (Resource c : r.children()) {
      n += countOperations(c, pagedOnly);
    }
    return n;
  }

  /**
   * Adds what the model stage finds in a document the loader already refused, but not a second
   * report of a place the loader named (a $ref it could not follow is the model's missing target).
   */
  private static void alsoReport(
      LoadedSpec spec, GeneratorOptions options, List<Diagnostic> diagnostics) {
    List<Diagnostic> more;
    try {
      more =
          ModelBuilder.build(spec, options.conventions(), options.shareNestedShapes())
              .diagnostics();
    } catch (RuntimeException | StackOverflowError e) {
      return; // the loader's errors are the report
    }
    for (Diagnostic d : more) {
      String at = d.location().pointer();
      boolean named =
          diagnostics.stream()
              .map(x -> x.location().pointer())
              .anyMatch(p -> p.equals(at) || p.startsWith(at + "/") || at.startsWith(p + "/"));
      if (!named) {
        diagnostics.add(d);
      }
    }
  }

  /** The failure of a run stopped early; under {@code strict} its repairs are errors too. */
  private static GenerationFailedException failed(
      GeneratorOptions options, List<Diagnostic> diagnostics) {
    if (options.strict()) {
      diagnostics.replaceAll(Diagnostic::strict);
    }
    return new GenerationFailedException(diagnostics);
  }

  private static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  private static List<Diagnostic> checkOptions(GeneratorOptions options) {
    List<Diagnostic> out = new ArrayList<>();
    SourceLocation where = SourceLocation.of("<options>", "#");
    for (String part : options.basePackage().split("\\.", -1)) {
      if (!IDENTIFIER.matcher(part).matches() || ReservedNames.isReserved(part)) {
        out.add(
            Diagnostic.error(
                where,
                "'" + options.basePackage() + "' is not a valid Java package name",
                "use dotted lower-case identifiers such as com.example.api"));
        break;
      }
    }
    if (!ModelBuilder.conventionNames().contains(options.conventions())) {
      out.add(
          Diagnostic.error(
              where,
              "unknown conventions '" + options.conventions() + "'",
              "use one of " + String.join(", ", ModelBuilder.conventionNames())));
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
