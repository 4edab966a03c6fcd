package dev.specpoet.aigateway.it.support;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.harness.GeneratedClient;
import dev.specpoet.harness.SpecDocument.SpecOperation;
import dev.specpoet.runtime.json.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Calls an operation of the generated client the way a user would, found from the spec's SDK names:
 * {@code x-fern-sdk-group-name: ai-gateway.logs} + {@code x-fern-sdk-method-name: list} is {@code
 * client.aiGateway().logs().list(LogListParams)}. The params object is built with its generated
 * builder, one setter per spec parameter or body property, each value converted from the JSON
 * sample into the setter's declared Java type by the client's own Jackson set-up. A spec name with
 * no setter is a failure: the generated client must expose every parameter.
 */
public final class ClientInvoker {

  private static final ObjectMapper MAPPER = Json.mapper();

  private ClientInvoker() {}

  /** The service object of an operation's group, starting at the client. */
  public static Object service(Object client, SpecOperation op) {
    Object current = client;
    for (String segment : op.group()) {
      Method accessor = findNoArg(current.getClass(), javaName(segment));
      if (accessor == null) {
        throw new AssertionError(
            op.operationId()
                + ": "
                + current.getClass().getName()
                + " has no accessor for the SDK group '"
                + segment
                + "' (expected "
                + javaName(segment)
                + "()); it has "
                + publicMethodNames(current.getClass()));
      }
      current = GeneratedClient.invoke(accessor, current);
    }
    return current;
  }

  /**
   * The {@code withRawResponse()} view of a service, whose methods return status and headers too.
   */
  public static Object rawView(Object service, SpecOperation op) {
    Method view = findNoArg(service.getClass(), "withRawResponse");
    if (view == null) {
      throw new AssertionError(
          op.operationId() + ": " + service.getClass().getName() + " has no withRawResponse()");
    }
    return GeneratedClient.invoke(view, service);
  }

  /** The service method of an operation: the one taking only its params object. */
  public static Method method(Object service, SpecOperation op) {
    String name = javaName(op.sdkMethod());
    List<Method> candidates = new ArrayList<>();
    for (Method m : service.getClass().getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || !normalise(m.getName()).equals(normalise(name))) {
        continue;
      }
      if (m.getParameterCount() == 1
          && m.getParameterTypes()[0].getSimpleName().endsWith("Params")) {
        candidates.add(m);
      }
    }
    if (candidates.size() != 1) {
      throw new AssertionError(
          op.operationId()
              + ": expected exactly one method "
              + name
              + "(XxxParams) on "
              + service.getClass().getName()
              + ", found "
              + candidates
              + "; it has "
              + publicMethodNames(service.getClass()));
    }
    return candidates.get(0);
  }

  /**
   * Builds the params object of {@code method} from the sample values: {@code parameters} by spec
   * parameter name, {@code body} (an object) property by property (or whole, when the params
   * builder takes the body as one value).
   */
  public static Object params(
      Method method, SpecOperation op, Map<String, JsonNode> parameters, JsonNode body) {
    Class<?> paramsClass = method.getParameterTypes()[0];
    Method builderFactory = findNoArg(paramsClass, "builder");
    if (builderFactory == null || !Modifier.isStatic(builderFactory.getModifiers())) {
      throw new AssertionError(
          op.operationId() + ": " + paramsClass.getName() + " has no static builder()");
    }
    Object builder = GeneratedClient.invoke(builderFactory, null);
    for (Map.Entry<String, JsonNode> p : parameters.entrySet()) {
      set(op, builder, p.getKey(), p.getValue());
    }
    if (body != null) {
      List<Method> wholeBody = setters(builder.getClass(), "body");
      boolean flattened =
          body.isObject()
              && iterable(body.fieldNames()).stream()
                  .allMatch(name -> !setters(builder.getClass(), name).isEmpty());
      if (flattened || wholeBody.isEmpty()) {
        body.properties().forEach(f -> set(op, builder, f.getKey(), f.getValue()));
      } else {
        apply(op, builder, wholeBody.get(0), "body", body);
      }
    }
    Method build = findNoArg(builder.getClass(), "build");
    if (build == null) {
      throw new AssertionError(op.operationId() + ": the params builder has no build()");
    }
    return GeneratedClient.invoke(build, builder);
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }

  /** Calls the method; unwraps the exception a reflective call wraps. */
  public static Object call(Method method, Object service, Object params) throws Throwable {
    try {
      return method.invoke(service, params);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void set(SpecOperation op, Object builder, String jsonName, JsonNode value) {
    List<Method> candidates = setters(builder.getClass(), jsonName);
    if (candidates.isEmpty()) {
      throw new AssertionError(
          op.operationId()
              + ": the params builder "
              + builder.getClass().getName()
              + " has no setter for the spec's '"
              + jsonName
              + "' (expected "
              + javaName(jsonName)
              + "(...)); it has "
              + publicMethodNames(builder.getClass()));
    }
    AssertionError last = null;
    for (Method setter : candidates) {
      try {
        apply(op, builder, setter, jsonName, value);
        return;
      } catch (AssertionError e) {
        last = e;
      }
    }
    throw last;
  }

  private static void apply(
      SpecOperation op, Object builder, Method setter, String jsonName, JsonNode value) {
    JavaType type = MAPPER.getTypeFactory().constructType(setter.getGenericParameterTypes()[0]);
    Object converted;
    try {
      converted = MAPPER.convertValue(value, type);
    } catch (IllegalArgumentException e) {
      throw new AssertionError(
          op.operationId()
              + ": cannot turn the sample "
              + value
              + " for '"
              + jsonName
              + "' into "
              + type
              + " ("
              + setter
              + "): "
              + e.getMessage(),
          e);
    }
    GeneratedClient.invoke(setter, builder, converted);
  }

  /**
   * The one-argument builder methods for a JSON name, most specific first: plain types before
   * {@code Optional}/{@code JsonNode}/{@code Object} overloads.
   */
  static List<Method> setters(Class<?> builderClass, String jsonName) {
    String wanted = normalise(javaName(jsonName));
    List<Method> out = new ArrayList<>();
    for (Method m : builderClass.getMethods()) {
      if (m.getParameterCount() == 1
          && !Modifier.isStatic(m.getModifiers())
          && normalise(m.getName()).equals(wanted)
          && !m.getName().startsWith("add")
          // a primitive overload (.limit(20)) sits beside every boxed setter; the boxed one also
          // takes null, which a primitive would turn into 0
          && !m.getParameterTypes()[0].isPrimitive()) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingInt(ClientInvoker::genericity));
    return out;
  }

  private static int genericity(Method m) {
    Class<?> t = m.getParameterTypes()[0];
    if (t == Optional.class) {
      return 2;
    }
    if (t == Object.class
        || JsonNode.class.isAssignableFrom(t)
        || t.getName().contains("JsonField")) {
      return 3;
    }
    return t.isInterface() ? 1 : 0;
  }

  /**
   * {@code ai-gateway} -> {@code aiGateway}, {@code list_deployments} -> {@code listDeployments}.
   */
  public static String javaName(String specName) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : specName.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = out.length() > 0;
        continue;
      }
      out.append(
          upper ? Character.toUpperCase(c) : out.length() == 0 ? Character.toLowerCase(c) : c);
      upper = false;
    }
    return out.toString();
  }

  private static String normalise(String name) {
    return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }

  private static Method findNoArg(Class<?> type, String name) {
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0 && normalise(m.getName()).equals(normalise(name))) {
        return m;
      }
    }
    return null;
  }

  private static String publicMethodNames(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getDeclaringClass() != Object.class)
        .map(Method::getName)
        .distinct()
        .sorted()
        .toList()
        .toString();
  }
}
