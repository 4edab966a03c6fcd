package dev.specpoet.aigateway.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collection;
import java.util.List;

/** Assertions that no credential leaks into what users and operators get to read. */
public final class Secrets {

  private static final List<String> SECRETS = List.of(Clients.TOKEN, Clients.API_KEY);

  private Secrets() {}

  /**
   * The exception, its causes and suppressed exceptions, messages and stack trace, hold no secret.
   */
  public static void assertNoSecretIn(Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    StringBuilder text = new StringBuilder(trace.toString());
    for (Throwable c = t; c != null; c = c.getCause()) {
      text.append('\n').append(c).append('\n').append(c.getMessage());
      if (c instanceof dev.specpoet.runtime.errors.ApiStatusException status) {
        text.append('\n').append(status.headers()).append('\n').append(status.body());
      }
    }
    assertNoSecretIn("exception " + t.getClass().getName(), text.toString());
  }

  /** No log line holds a secret. */
  public static void assertNoSecretInLines(String what, Collection<String> lines) {
    for (String line : lines) {
      assertNoSecretIn(what, line);
    }
  }

  public static void assertNoSecretIn(String what, String text) {
    for (String secret : SECRETS) {
      if (text != null && text.contains(secret)) {
        fail("a credential leaked into " + what + ": " + text.replace(secret, "<<SECRET>>"));
      }
    }
  }
}
