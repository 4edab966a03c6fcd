package dev.specpoet.aigateway.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.specpoet.harness.SpecDocument;
import dev.specpoet.harness.SpecDocument.SpecOperation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The few operations the behaviour tests use, called through the generated client by their spec
 * names ({@link ClientInvoker}); the blocking call returns the value or throws what the client
 * throws, the async one returns the client's future.
 */
public final class Calls {

  public static final String ACCOUNT = "acc-1";
  public static final String GATEWAY = "gw-1";

  private Calls() {}

  /** {@code client.aiGateway().get(...)} for gateway {@code id}. */
  public static Object getGateway(Object client, String id) {
    return call(client, "aiGatewayGet", params("account_id", ACCOUNT, "id", id));
  }

  /** {@code client.aiGateway().get(params, requestOptions)}. */
  public static Object getGatewayWithOptions(
      Object client, String id, dev.specpoet.runtime.RequestOptions options) {
    SpecOperation op = SpecDocument.load().operation("aiGatewayGet");
    Object service = ClientInvoker.service(client, op);
    Method method = ClientInvoker.method(service, op);
    Object params = ClientInvoker.params(method, op, params("account_id", ACCOUNT, "id", id), null);
    try {
      Method withOptions =
          service
              .getClass()
              .getMethod(
                  method.getName(),
                  method.getParameterTypes()[0],
                  dev.specpoet.runtime.RequestOptions.class);
      return withOptions.invoke(service, params, options);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(
          "no " + method.getName() + "(params, RequestOptions) on " + service.getClass(), e);
    }
  }

  /** {@code client.aiGateway().logs().list(...)} with {@code per_page}. */
  public static Object listLogs(Object client, long perPage) {
    Map<String, JsonNode> p = params("account_id", ACCOUNT, "gateway_id", GATEWAY);
    p.put("per_page", JsonNodeFactory.instance.numberNode(perPage));
    return call(client, "aiGatewayLogsList", p);
  }

  /** {@code client.aiGateway().logs().delete(...)} (a DELETE). */
  public static Object deleteLogs(Object client) {
    return call(
        client, "aiGatewayLogsDelete", params("account_id", ACCOUNT, "gateway_id", GATEWAY));
  }

  /** {@code client.aiGateway().datasets().create(...)} (a POST with a JSON body). */
  public static Object createDataset(Object client, String name) {
    SpecOperation op = SpecDocument.load().operation("aiGatewayDatasetsCreate");
    JsonNodeFactory f = JsonNodeFactory.instance;
    com.fasterxml.jackson.databind.node.ObjectNode body = f.objectNode();
    body.put("enable", true);
    body.putArray("filters");
    body.put("name", name);
    return call(client, op, params("account_id", ACCOUNT, "gateway_id", GATEWAY), body);
  }

  /** A future of the async client, or the value of the blocking one. */
  @SuppressWarnings("unchecked")
  public static <T> CompletableFuture<T> future(Object asyncResult) {
    return (CompletableFuture<T>) asyncResult;
  }

  public static Object call(Object client, String operationId, Map<String, JsonNode> parameters) {
    return call(client, SpecDocument.load().operation(operationId), parameters, null);
  }

  static Object call(
      Object client, SpecOperation op, Map<String, JsonNode> parameters, JsonNode body) {
    Object service = ClientInvoker.service(client, op);
    Method method = ClientInvoker.method(service, op);
    Object params = ClientInvoker.params(method, op, parameters, body);
    try {
      return ClientInvoker.call(method, service, params);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  static Map<String, JsonNode> params(String... namesAndValues) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put(namesAndValues[i], JsonNodeFactory.instance.textNode(namesAndValues[i + 1]));
    }
    return out;
  }
}
