package dev.specpoet.aigateway.it.support;

import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.AiGatewayClientAsync;
import dev.specpoet.harness.RecordingTransport;
import dev.specpoet.runtime.LogLevel;
import dev.specpoet.runtime.RetryPolicy;
import dev.specpoet.runtime.http.HttpTransport;
import java.time.Duration;

/**
 * How the tests make clients: always through the generated client's public builder, pointed at a
 * local server, with a transport the test can observe. Secrets are fixed strings the tests then
 * look for in every exception message and log line.
 */
public final class Clients {

  /** The API token every test client sends; must never appear in a message or a log line. */
  public static final String TOKEN = "tok-SECRET-7f3a9c1e5b2d4068";

  /** The legacy API key (X-Auth-Key); must never appear either. */
  public static final String API_KEY = "key-SECRET-0b1c2d3e4f5a6978";

  public static final String EMAIL = "ops@example.com";

  private Clients() {}

  /** The runtime's default transport (short timeouts for tests), recorded. */
  public static RecordingTransport recordingTransport() {
    return recordingTransport(Duration.ofSeconds(30));
  }

  public static RecordingTransport recordingTransport(Duration readTimeout) {
    return RecordingTransport.create(Duration.ofSeconds(5), readTimeout, Duration.ofSeconds(10));
  }

  /** A blocking client with no retries (a contract test must see exactly one exchange per call). */
  public static AiGatewayClient blocking(String baseUrl, HttpTransport transport) {
    return AiGatewayClient.builder()
        .baseUrl(baseUrl)
        .apiToken(TOKEN)
        .transport(transport)
        .maxRetries(0)
        .build();
  }

  public static AiGatewayClientAsync async(String baseUrl, HttpTransport transport) {
    return AiGatewayClientAsync.builder()
        .baseUrl(baseUrl)
        .apiToken(TOKEN)
        .transport(transport)
        .maxRetries(0)
        .build();
  }

  /** A blocking client configured for a fault test. */
  public static AiGatewayClient blocking(Settings settings) {
    return AiGatewayClient.builder()
        .baseUrl(settings.baseUrl)
        .apiToken(TOKEN)
        .transport(settings.transport)
        .maxRetries(settings.maxRetries)
        .retryPolicy(settings.retryPolicy)
        .logLevel(settings.logLevel)
        .build();
  }

  /**
   * A blocking client with the legacy credentials (X-Auth-Email + X-Auth-Key) instead of a token.
   */
  public static AiGatewayClient legacy(Settings settings) {
    return AiGatewayClient.builder()
        .baseUrl(settings.baseUrl)
        .apiEmail(EMAIL)
        .apiKey(API_KEY)
        .transport(settings.transport)
        .maxRetries(settings.maxRetries)
        .retryPolicy(settings.retryPolicy)
        .logLevel(settings.logLevel)
        .build();
  }

  public static AiGatewayClientAsync async(Settings settings) {
    return AiGatewayClientAsync.builder()
        .baseUrl(settings.baseUrl)
        .apiToken(TOKEN)
        .transport(settings.transport)
        .maxRetries(settings.maxRetries)
        .retryPolicy(settings.retryPolicy)
        .logLevel(settings.logLevel)
        .build();
  }

  /** Options for a fault test's client. */
  public static final class Settings {
    final String baseUrl;
    HttpTransport transport;
    int maxRetries = 2;
    LogLevel logLevel = LogLevel.OFF;
    RetryPolicy retryPolicy = RetryPolicy.defaults();

    public Settings(String baseUrl, HttpTransport transport) {
      this.baseUrl = baseUrl;
      this.transport = transport;
    }

    public Settings maxRetries(int value) {
      this.maxRetries = value;
      return this;
    }

    public Settings retryPolicy(RetryPolicy value) {
      this.retryPolicy = value;
      return this;
    }

    public Settings logLevel(LogLevel value) {
      this.logLevel = value;
      return this;
    }
  }
}
