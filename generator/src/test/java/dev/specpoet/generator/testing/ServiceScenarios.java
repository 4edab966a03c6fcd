package dev.specpoet.generator.testing;

import java.util.List;
import java.util.Map;

/**
 * Calls of the client generated from the {@code services} golden spec, written in Java against the
 * generated API ({@code drivers/services/com/example/services/Scenarios.java}, compiled with the
 * generated sources) so that the tests exercise the API exactly as a user writes it. Each scenario
 * builds its own client on {@code baseUrl} (no retries) and closes it.
 */
public interface ServiceScenarios {
  /** {@code gateways().get(account "acc", id)}: the id of the returned gateway. */
  String getGateway(String baseUrl, String id);

  /**
   * {@code gateways().create(...)} with {@code cache_ttl} explicitly null and additional
   * header/query/body (a null one, and one named like the documented {@code collect_logs}).
   */
  String createGateway(String baseUrl);

  /** The message {@code GatewayCreateParams.builder().build()} fails with. */
  String missingRequired();

  /**
   * {@code LogListParams.toString()} with a secret header ({@code X-Session-Token: tok-1}), a
   * password-format query parameter ({@code passcode=pc-2}) and a plain search ({@code q-3}).
   */
  String logParamsText();

  /**
   * {@code gateways().logs().list(...)} with a filter, tags and per_page 2, all items through
   * {@code autoPager()}.
   */
  List<String> listLogs(String baseUrl);

  /** The same through the async client ({@code AsyncAutoPager.toList()}). */
  List<String> listLogsAsync(String baseUrl) throws Exception;

  /** {@code gateways().events().list()} (cursor pages), all items. */
  List<String> listEvents(String baseUrl);

  /** {@code gateways().evaluations().list(limit 2)} (offset pages), all items. */
  List<String> listEvaluations(String baseUrl);

  /**
   * {@code async().gateways().get(...)} with an id the runtime refuses: the future's failure (not a
   * throw).
   */
  Throwable asyncFailure(String baseUrl, String id) throws Exception;

  /** {@code client.gateways().logs()} from 16 threads at once: whether all got the same service. */
  boolean sameServiceFromManyThreads(String baseUrl) throws Exception;

  /**
   * Starts {@code async().gateways().logs().list(...)} over {@code transport} and cancels the
   * returned future (and the same for the raw view) before any response.
   */
  void cancelAsyncList(dev.specpoet.runtime.http.HttpTransport transport);

  /** {@code gateways().withRawResponse().get(...)}: status, header {@code cf-ray}, gateway id. */
  List<Object> rawGet(String baseUrl);

  /** {@code async().gateways().withRawResponse().get(...)}: status and gateway id. */
  List<Object> rawGetAsync(String baseUrl) throws Exception;

  /** {@code gateways().delete(...)} (no body), then the async twin. */
  void delete(String baseUrl) throws Exception;

  /** {@code gateways().tag(...)}: the whole body is a JSON array; the result (the array back). */
  List<String> tag(String baseUrl);

  /**
   * {@code ping(RequestOptions)} (header {@code X-Per-Call: 1}) on a client with all three
   * credentials and a default header set on the builder; the body returned.
   */
  Map<String, Object> pingWithCredentials(String baseUrl);

  /** {@code version()} (a JSON string) on the async client, a call of the root resource. */
  String versionAsync(String baseUrl) throws Exception;

  /** {@code ping()} on a client made by {@code builder().env(env).fromEnv()}. */
  void pingFromEnv(Map<String, String> env);
}
