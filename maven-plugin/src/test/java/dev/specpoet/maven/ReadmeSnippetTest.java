package dev.specpoet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README.md's downstream pom ("Maven plugin" section) is the pom of the invoker test {@code
 * src/it/readme-pom}, character for character but for the version, which the invoker fills in: so
 * the snippet a user copies is the one that is built on every run.
 */
class ReadmeSnippetTest {

  @Test
  void theReadmePomIsTheOneTheInvokerTestBuilds() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Maven plugin");
    assertTrue(section >= 0, "README.md has no 'Maven plugin' section");
    int start = readme.indexOf("```xml\n<?xml", section);
    assertTrue(
        start >= 0, "no complete pom (```xml <?xml ...) in README.md's 'Maven plugin' section");
    start += "```xml\n".length();
    String snippet = readme.substring(start, readme.indexOf("```\n", start));

    String version = System.getProperty("specpoet.version", "0.1.0-SNAPSHOT");
    String tested =
        Files.readString(Path.of("src/it/readme-pom/pom.xml"), StandardCharsets.UTF_8)
            .replace("@project.version@", version);
    assertEquals(
        tested,
        snippet,
        "README.md's downstream pom differs from src/it/readme-pom/pom.xml: "
            + "change both together");
  }
}
