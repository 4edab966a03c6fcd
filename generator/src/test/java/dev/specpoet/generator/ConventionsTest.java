package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.testing.TestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code conventions} option: {@code auto} (the default) and {@code cloudflare} read fern
 * groups, the result envelope and result_info pages; {@code generic} reads tags and operationIds
 * and returns bodies whole.
 */
class ConventionsTest {
  private static final Path OPERATIONS = GoldenTest.GOLDEN.resolve("operations/spec.yaml");

  private static Map<String, String> render(Path spec, String conventions) throws Exception {
    GeneratorOptions options =
        GeneratorOptions.builder()
            .input(spec)
            .outputDirectory(Path.of("unused-output"))
            .basePackage("com.example.c")
            .conventions(conventions)
            .build();
    return new SpecPoetGenerator().render(options);
  }

  @Test
  void autoIsTheDefaultAndReadsCloudflaresConventions() throws Exception {
    Map<String, String> auto = render(OPERATIONS, null);
    assertEquals(auto, render(OPERATIONS, "auto"));
    assertEquals(auto, render(OPERATIONS, "cloudflare"));
    String logs = auto.get("com/example/c/services/GatewaysLogsService.java");
    assertTrue(logs.contains("public Page<LogListResponse> list(LogListParams params)"), logs);
  }

  @Test
  void genericReadsTagsAndOperationIdsAndReturnsBodiesWhole() throws Exception {
    Map<String, String> generic = render(OPERATIONS, "generic");
    assertFalse(
        generic.keySet().stream().anyMatch(f -> f.contains("GatewaysLogsService")),
        "no fern groups: " + generic.keySet());
    String client = generic.get("com/example/c/OperationsClient.java");
    // no envelope: the body is not unwrapped, yet the list pages over its array of items (the
    // generic page-number rule), whose type nests in the whole body's class
    assertTrue(
        client.contains("public Page<LogsListResponse.Result> logsList(LogsListParams params)"),
        client);
    assertTrue(generic.containsKey("com/example/c/models/LogsListResponse.java"));
    String service = generic.get("com/example/c/services/OperationsService.java");
    assertTrue(service.contains("ResponseHandlers.list(\"/result\""), service);
    assertTrue(
        service.contains(
            "PaginationInfo.at(response.body(), \"/result_info/total_count\", null, null)"),
        service);
  }

  /**
   * A method the spec names with x-fern-sdk-method-name wins over a shortened operationId where the
   * conventions read x-fern (auto); the generic ones do not read it, so both operations shorten.
   */
  @Test
  void anXFernMethodNameWinsOnlyWhereTheConventionsReadIt() throws Exception {
    Path spec = GoldenTest.GOLDEN.resolve("method-names/spec.yaml");
    String auto = render(spec, null).get("com/example/c/services/InvoicesService.java");
    assertTrue(auto.contains("public Invoice create(InvoiceCreateParams params)"), auto);
    assertTrue(
        auto.contains("public Invoice createInvoice(InvoiceCreateInvoiceParams params)"), auto);
    String generic = render(spec, "generic").get("com/example/c/services/InvoicesService.java");
    assertTrue(generic.contains("public Invoice create(InvoiceCreateParams params)"), generic);
    assertTrue(generic.contains("public Invoice issue(InvoiceIssueParams params)"), generic);
  }

  @Test
  void unknownConventionsAreAnOptionError() {
    GenerationFailedException e =
        assertThrows(GenerationFailedException.class, () -> render(OPERATIONS, "stripe"));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    assertEquals("<options>", d.location().file());
    assertTrue(d.format().contains("unknown conventions 'stripe'"), d.format());
    assertTrue(d.format().contains("auto, cloudflare, generic"), d.format());
  }

  /** A cursor list whose result_info is free-form: the cursor is read from result_info.cursor. */
  @Test
  void aCursorWithAFreeFormResultInfoPages(@TempDir Path tmp) throws Exception {
    Path spec = tmp.resolve("cursor.yaml");
    Files.writeString(
        spec,
        """
        openapi: 3.0.3
        info: {title: Cursor, version: "1"}
        paths:
          /events:
            get:
              operationId: listEvents
              parameters:
                - {name: cursor, in: query, schema: {type: string}}
              responses:
                "200":
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          success: {type: boolean}
                          result: {type: array, items: {type: string}}
                          result_info: {type: object}
        """);
    String client =
        TestSupport.render(spec, "com.example.c", true).get("com/example/c/CursorClient.java");
    assertTrue(client.contains("public Page<String> listEvents(ListEventsParams params)"), client);
  }
}
