package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runtime half of every generated client builder: the option setters, and {@code fromEnv()}
 * with the credentials a client declares, through a builder written the way the generator writes
 * one.
 */
class ClientBuilderTest {

  /** Like a generated builder: credential setters, a default base URL, the env declaration. */
  static final class TestBuilder extends ClientBuilder<TestBuilder> {
    static final EnvCredentials<TestBuilder> CLOUDFLARE =
        EnvCredentials.firstComplete(
            List.of(EnvCredentials.variable("CF_API_TOKEN", TestBuilder::apiToken)),
            List.of(
                EnvCredentials.variable("CF_EMAIL", TestBuilder::apiEmail),
                EnvCredentials.variable("CF_API_KEY", TestBuilder::apiKey)));

    TestBuilder(EnvCredentials<TestBuilder> credentials) {
      super("CF", credentials);
      baseUrl("https://default.example/v4");
    }

    TestBuilder apiToken(String token) {
      return bearerToken(token);
    }

    TestBuilder apiEmail(String value) {
      return secretHeader("X-Auth-Email", value);
    }

    TestBuilder apiKey(String value) {
      return secretHeader("X-Auth-Key", value);
    }

    TestBuilder basicAuth(String user, String password) {
      return secretHeader("Authorization", "Basic " + user + "/" + password);
    }

    ClientOptions build() {
      return buildOptions();
    }
  }

  static TestBuilder cloudflare() {
    return new TestBuilder(TestBuilder.CLOUDFLARE);
  }

  static ClientOptions fromEnv(Map<String, String> env) {
    return cloudflare().env(env).fromEnv().build();
  }

  @Test
  void everySetterReachesTheOptionsAndChainsAsTheConcreteBuilder() {
    RetryPolicy policy = RetryPolicy.builder().maxBackoff(Duration.ofSeconds(1)).build();
    ClientOptions o =
        cloudflare()
            .baseUrl("https://other.example/")
            .apiToken("tok-1234")
            .header("X-Team", "blue")
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(2))
            .writeTimeout(Duration.ofSeconds(3))
            .callTimeout(Duration.ofSeconds(4))
            .maxRetries(5)
            .retryPolicy(policy)
            .logLevel(LogLevel.HEADERS)
            .transport(new ScriptedTransport())
            .options(b -> b.secretHeader("X-Extra", "secret-extra"))
            .build();
    assertEquals("https://other.example", o.baseUrl());
    assertEquals(Map.of("X-Team", "blue"), o.defaultHeaders());
    assertEquals(Set.of("Authorization", "X-Extra"), o.secretHeaderNames());
    assertEquals(Duration.ofSeconds(1), o.connectTimeout());
    assertEquals(Duration.ofSeconds(2), o.readTimeout());
    assertEquals(Duration.ofSeconds(3), o.writeTimeout());
    assertEquals(Duration.ofSeconds(4), o.callTimeout());
    assertEquals(5, o.maxRetries());
    assertSame(policy, o.retryPolicy());
    assertEquals(LogLevel.HEADERS, o.logLevel());
    assertTrue(o.transport() instanceof ScriptedTransport);
  }

  @Test
  void settersCheckTheirValuesLikeTheOptions() {
    assertThrows(IllegalArgumentException.class, () -> cloudflare().maxRetries(-1));
    assertThrows(
        IllegalArgumentException.class, () -> cloudflare().readTimeout(Duration.ofSeconds(-1)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> cloudflare().baseUrl("ftp://x").build());
    assertTrue(e.getMessage().contains("absolute http or https URL"), e.getMessage());
  }

  @Test
  void fromEnvReadsTheBaseUrlAndTheLogLevel() {
    ClientOptions o =
        fromEnv(Map.of("CF_BASE_URL", " http://localhost:4010/ ", "CF_LOG", "Headers"));
    assertEquals("http://localhost:4010", o.baseUrl());
    assertEquals(LogLevel.HEADERS, o.logLevel());
    assertFalse(o.hasCredentials());
  }

  @Test
  void fromEnvKeepsTheDefaultsWhenUnsetOrBlank() {
    ClientOptions o = fromEnv(Map.of("CF_BASE_URL", "  ", "CF_API_TOKEN", ""));
    assertEquals("https://default.example/v4", o.baseUrl());
    assertEquals(LogLevel.OFF, o.logLevel());
    assertFalse(o.hasCredentials());
  }

  @Test
  void aBadLogLevelNamesTheVariable() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> fromEnv(Map.of("CF_LOG", "loud")));
    assertEquals("CF_LOG=loud is not a log level: use off, basic, headers or body", e.getMessage());
  }

  @Test
  void theFirstCompleteAlternativeIsTheOnlyOneSent() {
    ClientOptions both =
        fromEnv(
            Map.of(
                "CF_API_TOKEN", "tok-1234", "CF_EMAIL", "me@example.com", "CF_API_KEY", "k3y-9"));
    assertEquals(Set.of("Authorization"), both.secretHeaderNames());
    ClientOptions pair = fromEnv(Map.of("CF_EMAIL", "me@example.com", "CF_API_KEY", "k3y-9"));
    assertEquals(Set.of("X-Auth-Email", "X-Auth-Key"), pair.secretHeaderNames());
  }

  @Test
  void halfAPairNamesTheMissingVariableNeverTheValue() {
    IllegalStateException noKey =
        assertThrows(
            IllegalStateException.class, () -> fromEnv(Map.of("CF_EMAIL", "me@example.com")));
    assertEquals(
        "fromEnv(): CF_API_KEY not set; CF_EMAIL and CF_API_KEY go together"
            + " (or set CF_API_TOKEN instead)",
        noKey.getMessage());
    IllegalStateException noEmail =
        assertThrows(IllegalStateException.class, () -> fromEnv(Map.of("CF_API_KEY", "k3y-9")));
    assertTrue(
        noEmail.getMessage().startsWith("fromEnv(): CF_EMAIL not set;"), noEmail.getMessage());
    assertFalse(noEmail.getMessage().contains("k3y-9"));
    ClientOptions token = fromEnv(Map.of("CF_API_TOKEN", "tok-1234", "CF_API_KEY", "k3y-9"));
    assertEquals(
        Set.of("Authorization"),
        token.secretHeaderNames(),
        "a complete alternative excuses the half");
  }

  @Test
  void withoutRequirementsEveryVariableSetIsSent() {
    EnvCredentials<TestBuilder> each =
        EnvCredentials.each(
            EnvCredentials.variable("CF_EMAIL", TestBuilder::apiEmail),
            EnvCredentials.variable("CF_API_KEY", TestBuilder::apiKey));
    assertEquals(List.of(List.of("CF_EMAIL"), List.of("CF_API_KEY")), each.variableNames());
    ClientOptions o = new TestBuilder(each).env(Map.of("CF_API_KEY", "k3y-9")).fromEnv().build();
    assertEquals(Set.of("X-Auth-Key"), o.secretHeaderNames());
    ClientOptions both =
        new TestBuilder(each)
            .env(Map.of("CF_EMAIL", "me@example.com", "CF_API_KEY", "k3y-9"))
            .fromEnv()
            .build();
    assertEquals(Set.of("X-Auth-Email", "X-Auth-Key"), both.secretHeaderNames());
  }

  @Test
  void aUserPasswordVariableIsSplitAtTheFirstColon() {
    EnvCredentials<TestBuilder> basic =
        EnvCredentials.firstComplete(
            List.of(EnvCredentials.userPassword("CF_BASIC", TestBuilder::basicAuth)));
    ClientOptions o = new TestBuilder(basic).env(Map.of("CF_BASIC", "me:pa:ss")).fromEnv().build();
    assertEquals("Basic me/pa:ss", o.secretHeaders().get("Authorization"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TestBuilder(basic).env(Map.of("CF_BASIC", "nocolon")).fromEnv());
    assertEquals("CF_BASIC must be user:password", e.getMessage());
  }

  @Test
  void noDeclaredCredentialsReadsNone() {
    ClientOptions o =
        new TestBuilder(EnvCredentials.none())
            .env(Map.of("CF_API_TOKEN", "tok-1234"))
            .fromEnv()
            .build();
    assertFalse(o.hasCredentials());
    assertEquals(List.of(), EnvCredentials.none().variableNames());
  }
}
