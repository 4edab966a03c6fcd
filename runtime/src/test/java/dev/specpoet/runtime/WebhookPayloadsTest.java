package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.errors.WebhookParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPayloadsTest {
  record Event(String type, int count) {}

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsThePayloadTypeIncludingGenericOnes() {
    assertEquals(
        new Event("created", 2),
        WebhookPayloads.parse(
            utf8("{\"type\":\"created\",\"count\":2}"), new TypeReference<Event>() {}, "created"));
    List<Map<String, Integer>> list =
        WebhookPayloads.parse(
            utf8("[{\"a\":1},{\"b\":2}]"), new TypeReference<List<Map<String, Integer>>>() {}, "x");
    assertEquals(List.of(Map.of("a", 1), Map.of("b", 2)), list);
  }

  @Test
  void aBodyThatIsNotJsonOfTheTypeNamesTheWebhook() {
    WebhookParseException e =
        assertThrows(
            WebhookParseException.class,
            () ->
                WebhookPayloads.parse(utf8("{\"type\": "), new TypeReference<Event>() {}, "hook"));
    assertEquals("hook", e.webhook());
    assertTrue(
        e.getMessage().startsWith("hook: the request body is not its payload's JSON: "),
        e.getMessage());
    assertInstanceOf(JsonProcessingException.class, e.getCause());
    WebhookParseException wrongShape =
        assertThrows(
            WebhookParseException.class,
            () -> WebhookPayloads.parse(utf8("[1]"), new TypeReference<Event>() {}, "hook"));
    assertTrue(wrongShape.getMessage().startsWith("hook: the request body is not its payload's"));
  }

  @Test
  void emptyAndNullBodiesAreNoPayload() {
    for (String body : List.of("", "null", "  ")) {
      WebhookParseException e =
          assertThrows(
              WebhookParseException.class,
              () -> WebhookPayloads.parse(utf8(body), new TypeReference<Event>() {}, "hook"),
              "'" + body + "'");
      assertTrue(e.getMessage().startsWith("hook: the request body "), e.getMessage());
    }
    WebhookParseException nullBody =
        assertThrows(
            WebhookParseException.class,
            () -> WebhookPayloads.parse(utf8("null"), new TypeReference<Event>() {}, "hook"));
    assertEquals(
        "hook: the request body is empty or JSON null, not a payload", nullBody.getMessage());
    assertNull(nullBody.getCause());
    assertThrows(
        NullPointerException.class,
        () -> WebhookPayloads.parse(null, new TypeReference<Event>() {}, "hook"));
  }
}
