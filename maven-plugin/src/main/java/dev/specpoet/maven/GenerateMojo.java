package dev.specpoet.maven;

import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GenerationResult;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.SpecPoetGenerator;
import dev.specpoet.generator.changes.ChangeReport;
import dev.specpoet.generator.model.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.maven.artifact.Artifact;
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
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Generates Java client sources (models, params, services, client) from an OpenAPI 3.0/3.1 document
 * and adds the output directory to the project's compile source roots.
 *
 * <p>The goal does no work when nothing changed since its last successful run: the SHA-256 of every
 * spec file the generator read, every option and the generator's version are compared with what the
 * last run recorded under {@code target/specpoet/}.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends AbstractMojo {

  private static final String OUTPUT_CLAIMS = GenerateMojo.class.getName() + ".outputs";

  private static final Pattern JAVA_PACKAGE =
      Pattern.compile(
          "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");
  private static final Pattern JAVA_IDENTIFIER =
      Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");

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
    checkConfiguration(output, stateDir);

    String executionId =
        safeName(mojoExecution == null ? "default" : mojoExecution.getExecutionId());
    claimOutput(output, executionId);
    Path input = resolveInput(stateDir.resolve("input").resolve(executionId));
    ChangeReporting.Before before =
        resolveBaseline(stateDir.resolve("baseline").resolve(executionId));
    long inputReady = System.nanoTime();

    GeneratorOptions options =
        GeneratorOptions.builder()
            .input(input)
            .outputDirectory(output)
            .basePackage(basePackage)
            .clientName(clientName)
            .generateServices(generateServices)
            .conventions(conventions)
            .build();
    String key =
        Hashes.of(
            "input="
                + input
                + "\noutput="
                + output
                + "\ngenerator="
                + GeneratorIdentity.get()
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
                + "\n");
    long keyReady = System.nanoTime();
    Path stateFile = stateDir.resolve(executionId + ".state");

    try {
      if (!force) {
        Optional<BuildState> previous = BuildState.read(stateFile);
        Optional<String> reason =
            previous.isPresent()
                ? previous.get().staleReason(key, output)
                : Optional.of("no earlier run recorded");
        if (reason.isEmpty()) {
          getLog()
              .info(
                  "specpoet: "
                      + previous.get().generatedFiles()
                      + " files up to date, skipping generation ("
                      + millis(start)
                      + " ms)");
          getLog()
              .debug(
                  "specpoet: up-to-date check took "
                      + millis(start)
                      + " ms (input ready after "
                      + (inputReady - start) / 1_000_000
                      + " ms, generator identity and options "
                      + (keyReady - inputReady) / 1_000_000
                      + " ms, hashes and output listing compared in "
                      + millis(keyReady)
                      + " ms)");
          return;
        }
        getLog().debug("specpoet: generating because " + reason.get());
      }
    } catch (IOException e) {
      getLog().debug("specpoet: up-to-date check failed (" + e + "), generating");
    }

    Path lastGeneration = stateDir.resolve(executionId + ".last");
    ChangeReport report = report(before, lastGeneration, options, stateDir, executionId);

    GenerationResult result = generate(options);
    for (Diagnostic warning : new LinkedHashSet<>(result.warnings())) {
      getLog().warn("specpoet: " + warning.format());
    }
    List<Path> inputs = inputFilesOf(result, input);
    releaseNotes(before, report, options, stateDir, executionId);
    try {
      LastGeneration.record(inputs, input, lastGeneration);
    } catch (IOException e) {
      getLog().warn("specpoet: could not keep a copy of the spec for the next change report: " + e);
    }
    if (before != null) {
      inputs.add(before.spec()); // a new baseline regenerates, so the report stays current
    }
    try {
      BuildState.record(key, inputs, output, result.filesWritten()).write(stateFile);
    } catch (IOException e) {
      getLog()
          .warn(
              "specpoet: could not record the up-to-date state in "
                  + stateFile
                  + " ("
                  + e.getMessage()
                  + "); the next build will generate again");
    }
    if (buildContext != null) {
      buildContext.refresh(output.toFile());
    }
    getLog().info("specpoet: " + result.summary() + " (" + millis(start) + " ms)");
  }

  /**
   * The change report against the baseline, else against the last generation; null when there is
   * neither. Logs its summary, writes it under {@code target/specpoet/}, and fails the build when
   * {@code failOnBreakingChanges} and something breaks.
   */
  private ChangeReport report(
      ChangeReporting.Before baselineSpec,
      Path lastGeneration,
      GeneratorOptions options,
      Path stateDir,
      String executionId)
      throws MojoFailureException, MojoExecutionException {
    ChangeReporting.Before before = baselineSpec;
    try {
      if (before == null) {
        Optional<Path> last = LastGeneration.root(lastGeneration);
        if (last.isEmpty()) {
          getLog()
              .info(
                  "specpoet: no earlier generation recorded; from the next regenerating build on,"
                      + " the API changes are reported");
          return null;
        }
        before = new ChangeReporting.Before(last.get(), "last generation: ");
      }
    } catch (IOException e) {
      getLog().warn("specpoet: could not read the last generation's spec (" + e + "); no report");
      return null;
    }
    ChangeReport report;
    try {
      report = ChangeReporting.compare(before, options);
    } catch (GenerationFailedException e) {
      throw new MojoFailureException(failureMessage(options.input(), e.diagnostics()));
    } catch (ChangeReporting.BadBaselineException e) {
      if (baselineSpec == null) {
        getLog().warn("specpoet: the last generation's spec cannot be read any more; no report");
        return null;
      }
      throw new MojoExecutionException(
          "specpoet: <baseline> " + baseline + " cannot be read:\n" + e.getMessage());
    } catch (RuntimeException e) {
      getLog().warn("specpoet: the change report failed (" + e + "); this is a bug in SpecPoet");
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
        getLog().warn("specpoet: " + line);
      } else {
        getLog().info("specpoet: " + line);
      }
    }
    if (!report.isEmpty()) {
      getLog().info("specpoet: full report: " + markdown);
    }
    if (failOnBreakingChanges && report.hasBreakingChanges()) {
      throw new MojoFailureException(
          ChangeReporting.failure(report, markdown, baselineSpec != null));
    }
    return report;
  }

  /**
   * With {@code releasedVersion} or {@code changelog}: the next version (logged and written to
   * {@code <id>-next-version.txt}) and its release notes.
   */
  private void releaseNotes(
      ChangeReporting.Before before,
      ChangeReport report,
      GeneratorOptions options,
      Path stateDir,
      String executionId)
      throws MojoExecutionException {
    String released = releasedVersion();
    boolean first = before == null;
    if (first && released != null && Baseline.parse(baseline).isEmpty()) {
      getLog()
          .warn(
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
              project.getVersion().replace("-SNAPSHOT", ""),
              options);
      Files.writeString(stateDir.resolve(executionId + "-next-version.txt"), next + "\n");
    } catch (IOException e) {
      throw new MojoExecutionException("specpoet: could not write the release notes: " + e, e);
    } catch (GenerationFailedException | IllegalArgumentException e) {
      throw new MojoExecutionException("specpoet: " + e.getMessage(), e);
    }
    getLog()
        .info(
            "specpoet: next version: "
                + next
                + (first
                    ? " (first release)"
                    : " (" + report.bump().label() + " release after " + released + ")")
                + (changelog == null
                    ? ""
                    : "; release notes written to "
                        + changelog.toPath().toAbsolutePath().normalize()));
  }

  /** {@code releasedVersion}, else the version of a {@code baseline} artifact; null when none. */
  private String releasedVersion() {
    if (releasedVersion != null && !releasedVersion.isBlank()) {
      return releasedVersion.strip();
    }
    Optional<Baseline> b = Baseline.parse(baseline);
    return b.isPresent() && b.get().isArtifact() ? b.get().version() : null;
  }

  /** The baseline spec, copied out of its artifact when it is one; null when there is none. */
  private ChangeReporting.Before resolveBaseline(Path copyTarget) throws MojoExecutionException {
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
    String version = b.version() != null ? b.version() : releasedVersion();
    if (version == null) {
      getLog()
          .debug(
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

  private GenerationResult generate(GeneratorOptions options)
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

  private static List<Path> inputFilesOf(GenerationResult result, Path input) {
    List<Path> files = new ArrayList<>(result.inputFiles());
    Path root = input.toAbsolutePath().normalize();
    if (files.stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(root))) {
      files.add(root); // the root document always counts, even if the generator did not list it
    }
    return files;
  }

  private void checkConfiguration(Path output, Path stateDir) throws MojoExecutionException {
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

  /**
   * Two executions writing to one output directory would wipe each other's sources (the generator
   * replaces the directory as a whole) and regenerate on every build: refuse the second one.
   */
  private void claimOutput(Path output, String executionId) throws MojoExecutionException {
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

  private Path resolveInput(Path copyTarget) throws MojoExecutionException {
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
      getLog().debug("specpoet: reading " + resource + " from " + found.get().name());
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

  private static String safeName(String executionId) {
    String id = executionId == null || executionId.isBlank() ? "default" : executionId;
    return id.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
