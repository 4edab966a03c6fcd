package dev.specpoet.generator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void successPrintsOneSummaryLine() throws Exception {
    Path output = tmp.resolve("out");
    int status =
        run(
            "--input",
            "src/test/resources/golden/enums/spec.yaml",
            "--output",
            output.toString(),
            "--package",
            "com.example.cli",
            "--no-services");
    assertEquals(0, status, err.toString());
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.lines().count(), text);
    assertTrue(
        text.startsWith(
            "Generated 5 files (6 types, 0 operations) into " + output + ", 0 warnings"),
        text);
    assertTrue(Files.exists(output.resolve("com/example/cli/models/Status.java")));
  }

  @Test
  void degradedConstructsAreCountedAndPrintedAsWarnings() {
    int status =
        run(
            "--input",
            "src/test/resources/degraded/unsupported-31.yaml",
            "--output",
            tmp.resolve("o").toString(),
            "--package",
            "com.example.cli",
            "--no-services");
    assertEquals(0, status, err.toString());
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains(", 10 warnings"), summary);
    String warnings = err.toString(StandardCharsets.UTF_8) + summary;
    assertTrue(
        warnings.contains(
            "WARNING unsupported-31.yaml:12 #/components/schemas/Thing/properties/notString/not: "),
        warnings);
  }

  @Test
  void failurePrintsTheDiagnosticsAndExitsWithOne() {
    int status =
        run(
            "--input=src/test/resources/broken/duplicate-operation-id.yaml",
            "--output=" + tmp.resolve("o"),
            "--package=a.b",
            "--strict");
    assertEquals(1, status);
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        text.contains(
            "ERROR duplicate-operation-id.yaml:9 #/paths/~1b/get: duplicate operationId 'list'"),
        text);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void conventionsAreChosenByName() {
    String[] common = {
      "--input=src/test/resources/golden/operations/spec.yaml", "--package=com.example.cli"
    };
    assertEquals(0, run(concat(common, "--output=" + tmp.resolve("g"), "--conventions=generic")));
    assertTrue(Files.exists(tmp.resolve("g/com/example/cli/models/LogsListResponse.java")));
    assertEquals(1, run(concat(common, "--output=" + tmp.resolve("x"), "--conventions", "x")));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .contains("ERROR <options> #: unknown conventions 'x' (use one of auto, cloudflare,"),
        err.toString(StandardCharsets.UTF_8));
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void badUsageExitsWithTwoAndShowsTheUsage() {
    assertEquals(2, run("--input", "x.yaml"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .contains("--input, --output and --package are required"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .contains("Usage: java -jar specpoet-generator-cli.jar"));
    err.reset();
    assertEquals(2, run("--bogus"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown argument: --bogus"));
    assertEquals(2, run("--output"));
  }

  @Test
  void compareOnlyPrintsTheChangeReport() throws Exception {
    Path old = tmp.resolve("old.yaml");
    Path now = tmp.resolve("new.yaml");
    String spec = Files.readString(Path.of("src/test/resources/changes/bookings.yaml"));
    Files.writeString(old, spec);
    Files.writeString(
        now,
        spec.replace(
            "        nights: {type: integer, format: int64}\n        status:",
            "        nights: {type: number}\n        status:"));
    int status = run("--input", now.toString(), "--compare", old.toString());
    assertEquals(0, status, err.toString());
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.startsWith("# API changes\n"), report);
    assertTrue(
        report.contains(
            "- **Property changed**: property 'nights' of Booking (type Long -> Double)"),
        report);
    assertTrue(report.contains("version bump: **major**"), report);

    out.reset();
    status =
        run(
            "--input",
            now.toString(),
            "--compare",
            old.toString(),
            "--format=json",
            "--fail-on-breaking");
    assertEquals(Main.BREAKING, status);
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"bump\" : \"major\""), json);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 breaking change"), err.toString());
  }

  @Test
  void compareWithOutputGeneratesTooAndKeepsStdoutForTheReport() throws Exception {
    Path spec = Path.of("src/test/resources/changes/bookings.yaml");
    Path output = tmp.resolve("out");
    int status =
        run(
            "--input",
            spec.toString(),
            "--compare",
            spec.toString(),
            "--output",
            output.toString(),
            "--package",
            "com.example.cli",
            "--fail-on-breaking");
    assertEquals(0, status, err.toString());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("No API changes"), out.toString());
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("Generated "), err.toString());
    assertTrue(Files.exists(output.resolve("com/example/cli/models/Booking.java")));
  }

  @Test
  void compareNamesABadOldSpec() {
    int status =
        run(
            "--input", "src/test/resources/changes/bookings.yaml",
            "--compare", "src/test/resources/broken/bad-yaml.yaml");
    assertEquals(1, status);
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        text.startsWith(
            "specpoet: the old spec (--compare src/test/resources/broken/bad-yaml.yaml) cannot be read:"),
        text);
    assertEquals(2, run("--compare", "x.yaml"));
    assertEquals(2, run("--input", "a.yaml", "--compare", "b.yaml", "--format", "xml"));
    assertEquals(1, run("--input", "a.yaml", "--compare", tmp.resolve("missing.yaml").toString()));
  }
}
