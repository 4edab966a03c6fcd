package dev.specpoet.generator.cli;

import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GenerationResult;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.SpecPoetGenerator;
import dev.specpoet.generator.changes.ApiComparator;
import dev.specpoet.generator.changes.ApiSnapshot;
import dev.specpoet.generator.changes.ChangeReport;
import dev.specpoet.generator.changes.ReportFormats;
import dev.specpoet.generator.model.Diagnostic;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar specpoet-generator-cli.jar --input SPEC --output DIR --package PKG
 * [--client-name NAME] [--conventions auto|cloudflare|generic] [--no-services] [--strict]
 * [--share-nested-shapes] [--compare OLD_SPEC [--format json] [--fail-on-breaking]]}: prints a
 * one-line summary on success (exit 0), every diagnostic on failure (exit 1), the usage on bad
 * arguments (exit 2). With {@code --compare} it prints the change report from OLD_SPEC to SPEC (and
 * generates only when {@code --output} is given); {@code --fail-on-breaking} exits 3 when a change
 * breaks users.
 */
public final class Main {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -jar specpoet-generator-cli.jar --input SPEC --output DIR --package PKG [options]",
          "",
          "  --input SPEC         the OpenAPI 3.0/3.1 document (YAML or JSON); $refs to other files are followed",
          "  --output DIR         where the Java sources go; the directory is replaced as a whole",
          "                       (it must be new, empty, or written by SpecPoet before)",
          "  --package PKG        the Java package of the generated code, e.g. com.example.api",
          "  --client-name NAME   the client's name without 'Client' (default: from info.title)",
          "  --conventions NAME   how the spec's API conventions are read: auto (default), cloudflare",
          "                       (x-fern groups, the result envelope, result_info pages) or generic",
          "  --no-services        generate only the schema types (models, enums, unions)",
          "  --strict             the defects SpecPoet repairs (a path variable without a parameter, a",
          "                       duplicate operationId, a $ref to a missing schema ...) are errors",
          "  --share-nested-shapes",
          "                       identical inline objects share one class where they are nested",
          "                       too, not only top-level ones (much less code for a dereferenced",
          "                       spec; the class keeps the name and place of the first one)",
          "  --compare OLD_SPEC   print what changed from OLD_SPEC to SPEC for users of the generated",
          "                       client (Markdown); --output and --package are then optional",
          "  --format FORMAT      the report's format: markdown (default) or json",
          "  --fail-on-breaking   with --compare: exit 3 when a change breaks Java users or old clients",
          "  --help               print this text");

  /** The exit status of {@code --fail-on-breaking} when the report has a breaking change. */
  static final int BREAKING = 3;

  /** The package names are decided in when only a report is asked for (it shows simple names). */
  private static final String REPORT_PACKAGE = "api";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String input = null;
    String output = null;
    String pkg = null;
    String client = null;
    String conventions = null;
    String compare = null;
    String format = "markdown";
    boolean failOnBreaking = false;
    boolean services = true;
    boolean strict = false;
    boolean shareNested = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        value = a.substring(eq + 1);
        a = a.substring(0, eq);
      }
      switch (a) {
        case "--help", "-h" -> {
          out.println(USAGE);
          return 0;
        }
        case "--no-services" -> services = false;
        case "--strict" -> strict = true;
        case "--share-nested-shapes" -> shareNested = true;
        case "--fail-on-breaking" -> failOnBreaking = true;
        case "--input",
            "--output",
            "--package",
            "--client-name",
            "--conventions",
            "--compare",
            "--format" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              return usage(err, "missing value for " + a);
            }
            value = args[++i];
          }
          switch (a) {
            case "--input" -> input = value;
            case "--output" -> output = value;
            case "--package" -> pkg = value;
            case "--conventions" -> conventions = value;
            case "--compare" -> compare = value;
            case "--format" -> format = value;
            default -> client = value;
          }
        }
        default -> {
          return usage(err, "unknown argument: " + args[i]);
        }
      }
    }
    if (compare == null && (input == null || output == null || pkg == null)) {
      return usage(err, "--input, --output and --package are required");
    }
    if (compare != null && input == null) {
      return usage(err, "--compare needs --input (the new spec)");
    }
    if (!format.equals("markdown") && !format.equals("json")) {
      return usage(err, "--format must be markdown or json, not '" + format + "'");
    }
    if (failOnBreaking && compare == null) {
      return usage(err, "--fail-on-breaking needs --compare OLD_SPEC");
    }
    if (compare != null && !Files.isRegularFile(Path.of(compare))) {
      err.println("ERROR --compare " + compare + ": no such file; give the old spec's path");
      return 1;
    }
    GeneratorOptions options =
        GeneratorOptions.builder()
            .input(Path.of(input))
            .outputDirectory(Path.of(output == null ? "." : output))
            .basePackage(pkg == null ? REPORT_PACKAGE : pkg)
            .clientName(client)
            .generateServices(services)
            .conventions(conventions)
            .strict(strict)
            .shareNestedShapes(shareNested)
            .build();
    try {
      int status = 0;
      if (compare != null) {
        ApiSnapshot before;
        try {
          before = ApiSnapshot.read(Path.of(compare), options, null);
        } catch (GenerationFailedException e) {
          err.println("specpoet: the old spec (--compare " + compare + ") cannot be read:");
          err.println(e.getMessage());
          return 1;
        }
        ChangeReport report =
            ApiComparator.compare(before, ApiSnapshot.read(options.input(), options, null));
        out.print(
            format.equals("json") ? ReportFormats.json(report) : ReportFormats.markdown(report));
        if (failOnBreaking && report.hasBreakingChanges()) {
          err.println(
              "specpoet: " + ReportFormats.counts(report) + ": failing (--fail-on-breaking)");
          status = BREAKING;
        }
      }
      if (output != null) {
        GenerationResult result = new SpecPoetGenerator().generate(options);
        for (Diagnostic w : result.warnings()) {
          err.println(w.format());
        }
        (compare == null ? out : err).println(result.summary());
      }
      return status;
    } catch (GenerationFailedException e) {
      err.println(e.getMessage());
      return 1;
    } catch (UncheckedIOException | IllegalArgumentException e) {
      // the output directory cannot be used (a file-system root, a file, someone else's folder ...)
      err.println("ERROR " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      // never a stack trace: generate() reports its own failures as diagnostics, so this is a bug
      err.println(
          "ERROR internal error, please report it with the spec (SpecPoet "
              + SpecPoetGenerator.version()
              + "): "
              + e);
      return 1;
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("specpoet: " + problem);
    err.println(USAGE);
    return 2;
  }
}
