package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

  @Test
  void defaults() {
    ClientOptions o =
        ClientOptions.builder().baseUrl("https://api.cloudflare.com/client/v4/").build();
    assertEquals("https://api.cloudflare.com/client/v4", o.baseUrl());
    assertEquals(2, o.maxRetries());
    assertEquals(Duration.ofSeconds(10), o.connectTimeout());
    assertEquals(Duration.ofSeconds(60), o.readTimeout());
    assertEquals(Duration.ZERO, o.callTimeout());
    assertEquals(LogLevel.OFF, o.logLevel());
    assertFalse(o.hasCredentials());
    assertNull(o.transport());
  }

  @Test
  void logLevelsParseAndABadOneNamesItsSource() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LogLevel.parse("loud", "CF_LOG"));
    assertEquals("CF_LOG=loud is not a log level: use off, basic, headers or body", e.getMessage());
    assertEquals(LogLevel.BODY, LogLevel.parse("body", "x"));
    assertEquals(LogLevel.BASIC, LogLevel.parse("true", "x"));
    assertEquals(LogLevel.OFF, LogLevel.parse("0", "x"));
  }

  @Test
  void toStringMasksCredentialsSetAsPlainHeaders() {
    ClientOptions o =
        ClientOptions.builder()
            .baseUrl("https://api.example")
            .header("Authorization", "Bearer plain-header-token")
            .header("x-auth-key", "plain-key-1")
            .header("X-Auth-Email", "plain@example.com")
            .header("Cookie", "session=plain-cookie")
            .header("X-Api-Key", "plain-api-key")
            .header("cf-aig-authorization", "Bearer aig-token")
            .header("X-Visible", "yes")
            .header("X-Token-Count", "12")
            .build();
    String s = o.toString();
    for (String secret :
        new String[] {
          "plain-header-token",
          "plain-key-1",
          "plain@example.com",
          "plain-cookie",
          "plain-api-key",
          "aig-token"
        }) {
      assertFalse(s.contains(secret), secret + " shows in " + s);
    }
    assertTrue(s.contains("Authorization=<redacted>"), s);
    assertTrue(s.contains("Cookie=<redacted>"), s);
    assertTrue(s.contains("X-Visible=yes"), s);
    assertTrue(s.contains("X-Token-Count=12"), s);
    assertEquals(
        "Bearer plain-header-token",
        o.defaultHeaders().get("Authorization"),
        "the value is still sent");
  }

  @Test
  void toStringMasksCredentials() {
    ClientOptions o =
        ClientOptions.builder()
            .baseUrl("https://api.example")
            .bearerToken("tok-123456789")
            .secretHeader("X-Auth-Key", "key-987654321")
            .secretHeader("X-Auth-Email", "me@example.com")
            .header("X-Visible", "yes")
            .build();
    String s = o.toString();
    assertFalse(s.contains("tok-123456789"), s);
    assertFalse(s.contains("key-987654321"), s);
    assertFalse(s.contains("me@example.com"), s);
    assertTrue(s.contains("Authorization=<redacted>"), s);
    assertTrue(s.contains("X-Auth-Key=<redacted>"), s);
    assertTrue(s.contains("X-Visible=yes"), s);
    assertTrue(o.hasCredentials());
    assertEquals(
        Set.of("Authorization", "X-Auth-Email", "X-Auth-Key"), Set.copyOf(o.secretHeaderNames()));
    assertFalse(o.defaultHeaders().containsKey("Authorization"));
  }

  @Test
  void toBuilderKeepsEverything() {
    ClientOptions o =
        ClientOptions.builder()
            .baseUrl("https://a.example")
            .bearerToken("tok-1234")
            .maxRetries(5)
            .callTimeout(Duration.ofSeconds(3))
            .build();
    ClientOptions copy = o.toBuilder().readTimeout(Duration.ofSeconds(1)).build();
    assertEquals(5, copy.maxRetries());
    assertEquals(Duration.ofSeconds(3), copy.callTimeout());
    assertEquals(Duration.ofSeconds(1), copy.readTimeout());
    assertTrue(copy.hasCredentials());
    assertEquals(Duration.ofSeconds(60), o.readTimeout());
  }

  @Test
  void baseUrlIsValidated() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().build())
            .getMessage()
            .startsWith("baseUrl is required"));
    for (String bad :
        new String[] {
          "api.cloudflare.com", "ftp://x.example", "/relative", "https://x.example/?q=1", "http://"
        }) {
      assertThrows(
          IllegalArgumentException.class, () -> ClientOptions.builder().baseUrl(bad).build(), bad);
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClientOptions.builder().baseUrl("https://user:pa55word@x.example").build());
    assertFalse(e.getMessage().contains("pa55word"), e.getMessage());
  }

  @Test
  void invalidCredentialValuesAreRefusedWithoutShowingThem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClientOptions.builder().secretHeader("X-Auth-Key", "abc\ndef-secret"));
    assertFalse(e.getMessage().contains("def-secret"), e.getMessage());
    assertTrue(e.getMessage().contains("X-Auth-Key"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().bearerToken("a\rb"));
    assertThrows(
        IllegalArgumentException.class, () -> ClientOptions.builder().header("Bad Name", "v"));
    assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().maxRetries(-1));
    assertThrows(
        IllegalArgumentException.class,
        () -> ClientOptions.builder().readTimeout(Duration.ofSeconds(-1)));
  }

  @Test
  void requestOptions() {
    RequestOptions r =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(2))
            .maxRetries(0)
            .header("X-A", "header-secret")
            .queryParam("q", "a")
            .queryParam("q", "b")
            .build();
    assertEquals(Duration.ofSeconds(2), r.timeout());
    assertEquals(0, r.maxRetries());
    assertEquals(Map.of("q", java.util.List.of("a", "b")), r.queryParams());
    assertNull(RequestOptions.none().maxRetries());
    assertFalse(r.toString().contains("header-secret"), r.toString());
  }
}
