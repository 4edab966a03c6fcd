package dev.specpoet.maven;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Which execution writes to which output directory, kept in the project's context for the length of
 * the build. Two executions writing to one output directory would wipe each other's sources (the
 * generator replaces the directory as a whole) and regenerate on every build: the second one is
 * refused.
 */
final class OutputClaims {
  private static final String OUTPUT_CLAIMS = GenerateMojo.class.getName() + ".outputs";

  private OutputClaims() {}

  /** Claims {@code output} for {@code executionId}; fails when another execution has it. */
  static void claim(MavenProject project, Path output, String executionId)
      throws MojoExecutionException {
    synchronized (project) {
      @SuppressWarnings("unchecked")
      Map<Path, String> claims = (Map<Path, String>) project.getContextValue(OUTPUT_CLAIMS);
      if (claims == null) {
        claims = new HashMap<>();
        project.setContextValue(OUTPUT_CLAIMS, claims);
      }
      String other = claim(claims, output, executionId);
      if (other != null) {
        throw new MojoExecutionException(
            "specpoet: executions '"
                + other
                + "' and '"
                + executionId
                + "' both write to "
                + output
                + "; the generator replaces its output directory as a whole, so give"
                + " each execution its own <outputDirectory>");
      }
    }
  }

  /**
   * Records that {@code executionId} writes to {@code output}; returns the other execution that
   * already does.
   */
  static String claim(Map<Path, String> claims, Path output, String executionId) {
    String previous = claims.putIfAbsent(output, executionId);
    return previous == null || previous.equals(executionId) ? null : previous;
  }
}
