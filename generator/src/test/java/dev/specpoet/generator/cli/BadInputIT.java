package dev.specpoet.generator.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slowest bad input (about a minute on two cores): a billion-laughs YAML, nine levels of
 * aliases that would expand to 10^9 nodes. swagger-parser stops at its reference limit; the run
 * ends with an error at the document and bounded memory. Run by failsafe ({@code mvn verify}).
 */
class BadInputIT {
  @TempDir Path tmp;

  @Test
  void aBillionLaughsYamlIsRefused() throws IOException {
    StringBuilder yaml =
        new StringBuilder(
            "openapi: 3.0.3\ninfo: {title: T, version: \"1\"}\npaths: {}\nx-laughs:\n"
                + "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
      yaml.append("  ")
          .append(name)
          .append(": &")
          .append(name)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous)))
          .append("]\n");
      previous = name;
    }
    Path file = tmp.resolve("laughs.yaml");
    Files.writeString(file, yaml);
    BadInputTest.check(
        new BadInputTest.Case(
            "billion laughs",
            file.toString(),
            1,
            List.of(
                "ERROR laughs.yaml:1 #: the YAML aliases expand to too many nodes",
                "(write the document without chains of aliases (&a / *a) that multiply)")),
        tmp);
  }
}
