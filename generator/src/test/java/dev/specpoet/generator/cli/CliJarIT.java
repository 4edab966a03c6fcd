package dev.specpoet.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-contained jar at generator/target/specpoet-generator-cli.jar, run in a fresh JVM. */
class CliJarIT {
  @TempDir Path tmp;

  private record Run(int status, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("specpoet.cliJar", "target/specpoet-generator-cli.jar"));
    assertTrue(Files.isRegularFile(jar), "no CLI jar at " + jar);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("stdout.txt");
    Path err = tmp.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the CLI did not finish");
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void generatesFromTheCommandLine() throws Exception {
    Path output = tmp.resolve("src");
    Run r =
        java(
            "--input",
            "src/test/resources/golden/union-structural/spec.yaml",
            "--output",
            output.toString(),
            "--package",
            "com.example.cli");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("Generated "), r.out());
    assertEquals("", r.err(), "no logging noise");
    assertTrue(Files.exists(output.resolve("com/example/cli/models/Dlp.java")));
  }

  @Test
  void brokenSpecExitsWithOneAndBadUsageWithTwo() throws Exception {
    String place = "unresolvable-ref.yaml:10 #/components/schemas/Gateway/properties/owner";
    // a $ref to nothing is repaired (free-form JSON) with a warning at the $ref ...
    Run repaired =
        java(
            "--input",
            "src/test/resources/broken/unresolvable-ref.yaml",
            "--output",
            tmp.resolve("r").toString(),
            "--package",
            "a.b");
    assertEquals(0, repaired.status(), repaired.err());
    assertTrue(repaired.err().contains("WARNING " + place), repaired.err());
    // ... and is an error with --strict
    Run broken =
        java(
            "--input",
            "src/test/resources/broken/unresolvable-ref.yaml",
            "--output",
            tmp.resolve("o").toString(),
            "--package",
            "a.b",
            "--strict");
    assertEquals(1, broken.status(), broken.err());
    assertTrue(broken.err().contains(place), broken.err());
    Run usage = java("--package", "a.b");
    assertEquals(2, usage.status());
    assertTrue(usage.err().contains("Usage:"), usage.err());
  }
}
