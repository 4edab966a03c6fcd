package dev.specpoet.maven;

import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.changes.ApiComparator;
import dev.specpoet.generator.changes.ApiSnapshot;
import dev.specpoet.generator.changes.ChangeReport;
import dev.specpoet.generator.changes.Changelog;
import dev.specpoet.generator.changes.ReportFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The change report of one execution: where it is written, what the build log shows of it, and the
 * release notes and next version derived from it.
 */
final class ChangeReporting {
  /** How many changes the build log lists before pointing at the full report. */
  static final int LOG_LINES = 10;

  private ChangeReporting() {}

  /** The old spec and how the report names it. */
  record Before(Path spec, String label) {}

  /**
   * Compares {@code before} with the spec of {@code options}.
   *
   * @throws GenerationFailedException when the new spec has errors (the old one's are wrapped in
   *     {@link BadBaselineException})
   */
  static ChangeReport compare(Before before, GeneratorOptions options)
      throws GenerationFailedException, BadBaselineException {
    ApiSnapshot old;
    try {
      old = ApiSnapshot.read(before.spec(), options, null);
    } catch (GenerationFailedException e) {
      throw new BadBaselineException(e);
    }
    old = new ApiSnapshot(before.label() + old.label(), old.model(), old.names());
    ApiSnapshot now = ApiSnapshot.read(options.input(), options, null);
    return ApiComparator.compare(old, now);
  }

  /** The old spec could not be read. */
  static final class BadBaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    BadBaselineException(GenerationFailedException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** Writes {@code <id>-changes.md} and {@code <id>-changes.json}; returns the Markdown file. */
  static Path write(ChangeReport report, Path stateDir, String executionId) throws IOException {
    Files.createDirectories(stateDir);
    Path md = stateDir.resolve(executionId + "-changes.md");
    Files.writeString(md, ReportFormats.markdown(report), StandardCharsets.UTF_8);
    Files.writeString(
        stateDir.resolve(executionId + "-changes.json"),
        ReportFormats.json(report),
        StandardCharsets.UTF_8);
    return md;
  }

  /** The lines the build log shows: counts, then the first changes, breaking ones first. */
  static List<String> logLines(ChangeReport report) {
    return ReportFormats.summary(report, LOG_LINES);
  }

  /** The message of a build failed by {@code failOnBreakingChanges}. */
  static String failure(ChangeReport report, Path markdown, boolean againstBaseline) {
    StringBuilder sb =
        new StringBuilder("specpoet: the API change breaks users of the generated code (")
            .append(ReportFormats.counts(report))
            .append("); nothing was generated. Full report: ")
            .append(markdown);
    report.changes().stream()
        .filter(c -> c.breaking())
        .limit(LOG_LINES)
        .forEach(
            c ->
                sb.append("\n  ")
                    .append(c.subject())
                    .append(c.detail() == null ? "" : " (" + c.detail() + ")")
                    .append(": Java ")
                    .append(c.java().label())
                    .append(", wire ")
                    .append(c.wire().label()));
    sb.append(
        againstBaseline
            ? "\nTo release them anyway, build with -Dspecpoet.failOnBreakingChanges=false (the"
                + " next version is then a major one)."
            : "\nTo accept them, build once with -Dspecpoet.failOnBreakingChanges=false; later"
                + " builds compare with the new spec.");
    return sb.toString();
  }

  /**
   * The release notes: the entry of the next version in {@code changelog}, computed from {@code
   * report} and {@code released} (or, with no report, a first-release entry of {@code
   * firstVersion}). Returns the version written.
   */
  static String releaseNotes(
      Path changelog,
      ChangeReport report,
      String released,
      String firstVersion,
      GeneratorOptions options)
      throws IOException, GenerationFailedException {
    String version;
    String entry;
    if (report == null) {
      version = firstVersion;
      entry = Changelog.firstRelease(version, ApiSnapshot.read(options.input(), options, null));
    } else {
      version = report.bump().next(released);
      entry = Changelog.entry(version, released, report);
    }
    if (changelog != null) {
      Changelog.update(changelog, entry);
    }
    return version;
  }
}
