package dev.specpoet.maven;

import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GenerationResult;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.SpecPoetGenerator;
import dev.specpoet.generator.model.Diagnostic;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Runs the generator for the goal and turns what goes wrong into a build failure that lists every
 * diagnostic once with its file and JSON pointer (a broken spec), or names the output directory (it
 * cannot be written) or the bug (anything else).
 */
final class GenerationStep {
  private GenerationStep() {}

  static GenerationResult generate(GeneratorOptions options)
      throws MojoFailureException, MojoExecutionException {
    try {
      return new SpecPoetGenerator().generate(options);
    } catch (GenerationFailedException e) {
      // no cause: Maven would print its message too, and every diagnostic must be listed once
      throw new MojoFailureException(failureMessage(options.input(), e.diagnostics()));
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException(
          "specpoet: could not write the sources to "
              + options.outputDirectory()
              + ": "
              + e.getCause().getMessage(),
          e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(
          "specpoet: the generator failed on "
              + options.input()
              + ": "
              + e
              + ". This is a bug in SpecPoet; please report it with the spec that causes it.",
          e);
    }
  }

  /** One line per distinct diagnostic, errors first, each with its file and JSON pointer. */
  static String failureMessage(Path input, List<Diagnostic> diagnostics) {
    Set<String> errors = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (Diagnostic d : diagnostics) {
      (d.severity() == Diagnostic.Severity.ERROR ? errors : others).add(d.format());
    }
    StringBuilder message =
        new StringBuilder()
            .append("specpoet: ")
            .append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors")
            .append(" in ")
            .append(input)
            .append(" (nothing was generated; the previous output is unchanged):");
    for (String line : errors) {
      message.append("\n  ").append(line);
    }
    for (String line : others) {
      message.append("\n  ").append(line);
    }
    return message.toString();
  }

  /** The spec files the run read, the root document always among them. */
  static List<Path> inputFiles(GenerationResult result, Path input) {
    List<Path> files = new ArrayList<>(result.inputFiles());
    Path root = input.toAbsolutePath().normalize();
    if (files.stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(root))) {
      files.add(root); // the root document always counts, even if the generator did not list it
    }
    return files;
  }
}
