package dev.specpoet.generator.testing;

import java.util.List;
import java.util.Map;

/**
 * Calls of the generated AI Gateway client, written against its generated API ({@code
 * drivers/aigateway/dev/specpoet/aigateway/Scenarios.java}).
 */
public interface AiGatewayScenarios {
  /**
   * {@code aiGateway().create(...)} with the nullable required fields set to null; the created
   * gateway's id.
   */
  String createGateway(String baseUrl);

  /** The message of {@code AiGatewayCreateParams.builder().build()}. */
  String missingRequired();

  /**
   * {@code aiGateway().logs().list(...)} filtered on model = gpt-4, per_page 2, every item's id.
   */
  List<String> listLogs(String baseUrl);

  /** {@code AiGatewayClient.builder().env(env).fromEnv()} then {@code aiGateway().get(...)}. */
  void getFromEnv(Map<String, String> env);
}
