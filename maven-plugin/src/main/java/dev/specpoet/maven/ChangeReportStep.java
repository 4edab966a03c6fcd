package dev.specpoet.maven;

import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.changes.ChangeReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The change report and release notes of one regenerating run, with what the build log says about
 * them: the report against the baseline (else the last generation) written under {@code
 * target/specpoet/}, the build failed on breaking changes when asked to, and the next version and
 * its changelog entry. {@link ChangeReporting} computes and formats; this class decides and logs.
 */
final class ChangeReportStep {
  private final Log log;
  private final GeneratorOptions options;
  private final Path stateDir;
  private final String executionId;

  ChangeReportStep(Log log, GeneratorOptions options, Path stateDir, String executionId) {
    this.log = log;
    this.options = options;
    this.stateDir = stateDir;
    this.executionId = executionId;
  }

  /**
   * The change report against {@code baselineSpec}, else against the last generation; null when
   * there is neither. Logs its summary, writes it under {@code target/specpoet/}, and fails the
   * build when {@code failOnBreakingChanges} and something breaks. {@code baseline} is the
   * parameter as configured, for messages.
   */
  ChangeReport report(
      ChangeReporting.Before baselineSpec,
      Path lastGeneration,
      String baseline,
      boolean failOnBreakingChanges)
      throws MojoFailureException, MojoExecutionException {
    ChangeReporting.Before before = baselineSpec;
    try {
      if (before == null) {
        Optional<Path> last = LastGeneration.root(lastGeneration);
        if (last.isEmpty()) {
          log.info(
              "specpoet: no earlier generation recorded; from the next regenerating build on,"
                  + " the API changes are reported");
          return null;
        }
        before = new ChangeReporting.Before(last.get(), "last generation: ");
      }
    } catch (IOException e) {
      log.warn("specpoet: could not read the last generation's spec (" + e + "); no report");
      return null;
    }
    ChangeReport report;
    try {
      report = ChangeReporting.compare(before, options);
    } catch (GenerationFailedException e) {
      throw new MojoFailureException(
          GenerationStep.failureMessage(options.input(), e.diagnostics()));
    } catch (ChangeReporting.BadBaselineException e) {
      if (baselineSpec == null) {
        log.warn("specpoet: the last generation's spec cannot be read any more; no report");
        return null;
      }
      throw new MojoExecutionException(
          "specpoet: <baseline> " + baseline + " cannot be read:\n" + e.getMessage());
    } catch (RuntimeException e) {
      log.warn("specpoet: the change report failed (" + e + "); this is a bug in SpecPoet");
      return null;
    }
    Path markdown;
    try {
      markdown = ChangeReporting.write(report, stateDir, executionId);
    } catch (IOException e) {
      throw new MojoExecutionException("specpoet: could not write the change report: " + e, e);
    }
    for (String line : ChangeReporting.logLines(report)) {
      if (report.hasBreakingChanges()) {
        log.warn("specpoet: " + line);
      } else {
        log.info("specpoet: " + line);
      }
    }
    if (!report.isEmpty()) {
      log.info("specpoet: full report: " + markdown);
    }
    if (failOnBreakingChanges && report.hasBreakingChanges()) {
      throw new MojoFailureException(
          ChangeReporting.failure(report, markdown, baselineSpec != null));
    }
    return report;
  }

  /**
   * With {@code released} (the version released from the baseline) or {@code changelog}: the next
   * version (logged and written to {@code <id>-next-version.txt}) and its release notes. With no
   * baseline ({@code before} null) that is a first release of {@code projectVersion}.
   */
  void releaseNotes(
      ChangeReporting.Before before,
      ChangeReport report,
      String baseline,
      String released,
      File changelog,
      String projectVersion)
      throws MojoExecutionException {
    boolean first = before == null;
    if (first && released != null && Baseline.parse(baseline).isEmpty()) {
      log.warn(
          "specpoet: <releasedVersion> "
              + released
              + " is set but <baseline> is not: there is no released spec to compare with");
    }
    if (changelog == null && (first || released == null)) {
      return;
    }
    if (!first && released == null) {
      throw new MojoExecutionException(
          "specpoet: <changelog> needs <releasedVersion>, the version released from <baseline> "
              + baseline
              + ", to compute the next version");
    }
    String next;
    try {
      next =
          ChangeReporting.releaseNotes(
              changelog == null ? null : changelog.toPath(),
              first ? null : report,
              released,
              projectVersion.replace("-SNAPSHOT", ""),
              options);
      Files.writeString(stateDir.resolve(executionId + "-next-version.txt"), next + "\n");
    } catch (IOException e) {
      throw new MojoExecutionException("specpoet: could not write the release notes: " + e, e);
    } catch (GenerationFailedException | IllegalArgumentException e) {
      throw new MojoExecutionException("specpoet: " + e.getMessage(), e);
    }
    log.info(
        "specpoet: next version: "
            + next
            + (first
                ? " (first release)"
                : " (" + report.bump().label() + " release after " + released + ")")
            + (changelog == null
                ? ""
                : "; release notes written to " + changelog.toPath().toAbsolutePath().normalize()));
  }
}
