package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.todo.models.Todo;
import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.models.AiGatewayListParams;
import dev.specpoet.runtime.json.Json;
import org.junit.jupiter.api.Test;

/** Code of a downstream project against what it took from the published artifacts alone. */
class ConsumerTest {
  @Test
  void theGeneratedTypesRoundTrip() throws Exception {
    Todo todo = Todo.builder().id("1").title("publish").done(true).build();
    String json = Json.mapper().writeValueAsString(todo);
    assertEquals(todo, Json.mapper().readValue(json, Todo.class));
  }

  @Test
  void thePublishedClientBuilds() {
    try (AiGatewayClient client = AiGatewayClient.builder().apiToken("token").build()) {
      assertEquals(true, client.aiGateway() != null);
    }
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> AiGatewayListParams.builder().build());
    assertEquals(true, e.getMessage().contains("account_id"), e.getMessage());
  }
}
