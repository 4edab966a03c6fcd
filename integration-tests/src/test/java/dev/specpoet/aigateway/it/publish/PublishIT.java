package dev.specpoet.aigateway.it.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Publishing as a user of the artifacts sees it: {@code mvn deploy
 * -DaltDeploymentRepository=publish-test::file:///...} on this repository puts the parent pom, the
 * spec, the runtime, the generator, the plugin and the client (each with its sources and javadoc
 * jars) into a file repository; then a project outside the reactor, with an empty local repository
 * and no other source of {@code dev.specpoet} artifacts, generates code with the published plugin,
 * compiles it against the published client and runtime, and runs its tests.
 */
class PublishIT {
  private static final Path ROOT =
      Path.of(System.getProperty("specpoet.root", "..")).toAbsolutePath().normalize();
  private static final Path WORK =
      Path.of(System.getProperty("specpoet.publish.dir", "target/publish")).toAbsolutePath();
  private static final String VERSION = System.getProperty("specpoet.version", "0.1.0-SNAPSHOT");
  private static final Path USER_REPO =
      Path.of(
          System.getProperty(
              "specpoet.userRepository", System.getProperty("user.home") + "/.m2/repository"));

  /** Published artifact: its id, and whether it carries code (a jar with sources and javadoc). */
  private record Published(String artifactId, boolean jar) {}

  private static final List<Published> PUBLISHED =
      List.of(
          new Published("specpoet-parent", false),
          new Published("ai-gateway-spec", true),
          new Published("specpoet-runtime", true),
          new Published("specpoet-generator", true),
          new Published("specpoet-maven-plugin", true),
          new Published("ai-gateway-client", true));

  @Test
  void deployedArtifactsBuildAConsumerOnTheirOwn() throws Exception {
    deleteTree(WORK);
    Files.createDirectories(WORK);
    Path repo = WORK.resolve("repository");

    // 1. mvn deploy to a file repository given on the command line
    List<String> deploy = new ArrayList<>(mvn());
    deploy.addAll(
        List.of(
            "deploy",
            "-DskipTests",
            "-Dspecpoet.corpus.skip",
            "-DaltDeploymentRepository=publish-test::" + repo.toUri(),
            // deploy's install phase would put this build's snapshots into the user's repository
            "-Dmaven.install.skip=true",
            "-Dmaven.repo.local=" + USER_REPO,
            "-pl",
            String.join(",", PUBLISHED.stream().map(p -> ":" + p.artifactId()).toList())));
    run(deploy, ROOT, WORK.resolve("deploy.log"));

    for (Published p : PUBLISHED) {
      Path dir = repo.resolve("dev/specpoet/" + p.artifactId() + "/" + VERSION);
      List<String> files = list(dir);
      assertTrue(files.stream().anyMatch(f -> f.endsWith(".pom")), p + ": no pom in " + files);
      if (p.jar()) {
        for (String suffix : List.of("-sources.jar", "-javadoc.jar")) {
          assertTrue(
              files.stream().anyMatch(f -> f.endsWith(suffix)),
              p + ": no " + suffix + " in " + files);
        }
        assertTrue(
            files.stream().anyMatch(f -> f.matches(".*-\\d{8}\\.\\d{6}-\\d+\\.jar")),
            p + ": no main jar in " + files);
      }
    }

    // 2. a consumer project with an empty local repository, reading dev.specpoet from there only
    Path consumer = WORK.resolve("consumer");
    copyTree(Path.of("src/test/publish/consumer"), consumer);
    Path pom = consumer.resolve("pom.xml");
    Files.writeString(
        pom,
        Files.readString(pom)
            .replace("@SPECPOET_VERSION@", VERSION)
            .replace("@JUNIT_VERSION@", System.getProperty("specpoet.junit.version", "5.14.4"))
            .replace(
                "@RESOURCES_VERSION@", System.getProperty("specpoet.resources.version", "3.3.1"))
            .replace(
                "@COMPILER_VERSION@", System.getProperty("specpoet.compiler.version", "3.14.1"))
            .replace(
                "@SUREFIRE_VERSION@", System.getProperty("specpoet.surefire.version", "3.5.4")));
    Path settings = WORK.resolve("settings.xml");
    Files.writeString(
        settings,
        Files.readString(Path.of("src/test/publish/settings.xml"))
            .replace("@PUBLISH_REPO@", repo.toUri().toString())
            .replace("@USER_REPO@", USER_REPO.toUri().toString()));
    Path consumerRepo = WORK.resolve("consumer-repository");
    List<String> build = new ArrayList<>(mvn());
    build.addAll(List.of("test", "-s", settings.toString(), "-Dmaven.repo.local=" + consumerRepo));
    String log = run(build, consumer, WORK.resolve("consumer.log"));

    assertTrue(
        log.contains("specpoet: Generated "), "the published plugin did not generate:\n" + log);
    assertTrue(log.contains("Tests run: 2, Failures: 0, Errors: 0"), log);
    // every dev.specpoet artifact the consumer has came from the file repository
    for (String id :
        List.of(
            "specpoet-maven-plugin",
            "specpoet-generator",
            "ai-gateway-client",
            "specpoet-runtime",
            "specpoet-parent")) {
      Path dir = consumerRepo.resolve("dev/specpoet/" + id + "/" + VERSION);
      assertTrue(
          Files.isRegularFile(dir.resolve("maven-metadata-publish-test.xml")),
          id + " was not resolved from the deployed repository: " + list(dir));
    }
  }

  private static List<String> mvn() {
    String home = System.getProperty("maven.home");
    String mvn = home == null ? "mvn" : home + File.separator + "bin" + File.separator + "mvn";
    return new ArrayList<>(List.of(mvn, "-B", "-ntp"));
  }

  /**
   * Runs a command to its end (at most 15 minutes); returns its output, failing on a non-zero exit.
   */
  private static String run(List<String> command, Path dir, Path logFile) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile())
            .start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(
          String.join(" ", command) + " did not end in 15 minutes; see " + logFile);
    }
    String log = Files.readString(logFile, StandardCharsets.UTF_8);
    assertEquals(
        0,
        p.exitValue(),
        () -> String.join(" ", command) + " failed (log " + logFile + "):\n" + tail(log));
    return log;
  }

  private static String tail(String log) {
    List<String> lines = log.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static List<String> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path f : s.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
