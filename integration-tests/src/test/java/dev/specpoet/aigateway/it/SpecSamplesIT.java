package dev.specpoet.aigateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.aigateway.it.prism.PrismMock;
import dev.specpoet.harness.Prism;
import dev.specpoet.harness.SampleData;
import dev.specpoet.harness.SampleData.Mode;
import dev.specpoet.harness.SpecDocument;
import dev.specpoet.harness.SpecDocument.SpecOperation;
import dev.specpoet.harness.SpecDocument.SpecParameter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample values the contract tests feed the client with, sent by hand (plain OkHttp, no
 * generated code) to Prism, which must accept every one. This keeps the blame clear: when a {@link
 * ContractIT} call is rejected although its sample passes here, the client serialised it wrongly;
 * when a sample fails here, the samples (or the spec) are wrong. It also makes Prism answer every
 * operation once, so its log shows any response example it cannot validate.
 */
@ExtendWith(PrismMock.class)
class SpecSamplesIT {

  private static final SpecDocument SPEC = SpecDocument.load();
  private static final MediaType JSON = MediaType.get("application/json");
  private static Prism.Server prism;
  private static long logMark;
  private static OkHttpClient http;

  @BeforeAll
  static void setUp(Prism.Server server) {
    prism = server;
    logMark = server.logMark();
    http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  }

  @AfterAll
  static void tearDown() {
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    if (prism != null) {
      List<String> bad = prism.errorLinesSince(logMark);
      org.junit.jupiter.api.Assertions.assertTrue(
          bad.isEmpty(),
          "Prism logged errors while answering the samples ("
              + prism.log()
              + "):\n"
              + String.join("\n", bad));
    }
  }

  @TestFactory
  Stream<DynamicTest> prismAcceptsEverySample() {
    List<DynamicTest> tests = new ArrayList<>();
    for (SpecOperation op : SPEC.operations()) {
      int variants = op.bodySchema() == null ? 1 : SampleData.variantsNeeded(SPEC, op.bodySchema());
      tests.add(
          DynamicTest.dynamicTest(
              op.operationId() + " required",
              () -> send(op, new SampleData(SPEC, Mode.REQUIRED, 0))));
      for (int v = 0; v < variants; v++) {
        SampleData full = new SampleData(SPEC, Mode.FULL, v);
        tests.add(
            DynamicTest.dynamicTest(op.operationId() + " full #" + (v + 1), () -> send(op, full)));
      }
    }
    return tests.stream();
  }

  private static void send(SpecOperation op, SampleData samples) throws IOException {
    boolean full = samples.mode() == Mode.FULL;
    String path = op.path();
    HttpUrl base = HttpUrl.get(prism.baseUrl());
    List<String[]> query = new ArrayList<>();
    Request.Builder request = new Request.Builder().header("Authorization", "Bearer test-token");
    for (SpecParameter p : op.parameters()) {
      if (!p.required() && !full) {
        continue;
      }
      JsonNode value = samples.parameter(p);
      switch (p.in()) {
        case "path" -> path = path.replace("{" + p.name() + "}", value.asText());
        case "query" ->
            flatten(
                p.name(),
                value,
                query,
                value.isArray() && value.size() > 0 && value.get(0).isObject());
        case "header" -> request.header(p.name(), value.asText());
        default -> throw new IllegalStateException("unexpected parameter location " + p.in());
      }
    }
    HttpUrl.Builder url = base.newBuilder().encodedPath(path);
    for (String[] q : query) {
      url.addQueryParameter(q[0], q[1]);
    }
    JsonNode body =
        op.bodySchema() != null && (op.bodyRequired() || full)
            ? samples.value(op.bodySchema(), "body", 0)
            : null;
    RequestBody requestBody =
        body == null
            ? (op.method().equals("GET") || op.method().equals("DELETE")
                ? null
                : RequestBody.create(new byte[0], null))
            : RequestBody.create(body.toString(), JSON);
    request.url(url.build()).method(op.method(), requestBody);
    try (Response response = http.newCall(request.build()).execute()) {
      String violations = response.header("sl-violations");
      assertNull(
          violations,
          () ->
              op.operationId()
                  + ": Prism rejects the sample "
                  + request.build().url()
                  + (body == null ? "" : " " + body)
                  + ":\n"
                  + violations);
      assertEquals(2, response.code() / 100, () -> op.operationId() + ": " + response.code());
    }
  }

  /** Query form as the spec declares it: arrays repeated; arrays of objects as indexed brackets. */
  private static void flatten(String name, JsonNode value, List<String[]> out, boolean brackets) {
    if (value.isArray() && !brackets) {
      for (JsonNode item : value) {
        out.add(new String[] {name, item.asText()});
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        flatten(name + "[" + i + "]", value.get(i), out, true);
      }
    } else if (value.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        flatten(name + "[" + f.getKey() + "]", f.getValue(), out, true);
      }
    } else {
      out.add(new String[] {name, value.asText()});
    }
  }
}
