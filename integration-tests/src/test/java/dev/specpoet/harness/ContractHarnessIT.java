package dev.specpoet.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.names.JavaNames;
import dev.specpoet.harness.SampleData.Mode;
import dev.specpoet.harness.SpecDocument.SpecOperation;
import dev.specpoet.harness.SpecDocument.SpecParameter;
import dev.specpoet.runtime.BinaryResponse;
import dev.specpoet.runtime.EventStream;
import dev.specpoet.runtime.Upload;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The contract harness: for each spec of {@code harness.specs} (comma-separated paths), generate
 * the client, compile it, start Prism on the spec (in parallel), and call every operation through
 * the generated client, once with the required values only and once with everything set (sample
 * values from the schemas, {@link SampleData}). An operation fails when the client cannot call it
 * (no method, a sample its builder refuses, an exception), when Prism reports a violation of the
 * request ({@code sl-violations}), or when the result does not parse or holds values the types do
 * not declare ({@link ResultChecker}); after the calls, Prism's log must hold no error line.
 *
 * <p>An operation named in the file {@code harness.skip} ({@link SkipList}) is not called: its two
 * tests are reported as aborted with the reason the file gives, and a line of that file that names
 * no operation of a spec under test fails.
 */
class ContractHarnessIT {

  private static final Duration PRISM_START = Duration.ofSeconds(120);

  @TestFactory
  Stream<DynamicNode> everyOperationOfEverySpec() {
    String specs = Prism.property("harness.specs", "");
    assertTrue(!specs.isBlank(), "no spec to test: set -Dharness.specs=/path/api.yaml[,...]");
    SkipList skips = SkipList.read(Prism.property("harness.skip", ""));
    List<DynamicNode> nodes = new ArrayList<>();
    List<Path> tested = new ArrayList<>();
    int i = 0;
    for (String spec : specs.split(",")) {
      Path path = Paths.get(spec.trim());
      tested.add(path);
      int index = i++;
      try {
        nodes.add(spec(path, index, skips));
      } catch (RuntimeException | AssertionError e) {
        nodes.add(
            dynamicTest(
                path + ": generate, compile, start Prism",
                () -> {
                  throw e;
                }));
      }
    }
    nodes.add(
        dynamicTest(
            "every line of the skip list names an operation",
            () -> assertEquals(List.of(), skips.unused(tested), "lines of " + skips.file())));
    return nodes.stream();
  }

  private static DynamicNode spec(Path spec, int index, SkipList skips) {
    String name = spec.getFileName().toString().replaceAll("\\.(ya?ml|json)$", "");
    Path work =
        Paths.get(Prism.property("harness.work", "target/harness")).resolve(index + "-" + name);
    try {
      Files.deleteIfExists(work.resolve("prism.log")); // the log read below is this run's only
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CompletableFuture<Prism.Server> prism =
        CompletableFuture.supplyAsync(
            () -> Prism.start(spec, work.resolve("prism.log"), PRISM_START));
    GeneratedClient generated = GeneratedClient.build(spec, "harness.api" + index, work);
    SpecDocument document = SpecDocument.read(spec);
    Prism.Server server = prism.join();
    RecordingTransport transport =
        RecordingTransport.create(
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30));
    AutoCloseable client = generated.client(server.baseUrl(), transport);

    List<DynamicNode> calls = new ArrayList<>();
    for (Operation op : generated.operations()) {
      SpecOperation specOp = specOperation(document, op);
      String skipped = skips.reason(spec, op.operationId());
      for (Mode mode : List.of(Mode.REQUIRED, Mode.FULL)) {
        String title = op.operationId() + " " + mode.name().toLowerCase(Locale.ROOT);
        if (skipped != null) {
          calls.add(
              dynamicTest(
                  title,
                  () -> {
                    throw new TestAbortedException("skipped (" + skips.file() + "): " + skipped);
                  }));
          continue;
        }
        calls.add(
            dynamicTest(
                title,
                () ->
                    call(
                        generated,
                        client,
                        transport,
                        document,
                        op,
                        specOp,
                        new SampleData(document, mode, 0))));
      }
    }
    calls.add(
        dynamicTest(
            "Prism logged no violation",
            () -> {
              try {
                List<String> errors =
                    server.errorLinesSince(0).stream()
                        .filter(line -> !line.contains("warning")) // e.g. no content to negotiate
                        .toList();
                assertEquals(List.of(), errors, "Prism's log " + server.log() + " has errors");
              } finally {
                client.close();
                transport.close();
                server.close();
              }
            }));
    return dynamicContainer(name + " (" + spec + ")", calls);
  }

  private static SpecOperation specOperation(SpecDocument document, Operation op) {
    return document.operations().stream()
        .filter(
            s ->
                s.method().equalsIgnoreCase(op.httpMethod().name())
                    && s.path().equals(op.pathTemplate()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("the spec has no " + op.httpMethod() + " " + op.pathTemplate()));
  }

  private static void call(
      GeneratedClient generated,
      AutoCloseable client,
      RecordingTransport transport,
      SpecDocument document,
      Operation op,
      SpecOperation specOp,
      SampleData samples)
      throws Throwable {
    JavaNames names = generated.analysis().names();
    Object service = generated.service(client, op);
    String paramsClass = names.typeName(op.paramsTypeId()).reflectionName();
    Method method = null;
    Method noArgs = null;
    for (Method m : service.getClass().getMethods()) {
      if (!m.getName().equals(names.methodName(op))) {
        continue;
      }
      if (m.getParameterCount() == 1 && m.getParameterTypes()[0].getName().equals(paramsClass)) {
        method = m;
      } else if (m.getParameterCount() == 0) {
        noArgs = m;
      }
    }
    int before = transport.exchanges().size();
    Object result;
    try {
      if (method != null) {
        Object params = params(generated, op, specOp, samples, method.getParameterTypes()[0]);
        result = GeneratedClient.invoke(method, service, params);
      } else {
        assertTrue(
            noArgs != null,
            op.operationId() + ": the service has no method " + names.methodName(op));
        result = GeneratedClient.invoke(noArgs, service);
      }
    } catch (ApiStatusException e) {
      // Prism answers with a response the spec declares; when an operation declares no 2xx at all
      // (the Petstore's addPet has only '405'), that error is the documented answer
      List<String> statuses = declaredStatuses(document, specOp);
      if (statuses.stream().anyMatch(s -> s.startsWith("2"))
          || !statuses.contains(Integer.toString(e.statusCode()))
          || e.header("sl-violations").isPresent()) {
        throw e;
      }
      result = null;
    }
    List<String> problems = new ArrayList<>();
    if (result instanceof BinaryResponse binary) {
      try (binary) {
        binary.bytes();
      }
    } else if (result instanceof EventStream<?> events) {
      try (events) {
        events.forEach(e -> problems.addAll(ResultChecker.check(e.data(), names.basePackage())));
      }
    } else if (result != null) {
      problems.addAll(ResultChecker.check(result, names.basePackage()));
    }
    List<RecordingTransport.Exchange> all = transport.exchanges();
    for (RecordingTransport.Exchange exchange : all.subList(before, all.size())) {
      if (exchange.violations() != null) {
        problems.add("Prism: " + exchange.violations() + " (sent " + exchange.describe() + ")");
      }
    }
    assertEquals(List.of(), problems, op.operationId());
  }

  private static List<String> declaredStatuses(SpecDocument document, SpecOperation op) {
    List<String> out = new ArrayList<>();
    document
        .root()
        .path("paths")
        .path(op.path())
        .path(op.method().toLowerCase(Locale.ROOT))
        .path("responses")
        .fieldNames()
        .forEachRemaining(out::add);
    return out;
  }

  private static Object params(
      GeneratedClient generated,
      Operation op,
      SpecOperation specOp,
      SampleData samples,
      Class<?> paramsClass) {
    JavaNames names = generated.analysis().names();
    Object builder = GeneratedClient.invoke(GeneratedClient.method(paramsClass, "builder"), null);
    boolean full = samples.mode() == Mode.FULL;
    for (Parameter p : op.parameters()) {
      if (!p.required() && !full) {
        continue;
      }
      SpecParameter sp =
          specOp.parameters().stream()
              .filter(
                  s -> s.name().equals(p.name()) && s.in().equalsIgnoreCase(p.location().name()))
              .findFirst()
              .orElse(null);
      if (sp == null) {
        continue; // a parameter the generator added (none today): nothing to sample
      }
      set(op, builder, names.parameterMember(op, p), samples.parameter(sp));
    }
    if (op.body() != null && (op.body().required() || full)) {
      JsonNode schema = specOp.bodySchema(op.body().contentType());
      JsonNode body =
          schema == null
              ? Json.mapper().getNodeFactory().textNode("harness")
              : samples.value(schema, "body", 0);
      if (!setProperties(op, names, builder, body)) {
        set(op, builder, names.bodyMember(op), body);
      }
    }
    return GeneratedClient.invoke(GeneratedClient.method(builder.getClass(), "build"), builder);
  }

  /** Sets an object body property by property when the params builder has a setter for each. */
  private static boolean setProperties(
      Operation op, JavaNames names, Object builder, JsonNode body) {
    if (!body.isObject() || body.isEmpty()) {
      return false;
    }
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      try {
        if (setters(builder.getClass(), names.bodyPropertyMember(op, it.next())).isEmpty()) {
          return false;
        }
      } catch (IllegalArgumentException notFlattened) {
        return false; // the body is one object (body(Pet)), not its properties
      }
    }
    body.fields()
        .forEachRemaining(
            e -> set(op, builder, names.bodyPropertyMember(op, e.getKey()), e.getValue()));
    return true;
  }

  private static void set(Operation op, Object builder, String member, JsonNode value) {
    List<Method> candidates = setters(builder.getClass(), member);
    assertTrue(
        !candidates.isEmpty(),
        op.operationId() + ": the params builder has no setter " + member + "(...)");
    RuntimeException last = null;
    for (Method setter : candidates) {
      Object converted;
      try {
        converted = convert(setter, value);
      } catch (IllegalArgumentException e) {
        last = e;
        continue;
      }
      GeneratedClient.invoke(setter, builder, converted);
      return;
    }
    throw new AssertionError(
        op.operationId() + ": cannot pass the sample " + value + " to " + member + "(...)", last);
  }

  private static Object convert(Method setter, JsonNode value) {
    Class<?> raw = setter.getParameterTypes()[0];
    if (raw == Upload.class) {
      return upload(value);
    }
    JavaType type =
        Json.mapper().getTypeFactory().constructType(setter.getGenericParameterTypes()[0]);
    if (type.isCollectionLikeType() && type.getContentType().getRawClass() == Upload.class) {
      List<Upload> uploads = new ArrayList<>();
      value.forEach(v -> uploads.add(upload(v)));
      return value.isArray() ? uploads : List.of(upload(value));
    }
    return Json.mapper().convertValue(value, type);
  }

  private static Upload upload(JsonNode value) {
    String text = value.isTextual() ? value.asText() : value.toString();
    return Upload.of(("harness " + text).getBytes(StandardCharsets.UTF_8), "sample.bin", null);
  }

  /** One-argument builder methods of that name, plain types before Optional/JsonNode/Object. */
  private static List<Method> setters(Class<?> builderClass, String name) {
    return Arrays.stream(builderClass.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        // the boxed setter beside each primitive overload also takes null
        .filter(m -> !m.getParameterTypes()[0].isPrimitive())
        .sorted(Comparator.comparingInt(ContractHarnessIT::genericity))
        .toList();
  }

  private static int genericity(Method m) {
    Class<?> t = m.getParameterTypes()[0];
    if (t == Object.class || t == JsonNode.class || t == java.util.Optional.class) {
      return 2;
    }
    return t == String.class ? 1 : 0;
  }
}
