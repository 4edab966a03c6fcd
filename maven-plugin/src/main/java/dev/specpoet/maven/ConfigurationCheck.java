package dev.specpoet.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Checks the goal's configuration before anything is read or written: the package and client names
 * are Java names, exactly one spec input is set, and the output directory is a folder of the
 * generator's own (the generator replaces it as a whole).
 */
final class ConfigurationCheck {
  private static final Pattern JAVA_PACKAGE =
      Pattern.compile(
          "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
  private static final Pattern JAVA_IDENTIFIER =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

  private ConfigurationCheck() {}

  static void check(
      String basePackage,
      String clientName,
      File inputSpec,
      String inputResource,
      MavenProject project,
      Path output,
      Path stateDir)
      throws MojoExecutionException {
    if (basePackage == null || !JAVA_PACKAGE.matcher(basePackage).matches()) {
      throw new MojoExecutionException(
          "specpoet: <basePackage> '"
              + basePackage
              + "' is not a Java package name; set it to something like com.example.petstore");
    }
    if (clientName != null
        && !clientName.isBlank()
        && !JAVA_IDENTIFIER.matcher(clientName).matches()) {
      throw new MojoExecutionException(
          "specpoet: <clientName> '"
              + clientName
              + "' is not a Java identifier; set it to something like PetStore (it gives PetStoreClient)");
    }
    boolean hasSpec = inputSpec != null;
    boolean hasResource = inputResource != null && !inputResource.isBlank();
    if (hasSpec == hasResource) {
      throw new MojoExecutionException(
          "specpoet: set exactly one of <inputSpec> (a file) and <inputResource>"
              + " (a resource in a dependency, e.g. ai-gateway.yaml)"
              + (hasSpec ? "; both are set" : "; neither is set"));
    }
    // the generator replaces the whole output directory: refuse folders that hold anything of the
    // user's
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    if (basedir.startsWith(output)) {
      throw new MojoExecutionException(
          "specpoet: <outputDirectory> "
              + output
              + " contains the project itself;"
              + " the generator replaces the whole output directory, so point it at a folder of its own, e.g."
              + " ${project.build.directory}/generated-sources/specpoet");
    }
    if (stateDir.startsWith(output) || output.startsWith(stateDir)) {
      throw new MojoExecutionException(
          "specpoet: <outputDirectory> "
              + output
              + " overlaps the plugin's state folder "
              + stateDir
              + "; choose another folder");
    }
    List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
    roots.addAll(project.getTestCompileSourceRoots());
    for (String root : roots) {
      Path r = Path.of(root).toAbsolutePath().normalize();
      if (!r.equals(output) && r.startsWith(output)) {
        throw new MojoExecutionException(
            "specpoet: <outputDirectory> "
                + output
                + " contains the source folder "
                + r
                + "; the generator replaces the whole output directory, so give it a folder of its own");
      }
    }
  }
}
