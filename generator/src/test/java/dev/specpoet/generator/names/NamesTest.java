package dev.specpoet.generator.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.testing.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesTest {
  @Test
  void words() {
    assertEquals("AiGateway", Words.pascal("ai-gateway"));
    assertEquals("elementId", Words.camel("elementId"));
    assertEquals("p1", Words.camel("P1"));
    assertEquals("xFoo", Words.camel("x-foo"));
    assertEquals("_2fa", Words.camel("2fa"));
    assertEquals("type", Words.camel("$type"));
    assertEquals("id", Words.camel("@id"));
    assertEquals("httpServer", Words.camel("HTTPServer"));
    assertEquals("PER_PAGE", Words.upperSnake("per-page"));
    assertEquals("_200", Words.upperSnake("200"));
    assertEquals("log", Words.singular("logs"));
    assertEquals("policy", Words.singular("policies"));
    assertEquals("status", Words.singular("status"));
    assertEquals("dynamic-routing", Words.singularLast("dynamic-routing"));
  }

  /** A spec with these schemas (YAML lines under components/schemas, indented by 4). */
  private static Map<String, String> render(Path dir, String name, String schemas)
      throws Exception {
    Path spec = dir.resolve(name + ".yaml");
    Files.writeString(
        spec,
        "openapi: 3.0.3\ninfo: {title: N, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
            + schemas);
    return TestSupport.render(spec, "n", false);
  }

  @Test
  void cleanNamesKeepTheirNameWhateverTheOrder(@TempDir Path tmp) throws Exception {
    String a =
        "    Thing:\n      type: object\n      properties:\n"
            + "        $type: {type: string}\n        type: {type: string}\n        x-foo: {type: string}\n"
            + "        xFoo: {type: string}\n        '@type': {type: string}\n";
    String b =
        "    Thing:\n      type: object\n      properties:\n"
            + "        '@type': {type: string}\n        xFoo: {type: string}\n        x-foo: {type: string}\n"
            + "        type: {type: string}\n        $type: {type: string}\n";
    for (String thing :
        List.of(
            render(tmp, "a", a).get("n/models/Thing.java"),
            render(tmp, "b", b).get("n/models/Thing.java"))) {
      assertTrue(thing.contains("@JsonProperty(\"type\")\n  private final String type;"), thing);
      assertTrue(thing.contains("@JsonProperty(\"xFoo\")\n  private final String xFoo;"), thing);
      // the rewritten ones take suffixes, by JSON name: "$type" < "@type"
      assertTrue(thing.contains("@JsonProperty(\"$type\")\n  private final String type2;"), thing);
      assertTrue(thing.contains("@JsonProperty(\"@type\")\n  private final String type3;"), thing);
      assertTrue(thing.contains("@JsonProperty(\"x-foo\")\n  private final String xFoo2;"), thing);
    }
  }

  @Test
  void caseOnlyClashesOfSchemasResolveTheSameWayInAnyOrder(@TempDir Path tmp) throws Exception {
    String foo = "    foo:\n      type: object\n      properties: {b: {type: string}}\n";
    String fooUpper = "    Foo:\n      type: object\n      properties: {a: {type: string}}\n";
    String fOO = "    FOO:\n      type: object\n      properties: {c: {type: string}}\n";
    for (Map<String, String> files :
        List.of(render(tmp, "a", foo + fooUpper + fOO), render(tmp, "b", fOO + foo + fooUpper))) {
      assertTrue(
          files.get("n/models/Foo.java").contains("String a;"),
          "the exact name keeps it: " + files.keySet());
      assertTrue(files.get("n/models/Foo2.java").contains("String c;"), "then by name: FOO < foo");
      assertTrue(files.get("n/models/Foo3.java").contains("String b;"), files.keySet().toString());
    }
  }

  /**
   * Top-level types under #/components may share a hint (inline response bodies): each still gets
   * its own class.
   */
  @Test
  void typesWithTheSameHintGetDistinctNames() {
    SourceLocation at = SourceLocation.of("x.yaml", "#");
    dev.specpoet.generator.model.ObjectType a =
        new dev.specpoet.generator.model.ObjectType(
            "#/components/responses/a/content/application~1json/schema",
            null,
            "RuleSuite",
            Doc.NONE,
            at,
            List.of(),
            null);
    dev.specpoet.generator.model.ObjectType b =
        new dev.specpoet.generator.model.ObjectType(
            "#/components/responses/b/content/application~1json/schema",
            null,
            "RuleSuite",
            Doc.NONE,
            at,
            List.of(),
            null);
    ApiModel model =
        new ApiModel(
            "T",
            "1",
            Doc.NONE,
            "x.yaml",
            List.of(),
            List.of(),
            List.of(a, b),
            new Resource(List.of(), List.of(), List.of()),
            null,
            List.of(),
            List.of());
    DefaultJavaNames names = new DefaultJavaNames(model, "p", null);
    assertEquals("p.models.RuleSuite", names.typeName(a.id()).canonicalName());
    assertEquals("p.models.RuleSuite2", names.typeName(b.id()).canonicalName());
  }

  private static Operation op(String id, String method, List<String> group) {
    return op(id, method, false, group);
  }

  /** A GET operation; its method is its operationId when {@code fromOperationId}. */
  static Operation op(String id, String method, boolean fromOperationId, List<String> group) {
    SourceLocation at = SourceLocation.of("x.yaml", "#/paths/~1x/get");
    return new Operation(
        id,
        method,
        fromOperationId,
        group,
        Operation.HttpMethod.GET,
        "/x",
        Doc.NONE,
        List.of(),
        null,
        new Response(200, null, null, null, at),
        List.of(),
        null,
        at,
        List.of());
  }

  @Test
  void servicesParamsAndMethods() {
    Operation logsList = op("logs-list", "list", List.of("ai-gateway", "logs"));
    Operation gwList = op("gw-list", "list", List.of("ai-gateway"));
    Operation gwClose = op("gw-close", "close", List.of("ai-gateway"));
    Operation config = op("cfg-get", "get", List.of("ai-gateway", "billing", "topup", "config"));
    Operation otherLogs = op("other-logs", "list", List.of("other", "logs"));
    Resource logs = new Resource(List.of("ai-gateway", "logs"), List.of(logsList), List.of());
    Resource topupConfig =
        new Resource(
            List.of("ai-gateway", "billing", "topup", "config"), List.of(config), List.of());
    Resource topup =
        new Resource(List.of("ai-gateway", "billing", "topup"), List.of(), List.of(topupConfig));
    Resource billing = new Resource(List.of("ai-gateway", "billing"), List.of(), List.of(topup));
    Resource gw =
        new Resource(List.of("ai-gateway"), List.of(gwList, gwClose), List.of(logs, billing));
    Resource other =
        new Resource(
            List.of("other"),
            List.of(),
            List.of(new Resource(List.of("other", "logs"), List.of(otherLogs), List.of())));
    Resource root = new Resource(List.of(), List.of(), List.of(gw, other));
    ApiModel model =
        new ApiModel(
            "Cloudflare AI Gateway API",
            "1",
            Doc.NONE,
            "x.yaml",
            List.of(),
            List.of(),
            List.of(),
            root,
            null,
            List.of(),
            List.of());
    DefaultJavaNames names = new DefaultJavaNames(model, "p", null);
    assertEquals("p.CloudflareAiGatewayClient", names.clientClass().canonicalName());
    assertEquals("p.CloudflareAiGatewayClientAsync", names.asyncClientClass().canonicalName());
    assertEquals(
        "p.services.AiGatewayLogsService",
        names.serviceClass(List.of("ai-gateway", "logs"), false).canonicalName());
    assertEquals(
        "p.services.AiGatewayLogsServiceAsync",
        names.serviceClass(List.of("ai-gateway", "logs"), true).canonicalName());
    assertEquals("logs", names.resourceAccessor(List.of("ai-gateway", "logs")));
    assertEquals("aiGateway", names.resourceAccessor(List.of("ai-gateway")));
    assertEquals("p.models.LogListParams", names.typeName(logsList.paramsTypeId()).canonicalName());
    assertEquals(
        "p.models.AiGatewayListParams", names.typeName(gwList.paramsTypeId()).canonicalName());
    assertEquals("p.models.ConfigGetParams", names.typeName(config.paramsTypeId()).canonicalName());
    assertEquals(
        "p.models.OtherLogListParams",
        names.typeName(otherLogs.paramsTypeId()).canonicalName(),
        "a clash takes the parent group's name");
    assertEquals("list", names.methodName(gwList));
    assertEquals("close2", names.methodName(gwClose), "close is the service's own");
  }

  @Test
  void javasReservedWordsComeFromTheCompilerAndContextualOnesAreAdded() {
    for (String w : List.of("class", "goto", "_", "true", "null", "var", "record", "yield")) {
      assertTrue(ReservedNames.isReserved(w), w);
    }
    for (String w : List.of("module", "exports", "value", "when")) {
      assertTrue(!ReservedNames.isReserved(w), w);
    }
  }

  /**
   * Names the emitters used to derive on their own clashed: two methods whose handler constants are
   * spelled alike ({@code getXY}, {@code getXy}), and a root operation named like the client's
   * accessor of its root service ({@code root}). The names stage now gives each its own, and the
   * client compiles.
   */
  @Test
  void generatedMembersDerivedFromSpecNamesDoNotClash(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("clash.yaml");
    Files.writeString(
        spec,
        """
        openapi: 3.0.3
        info: {title: Clash, version: "1"}
        paths:
          /a:
            get:
              operationId: get-x-y
              tags: [things]
              responses: {"204": {description: none}}
          /b:
            get:
              operationId: get_xy
              tags: [things]
              responses: {"204": {description: none}}
          /root:
            get:
              operationId: root
              responses: {"204": {description: none}}
        """);
    Map<String, String> files = TestSupport.render(spec, "n", true);
    String things = files.get("n/services/ThingsService.java");
    assertTrue(things.contains("GET_XY_HANDLER") && things.contains("GET_XY2_HANDLER"), things);
    assertTrue(files.get("n/ClashClient.java").contains("public void root2()"));
    var compilation = TestSupport.compile(files);
    assertEquals(
        com.google.testing.compile.Compilation.Status.SUCCESS,
        compilation.status(),
        compilation.diagnostics().toString());
  }
}
