package dev.specpoet.aigateway.it.prism;

import dev.specpoet.harness.Prism;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving tests the URL of a Prism mock server of the AI Gateway spec.
 *
 * <p>When {@code SPECPOET_PRISM_URL} (environment) or {@code specpoet.prism.url} (system property)
 * is set, that already-running mock is used and nothing is started. Otherwise one Prism per JVM is
 * started by {@link Prism#start} (see there: {@code --errors}, examples, a watchdog) on the spec
 * the build unpacked, its output appended to {@code target/prism.log}, and stopped when the test
 * run ends (root store).
 *
 * <p>Inject it with a {@link Prism.Server} parameter ({@code @BeforeAll static void
 * setUp(Prism.Server prism)}).
 */
public final class PrismMock implements BeforeAllCallback, ParameterResolver {

  public static final String URL_ENV = "SPECPOET_PRISM_URL";
  public static final String URL_PROPERTY = "specpoet.prism.url";

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static Prism.Server server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == Prism.Server.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return server(extension);
  }

  private static synchronized Prism.Server server(ExtensionContext context) {
    if (server == null) {
      server = start();
      // closed when the whole test plan is done
      context
          .getRoot()
          .getStore(ExtensionContext.Namespace.GLOBAL)
          .put(PrismMock.class.getName(), server);
    }
    return server;
  }

  private static Prism.Server start() {
    String external = System.getenv(URL_ENV);
    if (external == null || external.isBlank()) {
      external = System.getProperty(URL_PROPERTY);
    }
    if (external != null && !external.isBlank()) {
      String url = Prism.stripSlash(external.trim());
      if (!Prism.answers(url)) {
        throw new IllegalStateException(
            "The Prism mock given by "
                + URL_ENV
                + "/"
                + URL_PROPERTY
                + " ("
                + url
                + ") does not answer; start it, e.g. `npx prism mock --errors spec/ai-gateway.yaml`, or unset the variable"
                + " so that the tests start their own.");
      }
      return new Prism.Server(url, null, null);
    }
    Path spec = Paths.get(Prism.property("specpoet.spec.file", "../spec/ai-gateway.yaml"));
    Path log = Paths.get(Prism.property("specpoet.prism.log", "target/prism.log"));
    return Prism.start(spec, log, START_TIMEOUT);
  }
}
