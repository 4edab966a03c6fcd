package dev.specpoet.aigateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.it.prism.PrismMock;
import dev.specpoet.aigateway.it.support.Clients;
import dev.specpoet.aigateway.models.AiGatewayGetParams;
import dev.specpoet.aigateway.models.AiGatewayUpdateParams;
import dev.specpoet.aigateway.models.Dlp;
import dev.specpoet.aigateway.models.DlpAction;
import dev.specpoet.aigateway.models.DlpPolicies;
import dev.specpoet.aigateway.models.DlpPolicy;
import dev.specpoet.aigateway.models.DlpProfiles;
import dev.specpoet.aigateway.models.DynamicRoutingCreateParams;
import dev.specpoet.aigateway.models.Gateway;
import dev.specpoet.aigateway.models.Log;
import dev.specpoet.aigateway.models.LogFilter;
import dev.specpoet.aigateway.models.LogFilterValue;
import dev.specpoet.aigateway.models.LogListParams;
import dev.specpoet.aigateway.models.RouteDetail;
import dev.specpoet.aigateway.models.RouteElement;
import dev.specpoet.aigateway.models.RouteElementConditional;
import dev.specpoet.aigateway.models.RouteElementEnd;
import dev.specpoet.aigateway.models.RouteElementFallbackOutputs;
import dev.specpoet.aigateway.models.RouteElementModel;
import dev.specpoet.aigateway.models.RouteElementOutput;
import dev.specpoet.aigateway.models.RouteElementPercentage;
import dev.specpoet.aigateway.models.RouteElementRate;
import dev.specpoet.aigateway.models.RouteElementStart;
import dev.specpoet.harness.Prism;
import dev.specpoet.harness.RecordingTransport;
import dev.specpoet.harness.RecordingTransport.Exchange;
import dev.specpoet.harness.ResultChecker;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.json.Json;
import dev.specpoet.runtime.pagination.AsyncPage;
import dev.specpoet.runtime.pagination.Page;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shapes that are easy to get wrong, written as a user writes them (typed builders, no
 * reflection) and sent to Prism: the log filters in the indexed-bracket query form, both shapes of
 * the {@code dlp} union, a route with all six element types, raw responses and the async twin.
 * Every exchange must be free of Prism violations.
 */
@ExtendWith(PrismMock.class)
class TypedCallsIT {

  private static RecordingTransport transport;
  private static AiGatewayClient client;

  @BeforeAll
  static void setUp(Prism.Server prism) {
    transport = Clients.recordingTransport();
    client = Clients.blocking(prism.baseUrl(), transport);
  }

  @AfterAll
  static void tearDown() {
    if (client != null) {
      client.close();
    }
    if (transport != null) {
      transport.close();
    }
  }

  @BeforeEach
  void forgetEarlierExchanges() {
    transport.drain();
  }

  @AfterEach
  void prismAcceptedEverything() {
    List<String> violations = transport.violations();
    assertTrue(
        violations.isEmpty(), "Prism reported violations:\n" + String.join("\n", violations));
  }

  private static Exchange onlyExchange() {
    List<Exchange> exchanges = transport.exchanges();
    assertEquals(
        1,
        exchanges.size(),
        () -> "exchanges: " + exchanges.stream().map(Exchange::describe).toList());
    return exchanges.get(0);
  }

  private static List<String> decodedQuery(Exchange exchange) {
    List<String> out = new ArrayList<>();
    String raw = URI.create(exchange.request().url()).getRawQuery();
    for (String pair : raw.split("&")) {
      out.add(URLDecoder.decode(pair, StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void logFiltersTravelAsIndexedBrackets() {
    LogListParams params =
        LogListParams.builder()
            .accountId("acc-1")
            .gatewayId("gw-1")
            .filters(
                List.of(
                    LogFilter.builder()
                        .key(LogFilter.Key.MODEL)
                        .operator(LogFilter.Operator.EQ)
                        .value(
                            List.of(
                                LogFilterValue.ofStringValue("gpt-4"),
                                LogFilterValue.ofStringValue("gpt-4o")))
                        .build(),
                    LogFilter.builder()
                        .key(LogFilter.Key.PROVIDER)
                        .operator(LogFilter.Operator.CONTAINS)
                        .value(List.of(LogFilterValue.ofStringValue("openai")))
                        .build()))
            .perPage(20L)
            .build();

    Page<Log> page = client.aiGateway().logs().list(params);

    List<String> query = decodedQuery(onlyExchange());
    assertTrue(
        query.containsAll(
            List.of(
                "filters[0][key]=model",
                "filters[0][operator]=eq",
                "filters[0][value][0]=gpt-4",
                "filters[0][value][1]=gpt-4o",
                "filters[1][key]=provider",
                "filters[1][operator]=contains",
                "filters[1][value][0]=openai",
                "per_page=20")),
        "query: " + query);
    assertEquals(1, page.items().size());
    assertTrue(ResultChecker.check(page.items()).isEmpty());
  }

  @Test
  void theProfilesShapeOfDlpIsSentAsItsOwnObject() throws Exception {
    Dlp dlp =
        Dlp.ofProfiles(
            DlpProfiles.builder()
                .action(DlpAction.BLOCK)
                .enabled(true)
                .profiles(List.of("pii", "secrets"))
                .build());

    Gateway updated = client.aiGateway().update(gatewayUpdate(dlp));

    JsonNode sent = Json.mapper().readTree(onlyExchange().request().body().bytes());
    assertEquals(
        Json.mapper()
            .readTree("{\"action\":\"BLOCK\",\"enabled\":true,\"profiles\":[\"pii\",\"secrets\"]}"),
        sent.get("dlp"),
        "the union is written as its variant, with no wrapper");
    assertInstanceOf(
        Dlp.Profiles.class, updated.dlp().orElseThrow(), "the example's dlp is the profiles shape");
  }

  @Test
  void thePoliciesShapeOfDlpIsSentAsItsOwnObject() throws Exception {
    Dlp dlp =
        Dlp.ofPolicies(
            DlpPolicies.builder()
                .enabled(true)
                .policies(
                    List.of(
                        DlpPolicy.builder()
                            .id("pol-1")
                            .action(DlpAction.FLAG)
                            .check(List.of(DlpPolicy.Check.REQUEST, DlpPolicy.Check.RESPONSE))
                            .enabled(true)
                            .profiles(List.of("pii"))
                            .build()))
                .build());

    client.aiGateway().update(gatewayUpdate(dlp));

    JsonNode sent = Json.mapper().readTree(onlyExchange().request().body().bytes()).get("dlp");
    assertEquals("pol-1", sent.at("/policies/0/id").asText());
    assertEquals("[\"REQUEST\",\"RESPONSE\"]", sent.at("/policies/0/check").toString());
    assertNull(sent.get("profiles"), "nothing of the other shape");
  }

  private static AiGatewayUpdateParams gatewayUpdate(Dlp dlp) {
    return AiGatewayUpdateParams.builder()
        .accountId("acc-1")
        .id("my-gateway")
        .cacheInvalidateOnUpdate(true)
        .cacheTtl(300L)
        .collectLogs(true)
        .rateLimitingInterval(60L)
        .rateLimitingLimit(100L)
        .dlp(dlp)
        .build();
  }

  @Test
  void aRouteWithEveryElementTypeIsAccepted() throws Exception {
    RouteElementOutput toModel = RouteElementOutput.builder().elementId("model-1").build();
    RouteElementOutput toEnd = RouteElementOutput.builder().elementId("end-1").build();
    RouteElementFallbackOutputs fallback =
        RouteElementFallbackOutputs.builder().success(toEnd).fallback(toEnd).build();
    List<RouteElement> elements =
        List.of(
            RouteElement.ofStart(
                RouteElementStart.builder()
                    .id("start-1")
                    .outputs(
                        RouteElementStart.Outputs.builder()
                            .next(RouteElementOutput.builder().elementId("cond-1").build())
                            .build())
                    .build()),
            RouteElement.ofConditional(
                RouteElementConditional.builder()
                    .id("cond-1")
                    .outputs(
                        RouteElementConditional.Outputs.builder()
                            .true_(RouteElementOutput.builder().elementId("split-1").build())
                            .false_(toModel)
                            .build())
                    .properties(
                        RouteElementConditional.Properties.builder()
                            .conditions(
                                Json.mapper().readTree("{\"metadata.tier\":{\"$eq\":\"pro\"}}"))
                            .build())
                    .build()),
            RouteElement.ofPercentage(
                RouteElementPercentage.builder()
                    .id("split-1")
                    .outputs(
                        Map.of(
                            "50",
                            RouteElementOutput.builder().elementId("rate-1").build(),
                            "else",
                            toModel))
                    .build()),
            RouteElement.ofRate(
                RouteElementRate.builder()
                    .id("rate-1")
                    .outputs(
                        RouteElementFallbackOutputs.builder()
                            .success(toModel)
                            .fallback(toEnd)
                            .build())
                    .properties(
                        RouteElementRate.Properties.builder()
                            .key("metadata.user")
                            .limit(100.0)
                            .limitType(RouteElementRate.Properties.LimitType.COUNT)
                            .window(60.0)
                            .build())
                    .build()),
            RouteElement.ofModel(
                RouteElementModel.builder()
                    .id("model-1")
                    .outputs(fallback)
                    .properties(
                        RouteElementModel.Properties.builder()
                            .provider("openai")
                            .model("gpt-4o")
                            .retries(2.0)
                            .timeout(30000.0)
                            .build())
                    .build()),
            RouteElement.ofEnd(RouteElementEnd.builder().id("end-1").outputs(Map.of()).build()));

    RouteDetail route =
        client
            .aiGateway()
            .dynamicRouting()
            .create(
                DynamicRoutingCreateParams.builder()
                    .accountId("acc-1")
                    .gatewayId("gw-1")
                    .name("tiered")
                    .elements(elements)
                    .build());

    JsonNode sent = Json.mapper().readTree(onlyExchange().request().body().bytes()).get("elements");
    List<String> types = new ArrayList<>();
    sent.forEach(e -> types.add(e.get("type").asText()));
    assertEquals(List.of("start", "conditional", "percentage", "rate", "model", "end"), types);
    assertEquals(
        "pro",
        sent.at("/1/properties/conditions/metadata.tier/$eq").asText(),
        "free-form JSON is sent as given");
    assertTrue(ResultChecker.check(route).isEmpty(), ResultChecker.check(route).toString());
  }

  @Test
  void rawResponsesCarryStatusAndHeaders() {
    RawResponse<Gateway> raw =
        client
            .aiGateway()
            .withRawResponse()
            .get(AiGatewayGetParams.builder().accountId("acc-1").id("my-gateway").build());

    assertEquals(200, raw.statusCode());
    assertTrue(
        raw.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("content-type")),
        raw.headers().toString());
    assertEquals("my-gateway", raw.value().id());
  }

  @Test
  void theAsyncTwinSharesTheClientAndPagesToo() throws Exception {
    AsyncPage<Log> page =
        client
            .async()
            .aiGateway()
            .logs()
            .list(LogListParams.builder().accountId("acc-1").gatewayId("gw-1").build())
            .get(20, TimeUnit.SECONDS);

    assertEquals(1, page.items().size());
    assertEquals(1, transport.exchanges().size(), "the async twin uses the same transport");
  }

  @Test
  void theLegacyEmailAndKeySatisfyTheSpecsSecurity(Prism.Server prism) {
    try (AiGatewayClient legacy =
        Clients.legacy(new Clients.Settings(prism.baseUrl(), transport).maxRetries(0))) {
      Gateway gateway =
          legacy
              .aiGateway()
              .get(AiGatewayGetParams.builder().accountId("acc-1").id("my-gateway").build());

      assertEquals("my-gateway", gateway.id());
      Map<String, List<String>> headers = onlyExchange().request().headers();
      assertTrue(
          headers.containsKey("X-Auth-Email") && headers.containsKey("X-Auth-Key"),
          headers.keySet().toString());
      assertTrue(
          headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Authorization")),
          headers.keySet().toString());
    }
  }

  /**
   * The negative control: proves that a request Prism rejects is seen, so the checks above can
   * fail.
   */
  @Test
  void aRequestOutsideTheSpecIsCaught() {
    LogListParams params =
        LogListParams.builder()
            .accountId("acc-1")
            .gatewayId("gw-1")
            .orderBy(
                LogListParams.OrderBy.of(
                    "not-a-column")) // forward-compatible enums accept any value
            .build();

    dev.specpoet.runtime.errors.UnprocessableEntityException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.specpoet.runtime.errors.UnprocessableEntityException.class,
            () -> client.aiGateway().logs().list(params));

    assertEquals(422, e.statusCode());
    List<String> violations = transport.violations();
    assertEquals(1, violations.size());
    assertTrue(violations.get(0).contains("order_by"), violations.get(0));
    transport.drain(); // expected: keep it out of the @AfterEach check
  }
}
