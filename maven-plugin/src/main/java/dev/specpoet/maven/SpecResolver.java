package dev.specpoet.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Finds the specs the goal reads: the one to generate from ({@code inputSpec}, or {@code
 * inputResource} in a dependency of the project or of the plugin) and the baseline the change
 * report compares it with (a file, or a spec artifact resolved from the project's repositories).
 * Specs inside artifacts are copied into the plugin's folder first, with the spec files beside
 * them.
 */
final class SpecResolver {
  private final MavenProject project;
  private final PluginDescriptor pluginDescriptor;
  private final RepositorySystem repositorySystem;
  private final RepositorySystemSession repositorySession;
  private final List<RemoteRepository> remoteRepositories;
  private final Log log;

  SpecResolver(
      MavenProject project,
      PluginDescriptor pluginDescriptor,
      RepositorySystem repositorySystem,
      RepositorySystemSession repositorySession,
      List<RemoteRepository> remoteRepositories,
      Log log) {
    this.project = project;
    this.pluginDescriptor = pluginDescriptor;
    this.repositorySystem = repositorySystem;
    this.repositorySession = repositorySession;
    this.remoteRepositories = remoteRepositories;
    this.log = log;
  }

  /**
   * The spec to generate from: {@code inputSpec}, else {@code inputResource} copied to {@code
   * copyTarget}.
   */
  Path input(File inputSpec, String inputResource, Path copyTarget) throws MojoExecutionException {
    if (inputSpec != null) {
      Path spec = inputSpec.toPath().toAbsolutePath().normalize();
      if (!Files.isRegularFile(spec)) {
        throw new MojoExecutionException(
            "specpoet: <inputSpec> " + spec + " does not exist or is not a file");
      }
      return spec;
    }
    String resource;
    try {
      resource = InputResources.normalize(inputResource);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("specpoet: " + e.getMessage());
    }
    List<InputResources.Candidate> candidates = new ArrayList<>();
    for (Artifact a : project.getArtifacts()) {
      if (a.getFile() != null) {
        candidates.add(new InputResources.Candidate(a.getId(), a.getFile().toPath()));
      }
    }
    if (pluginDescriptor != null && pluginDescriptor.getArtifacts() != null) {
      for (Artifact a : pluginDescriptor.getArtifacts()) {
        if (a.getFile() != null) {
          candidates.add(
              new InputResources.Candidate(
                  a.getId() + " (plugin dependency)", a.getFile().toPath()));
        }
      }
    }
    try {
      Optional<InputResources.Candidate> found = InputResources.find(resource, candidates);
      if (found.isEmpty()) {
        throw new MojoExecutionException(
            "specpoet: <inputResource> "
                + resource
                + " was not found in the project's"
                + " compile dependencies nor in the plugin's <dependencies> ("
                + candidates.size()
                + " searched). Add the artifact that holds it, e.g. dev.specpoet:ai-gateway-spec, as a dependency of"
                + " the plugin or of the project.");
      }
      log.debug("specpoet: reading " + resource + " from " + found.get().name());
      return InputResources.extract(resource, found.get(), copyTarget);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "specpoet: could not copy <inputResource> "
              + resource
              + " to "
              + copyTarget
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The {@code baseline} spec, copied out of its artifact to {@code copyTarget} when it is one;
   * null when there is none. {@code releasedVersion} is the version of an artifact given without
   * one (null: nothing was released yet); the spec inside it is {@code baselineResource}, else
   * {@code inputResource}, else the file name of {@code inputSpec}.
   */
  ChangeReporting.Before baseline(
      String baseline,
      String baselineResource,
      String releasedVersion,
      File inputSpec,
      String inputResource,
      Path copyTarget)
      throws MojoExecutionException {
    Optional<Baseline> parsed = Baseline.parse(baseline);
    if (parsed.isEmpty()) {
      return null;
    }
    Baseline b = parsed.get();
    if (!b.isArtifact()) {
      Path file = project.getBasedir().toPath().resolve(b.file()).toAbsolutePath().normalize();
      if (!Files.isRegularFile(file)) {
        throw new MojoExecutionException(
            "specpoet: <baseline> "
                + file
                + " does not exist; give the old spec's file, or a spec artifact as"
                + " groupId:artifactId:version");
      }
      return new ChangeReporting.Before(file, "");
    }
    String version = b.version() != null ? b.version() : releasedVersion;
    if (version == null) {
      log.debug(
          "specpoet: <baseline> "
              + baseline
              + " has no version and <releasedVersion> is empty (nothing released yet)");
      return null;
    }
    String coordinates = b.coordinates(version);
    File jar;
    try {
      jar =
          repositorySystem
              .resolveArtifact(
                  repositorySession,
                  new ArtifactRequest(
                      new DefaultArtifact(b.groupId(), b.artifactId(), "jar", version),
                      remoteRepositories,
                      null))
              .getArtifact()
              .getFile();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException(
          "specpoet: <baseline> "
              + coordinates
              + " cannot be resolved from the project's repositories ("
              + e.getMessage()
              + "); check the version, or give the old spec as a file");
    }
    String resource =
        baselineResource != null && !baselineResource.isBlank()
            ? baselineResource
            : inputResource != null && !inputResource.isBlank()
                ? inputResource
                : inputSpec.getName();
    try {
      String name = InputResources.normalize(resource);
      InputResources.Candidate candidate = new InputResources.Candidate(coordinates, jar.toPath());
      if (InputResources.find(name, List.of(candidate)).isEmpty()) {
        throw new MojoExecutionException(
            "specpoet: <baseline> "
                + coordinates
                + " holds no "
                + name
                + "; set <baselineResource> to the spec's path inside it");
      }
      return new ChangeReporting.Before(
          InputResources.extract(name, candidate, copyTarget), coordinates + " ");
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("specpoet: <baselineResource> " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "specpoet: could not read <baseline> " + coordinates + ": " + e.getMessage(), e);
    }
  }
}
