package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The envelope handler reads a successful envelope's result straight from the body, and every other
 * body the way it always did (as a tree): the same value, or the same exception and message.
 */
class EnvelopeHandlerTest {
  private static final ResponseHandler<Map<String, Object>> HANDLER =
      ResponseHandlers.envelope("result", new TypeReference<Map<String, Object>>() {});

  private static Map<String, Object> read(String body) throws Exception {
    return HANDLER.handle(
        new ResponseContext(
            "aiGatewayGet",
            "GET",
            "/gateways/{id}",
            200,
            Map.of("Content-Type", List.of("application/json")),
            body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theResultIsReadWhereverItStands() throws Exception {
    assertEquals(
        Map.of("id", "gw1"),
        read("{\"success\":true,\"errors\":[],\"result\":{\"id\":\"gw1\"},\"messages\":[]}"));
    assertEquals(
        Map.of("id", "gw1"), read("{\"result\":{\"id\":\"gw1\"},\"result_info\":{\"page\":1}}"));
  }

  @Test
  void aNullOrAbsentResultIsNull() throws Exception {
    assertNull(read("{\"success\":true,\"result\":null}"));
    assertNull(read("{\"success\":true}"));
  }

  @Test
  void theLastOfTwoResultsWinsAsInATree() throws Exception {
    assertEquals(Map.of("id", "b"), read("{\"result\":{\"id\":\"a\"},\"result\":{\"id\":\"b\"}}"));
  }

  @Test
  void successFalseWinsEvenAfterTheResult() {
    for (String body :
        List.of(
            "{\"result\":{\"id\":\"gw1\"},\"success\":false,\"errors\":[{\"code\":7,\"message\":\"no\"}]}",
            "{\"success\":\"false\",\"result\":{\"id\":\"gw1\"}}")) {
      assertThrows(UnsuccessfulResponseException.class, () -> read(body), body);
    }
  }

  @Test
  void aBodyThatIsNotAnEnvelopeIsAParseErrorAsBefore() {
    ResponseParseException array =
        assertThrows(ResponseParseException.class, () -> read("[{\"id\":\"gw1\"}]"));
    assertTrue(array.getMessage().contains("expected a JSON object"), array.getMessage());
    ResponseParseException malformed =
        assertThrows(ResponseParseException.class, () -> read("{\"result\":{\"id\":"));
    assertTrue(malformed.getMessage().contains("aiGatewayGet"), malformed.getMessage());
    ResponseParseException wrongType =
        assertThrows(ResponseParseException.class, () -> read("{\"result\":\"gw1\"}"));
    assertTrue(wrongType.getMessage().contains("the \"result\" property"), wrongType.getMessage());
  }

  @Test
  void trailingContentIsJudgedByTheTreeAsBefore() throws Exception {
    // the tree reader stops after the first value, so the call succeeds as it did
    assertEquals(Map.of("id", "gw1"), read("{\"result\":{\"id\":\"gw1\"}} trailing"));
  }
}
