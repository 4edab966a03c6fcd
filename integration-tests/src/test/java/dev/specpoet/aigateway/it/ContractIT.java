package dev.specpoet.aigateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.AiGatewayClientAsync;
import dev.specpoet.aigateway.it.prism.PrismMock;
import dev.specpoet.aigateway.it.support.ClientInvoker;
import dev.specpoet.aigateway.it.support.Clients;
import dev.specpoet.harness.Prism;
import dev.specpoet.harness.RecordingTransport;
import dev.specpoet.harness.RecordingTransport.Exchange;
import dev.specpoet.harness.ResultChecker;
import dev.specpoet.harness.SampleData;
import dev.specpoet.harness.SampleData.Mode;
import dev.specpoet.harness.SpecDocument;
import dev.specpoet.harness.SpecDocument.SpecOperation;
import dev.specpoet.harness.SpecDocument.SpecParameter;
import dev.specpoet.runtime.RawResponse;
import dev.specpoet.runtime.json.Json;
import dev.specpoet.runtime.pagination.AsyncPage;
import dev.specpoet.runtime.pagination.Page;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the spec, called through the generated client against Prism: blocking and
 * async, once with only the required parameters and once with every parameter filled (once per
 * variant when the request holds a union such as {@code dlp}). The calls are derived from the spec
 * itself (see {@link SampleData} for the values and {@link ClientInvoker} for how the SDK names map
 * onto the client), so a new operation is covered without a new line here. For each call:
 *
 * <ol>
 *   <li>exactly one HTTP exchange happens and Prism reports no violation ({@code sl-violations});
 *   <li>every parameter that was set reaches the wire (query names, headers, path values), and the
 *       JSON body sent equals the sample the params were built from (nothing dropped or renamed);
 *   <li>the result parses into the generated types with no unknown union variant, no unknown enum
 *       value and no undeclared property, and written back to JSON equals what Prism sent.
 * </ol>
 *
 * After the class, Prism's log is scanned for response violations (an example that does not match
 * its own schema) and for errors.
 */
@ExtendWith(PrismMock.class)
class ContractIT {

  private static final SpecDocument SPEC = SpecDocument.load();

  private static Prism.Server prism;
  private static long logMark;
  private static RecordingTransport transport;
  private static AiGatewayClient client;
  private static AiGatewayClientAsync asyncClient;

  @BeforeAll
  static void setUp(Prism.Server server) {
    prism = server;
    logMark = server.logMark();
    transport = Clients.recordingTransport();
    client = Clients.blocking(server.baseUrl(), transport);
    asyncClient = Clients.async(server.baseUrl(), transport);
  }

  @AfterAll
  static void tearDown() {
    if (asyncClient != null) {
      asyncClient.close();
    }
    if (client != null) {
      client.close();
    }
    if (prism != null) {
      List<String> bad = prism.errorLinesSince(logMark);
      assertTrue(
          bad.isEmpty(),
          "Prism logged errors while answering the client ("
              + prism.log()
              + "):\n"
              + String.join("\n", bad));
    }
  }

  @Test
  void theSpecHasAll46Operations() {
    assertEquals(46, SPEC.operations().size(), "operations in the spec: " + SPEC.operations());
  }

  @TestFactory
  Stream<DynamicNode> everyOperation() {
    return SPEC.operations().stream()
        .map(
            op -> {
              List<DynamicNode> cases = new ArrayList<>();
              for (boolean async : new boolean[] {false, true}) {
                String how = async ? "async" : "blocking";
                cases.add(
                    DynamicTest.dynamicTest(
                        "required parameters, " + how,
                        () -> callAndCheck(op, new SampleData(SPEC, Mode.REQUIRED, 0), async)));
                if (op.bodySchema() != null
                    && SampleData.hasRequiredNullable(SPEC, op.bodySchema())) {
                  cases.add(
                      DynamicTest.dynamicTest(
                          "required parameters, the nullable ones null, " + how,
                          () ->
                              callAndCheck(
                                  op, new SampleData(SPEC, Mode.REQUIRED_NULLS, 0), async)));
                }
                int variants =
                    op.bodySchema() == null ? 1 : SampleData.variantsNeeded(SPEC, op.bodySchema());
                for (int v = 0; v < variants; v++) {
                  int variant = v;
                  String name =
                      "every parameter"
                          + (variants > 1
                              ? " (union variant " + (v + 1) + " of " + variants + ")"
                              : "")
                          + ", "
                          + how;
                  cases.add(
                      DynamicTest.dynamicTest(
                          name,
                          () -> callAndCheck(op, new SampleData(SPEC, Mode.FULL, variant), async)));
                }
              }
              cases.add(
                  DynamicTest.dynamicTest(
                      "raw response (status and headers), blocking",
                      () -> callAndCheck(op, new SampleData(SPEC, Mode.REQUIRED, 0), false, true)));
              return DynamicContainer.dynamicContainer(
                  op.operationId() + " (" + op.method() + " " + op.path() + ")", cases);
            });
  }

  private static void callAndCheck(SpecOperation op, SampleData samples, boolean async)
      throws Exception {
    callAndCheck(op, samples, async, false);
  }

  private static void callAndCheck(SpecOperation op, SampleData samples, boolean async, boolean raw)
      throws Exception {
    boolean full = samples.mode() == Mode.FULL;
    Map<String, JsonNode> parameters = new LinkedHashMap<>();
    for (SpecParameter p : op.parameters()) {
      if (p.required() || full) {
        parameters.put(p.name(), samples.parameter(p));
      }
    }
    JsonNode body =
        op.bodySchema() != null && (op.bodyRequired() || full)
            ? samples.value(op.bodySchema(), "body", 0)
            : null;

    Object service = ClientInvoker.service(async ? asyncClient : client, op);
    if (raw) {
      service = ClientInvoker.rawView(service, op);
    }
    Method method = ClientInvoker.method(service, op);
    Object params = ClientInvoker.params(method, op, parameters, body);

    transport.drain();
    Object result;
    Throwable failure = null;
    try {
      Object returned = ClientInvoker.call(method, service, params);
      result = async ? ((CompletableFuture<?>) returned).get(30, TimeUnit.SECONDS) : returned;
    } catch (Throwable t) {
      result = null;
      failure = t instanceof java.util.concurrent.ExecutionException ? t.getCause() : t;
    }
    List<Exchange> exchanges = transport.drain();
    String wire =
        exchanges.stream()
            .map(Exchange::describe)
            .reduce((a, b) -> a + "\n" + b)
            .orElse("(no request)");
    if (failure != null) {
      throw new AssertionError(
          op.operationId() + " failed: " + failure + "\nexchanges:\n" + wire, failure);
    }
    assertEquals(
        1, exchanges.size(), op.operationId() + ": expected exactly one HTTP exchange:\n" + wire);
    Exchange exchange = exchanges.get(0);
    if (exchange.violations() != null) {
      fail(
          op.operationId()
              + ": Prism says the request does not match the spec:\n"
              + exchange.describe());
    }
    assertTrue(
        exchange.response().statusCode() / 100 == 2,
        op.operationId() + ": not a 2xx:\n" + exchange.describe());

    checkRequest(op, exchange, parameters, body);
    if (raw) {
      assertTrue(
          result instanceof RawResponse<?>,
          op.operationId() + ": withRawResponse() returned " + result);
      RawResponse<?> rawResponse = (RawResponse<?>) result;
      assertEquals(
          exchange.response().statusCode(),
          rawResponse.statusCode(),
          op.operationId() + ": raw status");
      assertTrue(
          rawResponse.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("content-type")),
          op.operationId() + ": raw headers " + rawResponse.headers());
      result = rawResponse.value();
    }
    checkResult(op, exchange, result, async);
  }

  /** Every parameter set reaches the wire; the body sent is the sample. */
  private static void checkRequest(
      SpecOperation op, Exchange exchange, Map<String, JsonNode> parameters, JsonNode body)
      throws Exception {
    URI uri = URI.create(exchange.request().url());
    assertEquals(op.method(), exchange.request().method(), op.operationId() + ": HTTP method");
    Set<String> queryNames = new LinkedHashSet<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        queryNames.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
      }
    }
    for (SpecParameter p : op.parameters()) {
      if (!parameters.containsKey(p.name())) {
        continue;
      }
      switch (p.in()) {
        case "query" ->
            assertTrue(
                queryNames.contains(p.name())
                    || queryNames.stream().anyMatch(n -> n.startsWith(p.name() + "[")),
                op.operationId()
                    + ": query parameter '"
                    + p.name()
                    + "' was set but not sent: "
                    + exchange.requestLine());
        case "header" ->
            assertTrue(
                exchange.request().headers().keySet().stream()
                    .anyMatch(h -> h.equalsIgnoreCase(p.name())),
                op.operationId() + ": header '" + p.name() + "' was set but not sent");
        case "path" ->
            assertTrue(
                uri.getPath().contains("/" + parameters.get(p.name()).asText()),
                op.operationId()
                    + ": path parameter '"
                    + p.name()
                    + "' = "
                    + parameters.get(p.name())
                    + " not in "
                    + uri.getPath());
        default -> {}
      }
    }
    if (body != null) {
      assertTrue(
          exchange.request().body() != null,
          op.operationId() + ": a body was set but none was sent");
      JsonNode sent = Json.mapper().readTree(exchange.request().body().bytes());
      List<String> diffs = ResultChecker.compareStrictNulls(body, sent);
      assertTrue(
          diffs.isEmpty(),
          op.operationId()
              + ": the JSON body sent differs from the values set:\n  "
              + String.join("\n  ", diffs)
              + "\nsent: "
              + sent);
    }
  }

  /** The result parses cleanly and equals what Prism sent. */
  private static void checkResult(SpecOperation op, Exchange exchange, Object result, boolean async)
      throws Exception {
    JsonNode received =
        exchange.response().body().length == 0
            ? null
            : Json.mapper().readTree(exchange.response().body());
    Object value = result;
    if (result instanceof Page<?> page) {
      value = page.items();
    } else if (result instanceof AsyncPage<?> page) {
      value = page.items();
    }
    List<String> problems = ResultChecker.check(value);
    assertTrue(
        problems.isEmpty(),
        op.operationId() + ": the parsed result has problems:\n  " + String.join("\n  ", problems));
    if (value == null || received == null) {
      return;
    }
    JsonNode written = ResultChecker.toJson(value);
    List<String> best = null;
    for (JsonNode candidate :
        new JsonNode[] {
          received.get("result"), received.get("data"), received.get("route"), received
        }) {
      if (candidate == null) {
        continue;
      }
      List<String> diffs = ResultChecker.compare(candidate, written);
      if (diffs.isEmpty()) {
        return;
      }
      if (best == null) {
        best = diffs;
      }
    }
    fail(
        op.operationId()
            + (async ? " (async)" : "")
            + ": the parsed result, written back to JSON, differs from what Prism sent:\n  "
            + String.join("\n  ", best)
            + "\nreceived: "
            + received
            + "\nparsed:   "
            + written);
  }
}
