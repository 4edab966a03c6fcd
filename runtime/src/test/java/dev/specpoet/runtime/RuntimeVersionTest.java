package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuntimeVersionTest {

  @Test
  void theBuildWritesTheProjectVersion() {
    // Maven filters version.properties before the tests run, so the fallback must not show here
    String version = RuntimeVersion.get();
    assertTrue(version.matches("\\d+\\.\\d+\\.\\d+([-.].+)?"), version);
    assertEquals("specpoet-runtime/" + version + " (Java)", Exchange.USER_AGENT);
  }
}
