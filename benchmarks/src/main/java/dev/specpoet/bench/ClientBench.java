package dev.specpoet.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.models.AiGatewayGetParams;
import dev.specpoet.aigateway.models.Gateway;
import dev.specpoet.runtime.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated AI Gateway client against hand-written OkHttp + Jackson: one GET of a gateway from
 * a local server, and decoding a 1,000-entry page (the runtime's mapper into the generated {@code
 * Gateway} against a plain {@code ObjectMapper} into public-field classes). Three forks and 20 s of
 * warm-up each: the generated call runs more code through the JIT (client core, pipeline, the
 * model's builder) and is still getting faster after the 5 s of warm-up an earlier version gave it
 * (377 down to 110 us/op over the measured iterations), which made a warm-up effect look like
 * overhead.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(3)
@State(Scope.Benchmark)
public class ClientBench {
  private LocalApi api;
  private AiGatewayClient client;
  private OkHttpClient http;
  private ObjectMapper plain;
  private String url;
  private AiGatewayGetParams params;
  private byte[] page;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    api = new LocalApi(LocalApi.envelope(LocalApi.gateway(1)));
    client =
        AiGatewayClient.builder()
            .baseUrl(api.baseUrl())
            .apiToken("bench-token")
            .maxRetries(0)
            .build();
    http = new OkHttpClient();
    plain =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();
    url = api.baseUrl() + "/accounts/" + LocalApi.ACCOUNT + "/ai-gateway/gateways/gw-1";
    params = AiGatewayGetParams.builder().accountId(LocalApi.ACCOUNT).id("gw-1").build();
    page = LocalApi.gateways(1000).getBytes(StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    api.close();
  }

  @Benchmark
  public Gateway callGenerated() {
    return client.aiGateway().get(params);
  }

  @Benchmark
  public PlainGateway callOkHttpJackson() throws IOException {
    Request request =
        new Request.Builder().url(url).header("Authorization", "Bearer bench-token").get().build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("HTTP " + response.code());
      }
      return plain.readValue(response.body().byteStream(), PlainGateway.Envelope.class).result;
    }
  }

  @Benchmark
  public List<Gateway> decodePageGenerated() throws IOException {
    return Json.mapper().readValue(page, new TypeReference<List<Gateway>>() {});
  }

  @Benchmark
  public List<PlainGateway> decodePagePlainJackson() throws IOException {
    return plain.readValue(page, new TypeReference<List<PlainGateway>>() {});
  }
}
