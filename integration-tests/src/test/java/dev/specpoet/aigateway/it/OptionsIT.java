package dev.specpoet.aigateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.AiGatewayClientAsync;
import dev.specpoet.aigateway.it.support.Calls;
import dev.specpoet.aigateway.it.support.Clients;
import dev.specpoet.aigateway.it.support.FakeServer;
import dev.specpoet.aigateway.it.support.Fixtures;
import dev.specpoet.aigateway.it.support.Secrets;
import dev.specpoet.aigateway.models.AiGatewayGetParams;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.runtime.errors.InternalServerException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Client and per-call options over real sockets: the environment, per-call retries, headers and
 * query parameters, cancelling an async call, and a closed client.
 */
class OptionsIT {

  private final FakeServer fake = new FakeServer();

  @AfterEach
  void noLeaks() throws Exception {
    try {
      fake.assertNoConnectionInUse();
      fake.assertLogsClean();
    } finally {
      fake.close();
    }
  }

  private static AiGatewayGetParams gateway(String id) {
    return AiGatewayGetParams.builder().accountId(Calls.ACCOUNT).id(id).build();
  }

  @Test
  void fromEnvReadsTheBaseUrlTheTokenAndTheLogLevel() throws Exception {
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));
    try (AiGatewayClient client =
        AiGatewayClient.builder()
            .env(
                Map.of(
                    "CLOUDFLARE_BASE_URL",
                    fake.baseUrl(),
                    "CLOUDFLARE_API_TOKEN",
                    Clients.TOKEN,
                    "CLOUDFLARE_LOG",
                    "body"))
            .fromEnv()
            .transport(fake.transport)
            .build()) {

      client.aiGateway().get(gateway("gw-1"));

      RecordedRequest request = fake.requests().get(0);
      assertEquals(
          "/client/v4/accounts/acc-1/ai-gateway/gateways/gw-1", request.getUrl().encodedPath());
      assertEquals("Bearer " + Clients.TOKEN, request.getHeaders().get("Authorization"));
      Secrets.assertNoSecretIn("the client's options", client.options().toString());
    }
  }

  @Test
  void aPerCallRetryLimitOverridesTheClients() throws Exception {
    fake.enqueue(503, Fixtures.error(10001, "Service unavailable"));
    AiGatewayClient client = fake.client(3);

    InternalServerException e =
        assertThrows(
            InternalServerException.class,
            () ->
                client
                    .aiGateway()
                    .get(gateway("gw-1"), RequestOptions.builder().maxRetries(0).build()));

    Secrets.assertNoSecretIn(e);
    assertEquals(
        1,
        fake.requests().size(),
        "maxRetries(0) for this call: no retry although the client allows 3");
  }

  @Test
  void perCallHeadersAndQueryParametersAreSent() throws Exception {
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));

    fake.client(0)
        .aiGateway()
        .get(
            gateway("gw-1"),
            RequestOptions.builder()
                .header("X-Trace", "t-42")
                .queryParam("preview", "true")
                .build());

    RecordedRequest request = fake.requests().get(0);
    assertEquals("t-42", request.getHeaders().get("X-Trace"));
    assertEquals("true", request.getUrl().queryParameter("preview"));
  }

  @Test
  void cancellingAnAsyncCallReleasesItsConnection() throws Exception {
    fake.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(Fixtures.envelope(Fixtures.gateway("gw-1")))
            .headersDelay(30, TimeUnit.SECONDS)
            .build());
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-2")));
    AiGatewayClientAsync client = fake.asyncClient(0);

    CompletableFuture<?> slow = client.aiGateway().get(gateway("gw-1"));
    fake.server.takeRequest(5, TimeUnit.SECONDS); // the request reached the server
    assertTrue(slow.cancel(true));

    // the client still works afterwards, and the @AfterEach check finds no connection held
    assertEquals("gw-2", client.aiGateway().get(gateway("gw-2")).get(10, TimeUnit.SECONDS).id());
  }

  @Test
  void aClosedClientSaysSo() throws Exception {
    fake.enqueue(200, Fixtures.envelope(Fixtures.gateway("gw-1")));
    AiGatewayClient client = fake.client(0);
    client.aiGateway().get(gateway("gw-1")); // one logged call for the @AfterEach check
    client.close();

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> client.aiGateway().get(gateway("gw-1")));

    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertEquals(1, fake.server.getRequestCount(), "nothing sent after close");
  }
}
