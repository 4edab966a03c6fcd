package dev.specpoet.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputClaimTest {
  @Test
  void aSecondExecutionOnTheSameOutputIsNamedAndTheSameExecutionMayRunAgain() {
    Map<Path, String> claims = new HashMap<>();
    Path out = Path.of("/p/target/generated-sources/specpoet");

    assertNull(OutputClaims.claim(claims, out, "petstore"));
    assertNull(
        OutputClaims.claim(claims, out, "petstore"), "the same execution twice (e.g. m2e) is fine");
    assertNull(OutputClaims.claim(claims, Path.of("/p/target/other"), "billing"));
    assertEquals("petstore", OutputClaims.claim(claims, out, "billing"));
  }
}
