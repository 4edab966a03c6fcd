package dev.specpoet.aigateway;

import dev.specpoet.aigateway.models.AiGatewayCreateParams;
import dev.specpoet.aigateway.models.AiGatewayGetParams;
import dev.specpoet.aigateway.models.Log;
import dev.specpoet.aigateway.models.LogFilter;
import dev.specpoet.aigateway.models.LogFilterValue;
import dev.specpoet.aigateway.models.LogListParams;
import dev.specpoet.generator.testing.AiGatewayScenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The generated AI Gateway client used as the README shows it. */
public final class Scenarios implements AiGatewayScenarios {

  private static AiGatewayClient client(String baseUrl) {
    return AiGatewayClient.builder().baseUrl(baseUrl).apiToken("token-1").maxRetries(0).build();
  }

  @Override
  public String createGateway(String baseUrl) {
    try (AiGatewayClient client = client(baseUrl)) {
      return client.aiGateway().create(AiGatewayCreateParams.builder()
          .accountId("acc")
          .id("my-gateway")
          .cacheInvalidateOnUpdate(true)
          .cacheTtl(null)
          .collectLogs(true)
          .rateLimitingInterval(null)
          .rateLimitingLimit(null)
          .build()).id();
    }
  }

  @Override
  public String missingRequired() {
    try {
      AiGatewayCreateParams.builder().build();
      return null;
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Override
  public List<String> listLogs(String baseUrl) {
    try (AiGatewayClient client = client(baseUrl)) {
      LogListParams params = LogListParams.builder()
          .accountId("acc")
          .gatewayId("my-gateway")
          .filters(List.of(LogFilter.builder()
              .key(LogFilter.Key.MODEL)
              .operator(LogFilter.Operator.EQ)
              .value(List.of(LogFilterValue.ofStringValue("gpt-4")))
              .build()))
          .perPage(2L)
          .build();
      List<String> ids = new ArrayList<>();
      for (Log log : client.aiGateway().logs().list(params).autoPager()) {
        ids.add(log.id());
      }
      return ids;
    }
  }

  @Override
  public void getFromEnv(Map<String, String> env) {
    try (AiGatewayClient client = AiGatewayClient.builder().env(env).fromEnv().maxRetries(0).build()) {
      client.aiGateway().get(AiGatewayGetParams.builder().accountId("acc").id("my-gateway").build());
    }
  }
}
