package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.errors.ApiTimeoutException;
import dev.specpoet.runtime.http.CallTimeoutException;
import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpTransport;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Another transport plugged in through {@link HttpTransport}: no network at all. */
class PluggableTransportTest {

  final RecordingSleeper sleeper = new RecordingSleeper();

  ClientCore core(ScriptedTransport transport, ClientOptions.Builder extra) {
    return new ClientCore(
        extra
            .baseUrl("https://api.example/client/v4")
            .transport(transport)
            .retryPolicy(RetryPolicy.builder().sleeper(sleeper).jitter(() -> 1.0).build())
            .build());
  }

  @Test
  void requestsGoThroughTheGivenTransport() {
    ScriptedTransport t =
        new ScriptedTransport().then(ScriptedTransport.response(200, "{\"result\":{\"a\":1}}"));
    ClientCore core = core(t, ClientOptions.builder().bearerToken("tok-abcdef"));
    JsonNode result =
        core.execute(
            ApiRequest.builder("op", "POST", "/things/{id}")
                .pathParam("id", "x y")
                .queryParam("q", true)
                .jsonBody(Map.of("k", "v"))
                .build(),
            ResponseHandlers.envelope(
                "result", new com.fasterxml.jackson.core.type.TypeReference<JsonNode>() {}),
            RequestOptions.builder().readTimeout(Duration.ofSeconds(3)).build());
    assertEquals(1, result.get("a").intValue());
    HttpRequest sent = t.requests().get(0);
    assertEquals("POST", sent.method());
    assertEquals("https://api.example/client/v4/things/x%20y?q=true", sent.url());
    assertEquals(List.of("Bearer tok-abcdef"), sent.headers().get("Authorization"));
    assertEquals("{\"k\":\"v\"}", new String(sent.body().bytes(), StandardCharsets.UTF_8));
    assertEquals("application/json", sent.contentType());
    assertEquals(Duration.ofSeconds(3), sent.readTimeout());
    assertNull(sent.callTimeout());
    core.close();
    assertFalse(t.closed, "a transport given in the options belongs to the caller");
  }

  @Test
  void readTimeoutsAreRetriedAndCallTimeoutsAreNot() throws Exception {
    ScriptedTransport t =
        new ScriptedTransport()
            .then(new SocketTimeoutException("read timed out"))
            .then(ScriptedTransport.response(200, "{}"))
            .then(new CallTimeoutException("whole call", null))
            .then(ScriptedTransport.response(200, "{}"));
    ClientCore core = core(t, ClientOptions.builder().callTimeout(Duration.ofMinutes(1)));
    core.execute(ApiRequest.builder("op", "GET", "/x").build(), ResponseHandlers.jsonTree(), null);
    assertEquals(2, t.requests().size());
    assertTrue(
        t.requests().get(0).callTimeout().compareTo(Duration.ofMinutes(1)) <= 0,
        "each attempt gets what is left of the whole-call timeout");
    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () ->
                core.executeAsync(
                        ApiRequest.builder("op", "GET", "/x").build(),
                        ResponseHandlers.jsonTree(),
                        null)
                    .get(10, TimeUnit.SECONDS));
    assertInstanceOf(ApiTimeoutException.class, e.getCause());
    assertEquals(3, t.requests().size());
    assertEquals(List.of(Duration.ofMillis(500)), sleeper.sleeps());
  }
}
