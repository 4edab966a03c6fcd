package dev.specpoet.generator.cli;

import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GenerationResult;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.SpecPoetGenerator;
import dev.specpoet.generator.model.Diagnostic;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code java -jar specpoet-generator-cli.jar --input SPEC --output DIR --package PKG
 * [--client-name NAME] [--conventions auto|cloudflare|generic] [--no-services]}: prints a one-line
 * summary on success (exit 0), every diagnostic on failure (exit 1), the usage on bad arguments
 * (exit 2).
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
          "  --help               print this text");

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
    boolean services = true;
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
        case "--input", "--output", "--package", "--client-name", "--conventions" -> {
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
            default -> client = value;
          }
        }
        default -> {
          return usage(err, "unknown argument: " + args[i]);
        }
      }
    }
    if (input == null || output == null || pkg == null) {
      return usage(err, "--input, --output and --package are required");
    }
    GeneratorOptions options =
        GeneratorOptions.builder()
            .input(Path.of(input))
            .outputDirectory(Path.of(output))
            .basePackage(pkg)
            .clientName(client)
            .generateServices(services)
            .conventions(conventions)
            .build();
    try {
      GenerationResult result = new SpecPoetGenerator().generate(options);
      for (Diagnostic w : result.warnings()) {
        err.println(w.format());
      }
      out.println(result.summary());
      return 0;
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
