package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  static final String TOKEN = "tok-SECRET-0123456789";
  final Redactor redactor = new Redactor(List.of(TOKEN, "Bearer " + TOKEN));

  String body(String text) {
    return redactor.body(text.getBytes(StandardCharsets.UTF_8), 16 * 1024);
  }

  @Test
  void secretMembersAreMaskedAtAnyDepthAndCountersStay() {
    assertEquals(
        "{\"secret\":\"***\",\"nested\":{\"api_key\":\"***\"},\"tokens_in\":5}",
        body("{\"secret\":\"sk-123\",\"nested\":{\"api_key\":\"k\"},\"tokens_in\":5}"));
    assertEquals(
        "[{\"a\":[{\"clientSecret\":\"***\",\"max_tokens\":100,\"token_count\":3}]}]",
        body("[{\"a\":[{\"clientSecret\":\"cs-1\",\"max_tokens\":100,\"token_count\":3}]}]"));
  }

  @Test
  void everyKindOfValueIsMaskedWholeButNullStays() {
    assertEquals(
        "{\"password\":\"***\",\"token\":\"***\",\"credentials\":\"***\","
            + "\"access_token\":\"***\",\"refresh_token\":null,\"id\":\"x\"}",
        body(
            "{\"password\":12345,\"token\":true,\"credentials\":{\"user\":\"u\",\"pass\":[1,{\"a\":2}]},"
                + "\"access_token\":[\"a\",\"b\"],\"refresh_token\":null,\"id\":\"x\"}"));
  }

  @Test
  void formattingEscapesAndNumbersAreKept() {
    String pretty =
        "{\n  \"price\" : 1.10,\n  \"big\": 12345678901234567890123,\n"
            + "  \"private_key\" : \"-----BEGIN\\n\\\"x\\\\\\\"\",\n  \"name\": \"caf\u00e9 \\u00e9\"\n}";
    assertEquals(
        "{\n  \"price\" : 1.10,\n  \"big\": 12345678901234567890123,\n"
            + "  \"private_key\" : \"***\",\n  \"name\": \"caf\u00e9 \\u00e9\"\n}",
        body(pretty));
  }

  @Test
  void escapedSecretNamesAreRecognised() {
    assertEquals("{\"s\\u0065cret\":\"***\"}", body("{\"s\\u0065cret\":\"v-1\"}"));
  }

  @Test
  void knownCredentialsAreMaskedEverywhereInJsonOrNot() {
    assertEquals(
        "{\"note\":\"token is <redacted>\",\"tokens_out\":2}",
        body("{\"note\":\"token is " + TOKEN + "\",\"tokens_out\":2}"));
    assertEquals("<html>bad <redacted></html>", body("<html>bad Bearer " + TOKEN + "</html>"));
    assertEquals("plain <redacted> text", body("plain " + TOKEN + " text"));
  }

  @Test
  void jsonEscapedCredentialsAreMaskedToo() {
    Redactor r = new Redactor(List.of("pa\"ss\\word"));
    assertEquals(
        "{\"note\":\"<redacted>\"}",
        r.body("{\"note\":\"pa\\\"ss\\\\word\"}".getBytes(StandardCharsets.UTF_8), 1000));
  }

  @Test
  void unparsableJsonAndTextGetSecretPairsMaskedByText() {
    assertEquals(
        "{\"secret\":\"***\",\"nested\":{\"api_key\":\"***\"},\"tokens_in\":5,",
        body("{\"secret\":\"sk-123\",\"nested\":{\"api_key\":\"k\"},\"tokens_in\":5,"));
    assertEquals(
        "{\"ok\":1} trailing junk {\"password\": \"***\", \"n\": 1}",
        body("{\"ok\":1} trailing junk {\"password\": \"hunter22\", \"n\": 1}"));
    assertEquals(
        "error: \"client_secret\" : \"***\"",
        body("error: \"client_secret\" : \"abc (cut"),
        "an unterminated string runs to the end");
    assertEquals(
        "Invalid request: \"api_key\": \"***\", \"tokens\": 3",
        body("Invalid request: \"api_key\": abc123, \"tokens\": 3"));
    assertEquals("{\"a\":1,}{\"secret\":\"***\"}", body("{\"a\":1,}{\"secret\":\"s1\"}"));
  }

  @Test
  void aBodyThatStopsParsingInsideASecretValueIsMaskedFromThereOn() {
    assertEquals(
        "{\"n\":1,\"credentials\":\"***\"",
        body("{\"n\":1,\"credentials\":{\"user\":\"u\",\"pass\":\"p-1\" oops"));
  }

  @Test
  void largeBodiesAreCutAsBeforeAndMaskedUpToTheCut() {
    StringBuilder b = new StringBuilder("{\"secret\":\"sk-1\",\"items\":[");
    for (int i = 0; i < 5000; i++) {
      b.append("{\"i\":").append(i).append(",\"token\":\"t-").append(i).append("\"},");
    }
    b.append("{}]}");
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    String shown = redactor.body(bytes, 1024);
    assertTrue(
        shown.startsWith("{\"secret\":\"***\",\"items\":[{\"i\":0,\"token\":\"***\"},"), shown);
    assertTrue(shown.endsWith("... (" + bytes.length + " bytes)"), shown);
    assertFalse(shown.contains("\"t-"), shown);
    assertTrue(shown.length() < 1024 + 40, "cut near the limit: " + shown.length());
  }

  @Test
  void aSecretValueCutByTheLimitShowsNothingOfItself() {
    String value = "x".repeat(100);
    byte[] bytes = ("{\"secret\":\"" + value + "\"}").getBytes(StandardCharsets.UTF_8);
    assertEquals("{\"secret\":\"***\"... (" + bytes.length + " bytes)", redactor.body(bytes, 30));
    byte[] nested =
        ("{\"credentials\":{\"a\":\"" + value + "\"},\"b\":1}").getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "{\"credentials\":\"***\"... (" + nested.length + " bytes)", redactor.body(nested, 40));
  }

  @Test
  void aKnownCredentialStraddlingTheCutIsMaskedNotHalfShown() {
    byte[] bytes = ("0123456789 " + TOKEN + " tail").getBytes(StandardCharsets.UTF_8);
    String shown = redactor.body(bytes, 15);
    assertEquals("0123456789 <redacted>... (" + bytes.length + " bytes)", shown);
    assertFalse(shown.contains("tok-"), shown);
  }

  @Test
  void theCutNeverSplitsACharacter() {
    byte[] bytes = "ab\u00e9\u00e9\u00e9".getBytes(StandardCharsets.UTF_8);
    assertEquals("ab\u00e9... (8 bytes)", redactor.body(bytes, 5));
  }

  @Test
  void noSecretsNoChange() {
    assertEquals(
        "{\"id\":\"gw1\",\"key\":\"model\",\"tokens_in\":5}",
        Redactor.NONE.body(
            "{\"id\":\"gw1\",\"key\":\"model\",\"tokens_in\":5}".getBytes(StandardCharsets.UTF_8),
            100));
    assertEquals("", Redactor.NONE.body(new byte[0], 100));
  }

  @Test
  void shortValuesAreNotSecrets() {
    assertEquals("abc", new Redactor(List.of("abc")).scrub("abc"));
  }
}
