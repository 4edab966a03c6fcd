package dev.specpoet.maven;

import dev.specpoet.generator.GenerationResult;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.changes.ChangeReport;
import dev.specpoet.generator.model.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Generates Java client sources (models, params, services, client) from an OpenAPI 3.0/3.1 document
 * and adds the output directory to the project's compile source roots.
 *
 * <p>The goal does no work when nothing changed since its last successful run: every option, the
 * generator's version, and the size and time (else the CRC-32) of every spec file the generator
 * read and of every file it wrote are compared with what the last run recorded under {@code
 * target/specpoet/}.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {

  /**
   * The OpenAPI document to generate from (JSON or YAML, 3.0 or 3.1). Relative {@code $ref}s are
   * resolved against it. Set either this or {@code inputResource}, not both.
   */
  @Parameter private File inputSpec;

  /**
   * The OpenAPI document as a resource inside one of the project's dependencies or of this plugin's
   * own dependencies, e.g. {@code ai-gateway.yaml} from the {@code ai-gateway-spec} jar. The
   * resource and the {@code .yaml}/{@code .yml}/{@code .json} files in its folder (and below) are
   * copied to a folder named after the execution id under {@code target/specpoet/input/}, so
   * relative {@code $ref}s keep working, and generation reads that copy. Set either this or {@code
   * inputSpec}, not both.
   */
  @Parameter private String inputResource;

  /**
   * Where the sources are written. The directory belongs to the generator: each run replaces its
   * whole content (atomically: a failed run leaves the previous output intact), so it must not be a
   * folder that holds anything else. It is added to the project's compile source roots.
   */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-sources/specpoet",
      required = true)
  private File outputDirectory;

  /**
   * The Java package of the generated code, e.g. {@code com.example.petstore}. Models go to its
   * {@code models} sub-package, services to its {@code services} sub-package, the client to the
   * package itself.
   */
  @Parameter(required = true)
  private String basePackage;

  /**
   * The client's name without the {@code Client} suffix: {@code AiGateway} gives {@code
   * AiGatewayClient} and {@code AiGatewayClientAsync}. When not set, it is derived from the spec's
   * {@code info.title}.
   */
  @Parameter private String clientName;

  /**
   * Whether to generate params, services, pages and the client ({@code true}), or only the types of
   * the schemas ({@code false}).
   */
  @Parameter(defaultValue = "true")
  private boolean generateServices;

  /**
   * How the spec's API conventions are read: {@code auto} (Cloudflare's {@code x-fern} groups,
   * result envelope and {@code result_info} pages where the spec has those shapes, generic rules
   * elsewhere), {@code cloudflare} or {@code generic} (tags and operationIds, bodies returned
   * whole).
   */
  @Parameter(property = "specpoet.conventions", defaultValue = "auto")
  private String conventions;

  /**
   * Whether the defects the generator repairs in a spec (a path variable without a parameter, a
   * duplicate operationId, a {@code $ref} to a missing schema ...; each is a warning that says what
   * was done) fail the build instead: for the owners of an API who keep their spec clean.
   */
  @Parameter(property = "specpoet.strict", defaultValue = "false")
  private boolean strict;

  /**
   * Whether identical inline objects share one class where they are nested too (a property's value,
   * a list's items, a map's values), not only top-level ones: far less code for a fully
   * dereferenced spec; the shared class keeps the name and place of the first one.
   */
  @Parameter(property = "specpoet.shareNestedShapes", defaultValue = "false")
  private boolean shareNestedShapes;

  /**
   * Skips generation. The output directory is still added to the compile source roots, so sources
   * generated earlier keep compiling.
   */
  @Parameter(property = "specpoet.skip", defaultValue = "false")
  private boolean skip;

  /** Generates even when the up-to-date check finds nothing changed. */
  @Parameter(property = "specpoet.force", defaultValue = "false")
  private boolean force;

  /**
   * The spec the change report compares the current one with: a file (e.g. the spec of the last
   * release), a spec artifact as {@code groupId:artifactId:version} (e.g. {@code
   * dev.specpoet:ai-gateway-spec:1.2.0}, resolved from the project's repositories), or {@code
   * groupId:artifactId}, whose version is then {@code releasedVersion} (nothing is compared while
   * that is empty: nothing was released yet). Without a baseline, every regenerating build reports
   * what changed since the spec of the last generation. The report is written to {@code
   * target/specpoet/<execution id>-changes.md} and {@code .json}.
   */
  @Parameter(property = "specpoet.baseline")
  private String baseline;

  /**
   * The spec inside the {@code baseline} artifact; by default {@code inputResource}, else the file
   * name of {@code inputSpec}.
   */
  @Parameter private String baselineResource;

  /**
   * The version released from the {@code baseline} spec, e.g. {@code 1.2.0}. With it the goal
   * computes the next version (major for a breaking change, minor for additions, patch otherwise),
   * logs it and writes it to {@code target/specpoet/<execution id>-next-version.txt}.
   */
  @Parameter(property = "specpoet.releasedVersion")
  private String releasedVersion;

  /**
   * Fails the build, before any source is written, when the change report holds a change that
   * breaks users: Java code written against the previous sources (source, binary or at run time) or
   * old clients on the wire.
   */
  @Parameter(property = "specpoet.failOnBreakingChanges", defaultValue = "false")
  private boolean failOnBreakingChanges;

  /**
   * A Markdown changelog ({@code CHANGELOG.md}) to write the next version's release notes into: the
   * changes since {@code baseline} (which then needs {@code releasedVersion}), or, with no release
   * yet, a first-release entry for the project's version. An entry of the same version is replaced.
   */
  @Parameter(property = "specpoet.changelog")
  private File changelog;

  @Component private RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
  private RepositorySystemSession repositorySession;

  @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
  private List<RemoteRepository> remoteRepositories;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor pluginDescriptor;

  /** The plugin's own folder for its state and copied inputs. */
  @Parameter(defaultValue = "${project.build.directory}/specpoet", readonly = true, required = true)
  private File stateDirectory;

  @Component private BuildContext buildContext;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    long start = System.nanoTime();
    Path output = outputDirectory.toPath().toAbsolutePath().normalize();
    // first, and also when skipping: sources generated earlier must keep compiling
    project.addCompileSourceRoot(output.toString());

    if (skip) {
      getLog()
          .info(
              "specpoet: skipping generation (specpoet.skip); "
                  + output
                  + " is still a source root");
      return;
    }
    Path stateDir = stateDirectory.toPath().toAbsolutePath().normalize();
    ConfigurationCheck.check(
        basePackage, clientName, inputSpec, inputResource, project, output, stateDir);

    String executionId =
        safeName(mojoExecution == null ? "default" : mojoExecution.getExecutionId());
    OutputClaims.claim(project, output, executionId);
    SpecResolver specs =
        new SpecResolver(
            project,
            pluginDescriptor,
            repositorySystem,
            repositorySession,
            remoteRepositories,
            getLog());
    Path input =
        specs.input(inputSpec, inputResource, stateDir.resolve("input").resolve(executionId));
    ChangeReporting.Before before =
        specs.baseline(
            baseline,
            baselineResource,
            releasedVersion(),
            inputSpec,
            inputResource,
            stateDir.resolve("baseline").resolve(executionId));
    long inputReady = System.nanoTime();

    GeneratorOptions options =
        GeneratorOptions.builder()
            .input(input)
            .outputDirectory(output)
            .basePackage(basePackage)
            .clientName(clientName)
            .generateServices(generateServices)
            .conventions(conventions)
            .strict(strict)
            .shareNestedShapes(shareNestedShapes)
            .build();
    // kept as text in the state file, so that the log can say which line changed
    String key =
        "input="
            + input
            + "\noutput="
            + output
            + "\ngenerator="
            + GeneratorIdentity.get(stateDir.resolve("generator.identity"))
            + "\n"
            + options.fingerprint()
            + "baseline="
            + (before == null ? "" : before.spec())
            + "\nreleasedVersion="
            + Objects.toString(releasedVersion, "")
            + "\nfailOnBreakingChanges="
            + failOnBreakingChanges
            + "\nchangelog="
            + Objects.toString(changelog, "")
            + "\n";
    long keyReady = System.nanoTime();
    Path stateFile = stateDir.resolve(executionId + ".state");
    UpToDateCheck upToDate = new UpToDateCheck(getLog(), stateFile, key, output);
    if (!force && upToDate.upToDate(start, inputReady, keyReady)) {
      return;
    }

    Path lastGeneration = stateDir.resolve(executionId + ".last");
    ChangeReportStep changes = new ChangeReportStep(getLog(), options, stateDir, executionId);
    ChangeReport report = changes.report(before, lastGeneration, baseline, failOnBreakingChanges);

    GenerationResult result = GenerationStep.generate(options);
    for (Diagnostic warning : new LinkedHashSet<>(result.warnings())) {
      getLog().warn("specpoet: " + warning.format());
    }
    List<Path> inputs = GenerationStep.inputFiles(result, input);
    changes.releaseNotes(
        before, report, baseline, releasedVersion(), changelog, project.getVersion());
    try {
      LastGeneration.record(inputs, input, lastGeneration);
    } catch (IOException e) {
      getLog().warn("specpoet: could not keep a copy of the spec for the next change report: " + e);
    }
    if (before != null) {
      inputs.add(before.spec()); // a new baseline regenerates, so the report stays current
    }
    upToDate.record(inputs, result.filesWritten());
    if (buildContext != null) {
      buildContext.refresh(output.toFile());
    }
    getLog().info("specpoet: " + result.summary() + " (" + millis(start) + " ms)");
  }

  /** {@code releasedVersion}, else the version of a {@code baseline} artifact; null when none. */
  private String releasedVersion() {
    if (releasedVersion != null && !releasedVersion.isBlank()) {
      return releasedVersion.strip();
    }
    Optional<Baseline> b = Baseline.parse(baseline);
    return b.isPresent() && b.get().isArtifact() ? b.get().version() : null;
  }

  private static String safeName(String executionId) {
    String id = executionId == null || executionId.isBlank() ? "default" : executionId;
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
