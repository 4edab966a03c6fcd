package com.example.services;

import com.example.services.models.EvaluationListParams;
import com.example.services.models.EventListParams;
import com.example.services.models.Gateway;
import com.example.services.models.GatewayCreateParams;
import com.example.services.models.GatewayDeleteParams;
import com.example.services.models.GatewayGetParams;
import com.example.services.models.GatewayTagParams;
import com.example.services.models.Log;
import com.example.services.models.LogFilter;
import com.example.services.models.LogListParams;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.generator.testing.ServiceScenarios;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.RequestOptions;
import dev.specpoet.runtime.http.HttpTransport;
import dev.specpoet.runtime.pagination.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The client generated from the {@code services} golden spec, used as an application would use it. */
public final class Scenarios implements ServiceScenarios {

  private static MiniGatewayClient client(String baseUrl) {
    return MiniGatewayClient.builder().baseUrl(baseUrl).apiToken("token-1").maxRetries(0).build();
  }

  @Override
  public String getGateway(String baseUrl, String id) {
    try (MiniGatewayClient client = client(baseUrl)) {
      Gateway gateway = client.gateways().get(GatewayGetParams.builder().accountId("acc").id(id).build());
      return gateway.id();
    }
  }

  @Override
  public String createGateway(String baseUrl) {
    try (MiniGatewayClient client = client(baseUrl)) {
      GatewayCreateParams params = GatewayCreateParams.builder()
          .accountId("acc")
          .id("gw-1")
          .cacheTtl(null)
          .collectLogs(true)
          .putAdditionalHeader("X-Extra", "yes")
          .putAdditionalQueryParam("beta", "1")
          .putAdditionalBodyProperty("new_field", List.of(1, 2))
          .putAdditionalBodyProperty("dropped", null)
          .putAdditionalBodyProperty("collect_logs", "yes")
          .build();
      return client.gateways().create(params).id();
    }
  }

  @Override
  public String missingRequired() {
    try {
      GatewayCreateParams.builder().collectLogs(true).build();
      return null;
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  @Override
  public String logParamsText() {
    return LogListParams.builder()
        .accountId("acc")
        .gatewayId("gw")
        .xSessionToken("tok-1")
        .passcode("pc-2")
        .search("q-3")
        .build()
        .toString();
  }

  private static LogListParams logParams() {
    return LogListParams.builder()
        .accountId("acc")
        .gatewayId("gw/1")
        .filters(List.of(LogFilter.builder().key("model").operator("eq").value(List.of("gpt-4")).build()))
        .tags(List.of("a", "b"))
        .perPage(2)
        .build();
  }

  @Override
  public List<String> listLogs(String baseUrl) {
    try (MiniGatewayClient client = client(baseUrl)) {
      Page<Log> first = client.gateways().logs().list(logParams());
      List<String> ids = new ArrayList<>();
      for (Log log : first.autoPager()) {
        ids.add(log.id());
      }
      return ids;
    }
  }

  @Override
  public List<String> listLogsAsync(String baseUrl) throws Exception {
    try (MiniGatewayClientAsync client = MiniGatewayClientAsync.builder().baseUrl(baseUrl).maxRetries(0).build()) {
      List<Log> all = client.gateways().logs().list(logParams())
          .thenCompose(page -> page.autoPager().toList())
          .get(10, TimeUnit.SECONDS);
      List<String> ids = new ArrayList<>();
      all.forEach(log -> ids.add(log.id()));
      return ids;
    }
  }

  @Override
  public List<String> listEvents(String baseUrl) {
    try (MiniGatewayClient client = client(baseUrl)) {
      List<String> ids = new ArrayList<>();
      client.gateways().events().list(EventListParams.builder().accountId("acc").build())
          .autoPager().stream().forEach(e -> ids.add(e.id()));
      return ids;
    }
  }

  @Override
  public List<String> listEvaluations(String baseUrl) {
    try (MiniGatewayClient client = client(baseUrl)) {
      List<String> ids = new ArrayList<>();
      client.gateways().evaluations().list(EvaluationListParams.builder().accountId("acc").limit(2).build())
          .autoPager().forEach(e -> ids.add(e.id()));
      return ids;
    }
  }

  @Override
  public Throwable asyncFailure(String baseUrl, String id) throws Exception {
    try (MiniGatewayClient client = client(baseUrl)) {
      CompletableFuture<Gateway> future =
          client.async().gateways().get(GatewayGetParams.builder().accountId("acc").id(id).build());
      try {
        future.get(10, TimeUnit.SECONDS);
        return null;
      } catch (ExecutionException e) {
        return e.getCause();
      }
    }
  }

  @Override
  public boolean sameServiceFromManyThreads(String baseUrl) throws Exception {
    try (MiniGatewayClient client = client(baseUrl)) {
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
          results.add(pool.submit(() -> {
            start.await();
            return client.gateways().logs();
          }));
        }
        start.countDown();
        Set<Object> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Future<Object> f : results) {
          distinct.add(f.get(10, TimeUnit.SECONDS));
        }
        return distinct.size() == 1 && distinct.contains(client.gateways().logs());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Override
  public void cancelAsyncList(HttpTransport transport) {
    try (MiniGatewayClientAsync client = MiniGatewayClientAsync.builder().transport(transport).maxRetries(0).build()) {
      client.gateways().logs().list(logParams()).cancel(true);
      client.gateways().logs().withRawResponse().list(logParams()).cancel(true);
    }
  }

  @Override
  public List<Object> rawGet(String baseUrl) {
    try (MiniGatewayClient client = client(baseUrl)) {
      RawResponse<Gateway> raw = client.gateways().withRawResponse()
          .get(GatewayGetParams.builder().accountId("acc").id("gw-1").build());
      return List.of(raw.statusCode(), raw.header("cf-ray").orElse("none"), raw.value().id());
    }
  }

  @Override
  public List<Object> rawGetAsync(String baseUrl) throws Exception {
    try (MiniGatewayClient client = client(baseUrl)) {
      RawResponse<Gateway> raw = client.async().gateways().withRawResponse()
          .get(GatewayGetParams.builder().accountId("acc").id("gw-1").build())
          .get(10, TimeUnit.SECONDS);
      return List.of(raw.statusCode(), raw.value().id());
    }
  }

  @Override
  public void delete(String baseUrl) throws Exception {
    try (MiniGatewayClient client = client(baseUrl)) {
      GatewayDeleteParams params = GatewayDeleteParams.builder().accountId("acc").id("gw-1").build();
      client.gateways().delete(params);
      Void nothing = client.async().gateways().delete(params).get(10, TimeUnit.SECONDS);
      if (nothing != null) {
        throw new AssertionError("a call without a body completes with null");
      }
    }
  }

  @Override
  public List<String> tag(String baseUrl) {
    try (MiniGatewayClient client = client(baseUrl)) {
      return client.gateways().tag(GatewayTagParams.builder().accountId("acc").id("gw-1").body(List.of("x", "y")).build());
    }
  }

  @Override
  public Map<String, Object> pingWithCredentials(String baseUrl) {
    try (MiniGatewayClient client = MiniGatewayClient.builder()
        .baseUrl(baseUrl)
        .apiToken("token-1")
        .apiEmail("me@example.com")
        .apiKey("key-1")
        .queryKey("qk-1")
        .header("X-Default", "d")
        .maxRetries(0)
        .build()) {
      Map<String, JsonNode> body = client.ping(RequestOptions.builder().header("X-Per-Call", "1").build());
      return new LinkedHashMap<>(body);
    }
  }

  @Override
  public String versionAsync(String baseUrl) throws Exception {
    try (MiniGatewayClientAsync client = MiniGatewayClientAsync.builder().baseUrl(baseUrl).build()) {
      return client.version().get(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public void pingFromEnv(Map<String, String> env) {
    try (MiniGatewayClient client = MiniGatewayClient.builder().env(env).fromEnv().maxRetries(0).build()) {
      client.ping();
    }
  }
}
