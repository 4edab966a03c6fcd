package dev.specpoet.aigateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.it.prism.PrismMock;
import dev.specpoet.aigateway.it.support.Clients;
import dev.specpoet.aigateway.models.AiGatewayCreateParams;
import dev.specpoet.aigateway.models.Gateway;
import dev.specpoet.aigateway.models.Log;
import dev.specpoet.aigateway.models.LogFilter;
import dev.specpoet.aigateway.models.LogFilterValue;
import dev.specpoet.aigateway.models.LogListParams;
import dev.specpoet.harness.Prism;
import dev.specpoet.harness.RecordingTransport;
import dev.specpoet.runtime.pagination.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The usage example of README.md ("Using the AI Gateway client"), kept here so that it always
 * compiles and runs: {@link #example} is the README's code block, run against Prism with a client
 * pointed at the mock instead of {@code AiGatewayClient.fromEnv()}.
 */
@ExtendWith(PrismMock.class)
class ReadmeExampleIT {

  /** The README's example, verbatim between the markers. */
  static List<String> example(AiGatewayClient client, String accountId) {
    List<String> seen = new ArrayList<>();
    // spotless:off (README.md shows this block as written)
    // --- README example start
    Gateway gateway = client.aiGateway().create(AiGatewayCreateParams.builder()
        .accountId(accountId)
        .id("my-gateway")
        .cacheInvalidateOnUpdate(true)
        .cacheTtl(null)              // required but nullable: sent as "cache_ttl": null
        .collectLogs(true)
        .rateLimitingInterval(null)
        .rateLimitingLimit(null)
        .build());

    LogListParams logs = LogListParams.builder()
        .accountId(accountId)
        .gatewayId(gateway.id())
        .filters(List.of(LogFilter.builder()       // filters[0][key]=model&filters[0][operator]=eq&...
            .key(LogFilter.Key.MODEL)
            .operator(LogFilter.Operator.EQ)
            .value(List.of(LogFilterValue.ofStringValue("gpt-4")))
            .build()))
        .perPage(20L)
        .build();

    Page<Log> first = client.aiGateway().logs().list(logs);
    for (Log log : first.autoPager()) {          // fetches page 2, 3 ... as you iterate
      seen.add(log.id() + " " + log.model() + " " + log.createdAt());
    }
    // --- README example end
    // spotless:on
    return seen;
  }

  @Test
  void readmeExampleRunsAgainstTheMock(Prism.Server prism) {
    try (RecordingTransport transport = Clients.recordingTransport();
        AiGatewayClient client = Clients.blocking(prism.baseUrl(), transport)) {
      // bounded: a pager that never stops must fail this test, not hang the build
      List<String> seen =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60), () -> example(client, "3ebbcb006d4d46d7bb6a8c7f14676cb0"));
      assertTrue(
          transport.violations().isEmpty(), "Prism reported violations: " + transport.violations());
      // Prism answers the spec's example page (one log, total_count 1): the pager must stop after
      // it.
      assertFalse(seen.isEmpty(), "the example page has logs");
      assertEquals(1, seen.size(), "one page of one log, no second request: " + seen);
    }
  }

  /**
   * The README's Java block holds this class's example line for line (trimmed; the README prints
   * where the test collects), so the README cannot drift from the code that runs.
   */
  @Test
  void readmeShowsThisExample() throws IOException {
    Path readme = Path.of(System.getProperty("specpoet.readme", "../README.md"));
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int block = text.indexOf("```java\n", text.indexOf("## Using the AI Gateway client"));
    assertTrue(block >= 0, "README.md has no java block under 'Using the AI Gateway client'");
    List<String> readmeLines =
        text.substring(block, text.indexOf("```\n", block + 7))
            .lines()
            .map(String::trim)
            .collect(Collectors.toList());

    Path self = Path.of("src/test/java/dev/specpoet/aigateway/it/ReadmeExampleIT.java");
    String source = Files.readString(self, StandardCharsets.UTF_8);
    String marked =
        source.substring(
            source.indexOf("// --- README example start\n"),
            source.indexOf("// --- README example end"));
    List<String> exampleLines =
        marked
            .lines()
            .skip(1)
            .map(String::trim)
            .filter(l -> !l.isEmpty())
            .map(l -> l.replace("seen.add(", "System.out.println("))
            .collect(Collectors.toList());

    int at = 0;
    for (String line : exampleLines) {
      int found = readmeLines.subList(at, readmeLines.size()).indexOf(line);
      assertTrue(
          found >= 0,
          "README.md's example lacks (or reorders) the line\n  "
              + line
              + "\nof "
              + self
              + "; copy the block between the markers into README.md");
      at += found + 1;
    }
  }
}
