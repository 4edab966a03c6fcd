package dev.specpoet.generator.emit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the service emitters produce for the sample compiles against the runtime, without warnings.
 */
class ServiceCompileTest {

  @Test
  void sampleCompilesWithoutWarnings() {
    Map<String, String> sources =
        new TreeMap<>(Generated.emit(SampleModel.model(), SampleModel.names()));
    sources.putAll(Generated.support());
    Compilation compilation = Generated.compile(sources);
    String diagnostics =
        compilation.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"));
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), diagnostics);
    assertTrue(compilation.warnings().isEmpty(), diagnostics);
  }
}
