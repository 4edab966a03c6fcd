package dev.specpoet.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;

/**
 * What the tests of {@link ClientCore} over a MockWebServer share: the server, a sleeper that
 * records waits instead of waiting (with full jitter, so backoffs are their ceilings), the core
 * under test (closed after each test), and a typical call.
 */
abstract class CoreOverHttp {
  static final String TOKEN = "tok-SECRET-0123456789";
  static final String KEY = "key-SECRET-abcdef";
  static final String EMAIL = "someone@example.com";
  static final TypeReference<Gateway> GATEWAY = new TypeReference<>() {};

  record Gateway(String id, @JsonProperty("cache_ttl") Integer cacheTtl) {}

  @StartStop final MockWebServer server = new MockWebServer();

  final RecordingSleeper sleeper = new RecordingSleeper();
  ClientCore core;

  @AfterEach
  void closeCore() {
    if (core != null) {
      core.close();
    }
  }

  ClientOptions.Builder options() {
    return ClientOptions.builder()
        .baseUrl(server.url("/client/v4/").toString())
        .retryPolicy(RetryPolicy.builder().sleeper(sleeper).jitter(() -> 1.0).build());
  }

  ClientCore core(ClientOptions.Builder options) {
    core = new ClientCore(options.build());
    return core;
  }

  static ApiRequest getGateway() {
    return ApiRequest.builder(
            "aiGatewayGet", "GET", "/accounts/{account_id}/ai-gateway/gateways/{id}")
        .pathParam("account_id", "acc1")
        .pathParam("id", "gw1")
        .build();
  }

  Gateway call(ClientCore c) {
    return c.execute(
        getGateway(), ResponseHandlers.envelope("result", GATEWAY), RequestOptions.none());
  }
}
