package dev.specpoet.bench;

import dev.specpoet.aigateway.AiGatewayClient;
import dev.specpoet.aigateway.models.AiGatewayGetParams;
import dev.specpoet.aigateway.models.Gateway;
import java.lang.management.ManagementFactory;

/**
 * Time to first call in a fresh JVM: from {@code main} to the first decoded response of the
 * generated client (a local server answers), and the JVM's uptime then. Prints {@code
 * millisFromMain<TAB>jvmUptimeMillis}.
 */
public final class FirstCall {
  private FirstCall() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    try (LocalApi api = new LocalApi(LocalApi.envelope(LocalApi.gateway(1)));
        AiGatewayClient client =
            AiGatewayClient.builder().baseUrl(api.baseUrl()).apiToken("t").maxRetries(0).build()) {
      Gateway g =
          client
              .aiGateway()
              .get(AiGatewayGetParams.builder().accountId(LocalApi.ACCOUNT).id("gw-1").build());
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (!"gw-1".equals(g.id())) {
        throw new IllegalStateException("unexpected gateway " + g.id());
      }
      System.out.println(millis + "\t" + ManagementFactory.getRuntimeMXBean().getUptime());
    }
  }
}
