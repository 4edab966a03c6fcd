package dev.specpoet.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.testing.TestSupport;
import dev.specpoet.runtime.errors.WebhookParseException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook parse helpers of the {@code webhooks} golden case at run time: a payload is read into
 * its type (unknown values kept), a bad body is a {@link WebhookParseException} naming the webhook;
 * a webhook without a JSON body is a warning at its place and gets no helper.
 */
class WebhooksTest {
  private static final String CASE = "webhooks";
  private static Class<?> webhooks;

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation = TestSupport.compile(GoldenTest.render(CASE));
    assertEquals(
        Compilation.Status.SUCCESS, compilation.status(), compilation.diagnostics().toString());
    webhooks =
        Class.forName(
            GoldenTest.packageOf(CASE) + ".PetEventsWebhooks", true, TestSupport.load(compilation));
  }

  private static Object parse(String method, Object body) throws Exception {
    Method m = webhooks.getMethod(method, body.getClass());
    try {
      return m.invoke(null, body);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
  }

  private static Object get(Object target, String getter) throws Exception {
    return target.getClass().getMethod(getter).invoke(target);
  }

  @Test
  void aPayloadIsReadIntoItsTypeFromTextOrBytes() throws Exception {
    Object pet = parse("parseNewPet", "{\"id\":\"p1\",\"name\":\"Rex\",\"tag\":null}");
    assertEquals("NewPetPayload", pet.getClass().getSimpleName());
    assertEquals("Rex", get(pet, "name"));
    assertEquals(Optional.empty(), get(pet, "tag"));
    Object same =
        parse(
            "parseNewPet",
            "{\"id\":\"p1\",\"name\":\"Rex\",\"tag\":null}".getBytes(StandardCharsets.UTF_8));
    assertEquals(pet, same);
  }

  @Test
  void aCallbackPayloadKeepsValuesTheSpecDoesNotList() throws Exception {
    Object event =
        parse("parseSubscribeOnEvent", "{\"event\":\"lost\",\"pet_id\":\"p1\",\"future\":1}");
    assertEquals("lost", get(event, "event").toString());
    assertTrue(get(event, "_additionalProperties").toString().contains("future"));
  }

  @Test
  void eachMethodOfAWebhookHasItsHelperAndItsPayloadType() throws Exception {
    Object pet = parse("parsePetUpdatedPost", "{\"id\":\"p2\"}");
    assertEquals("Pet", pet.getClass().getSimpleName());
    Object pets = parse("parsePetUpdatedPut", "[{\"id\":\"p2\"},{\"id\":\"p3\"}]");
    assertEquals(2, ((List<?>) pets).size());
  }

  @Test
  void aBodyThatIsNotThePayloadNamesTheWebhook() {
    WebhookParseException notJson =
        assertThrows(WebhookParseException.class, () -> parse("parseNewPet", "{\"id\": nope"));
    assertEquals("newPet", notJson.webhook());
    assertTrue(
        notJson.getMessage().startsWith("newPet: the request body is not its payload's JSON"),
        notJson.getMessage());
    WebhookParseException empty =
        assertThrows(WebhookParseException.class, () -> parse("parsePetUpdatedPost", "null"));
    assertEquals(
        "petUpdated: the request body is empty or JSON null, not a payload", empty.getMessage());
  }

  @Test
  void aWebhookWhoseBodyIsNotJsonIsAWarningAndHasNoHelper(@TempDir Path tmp) throws Exception {
    GenerationResult result =
        new SpecPoetGenerator()
            .generate(
                TestSupport.options(
                    GoldenTest.GOLDEN.resolve(CASE).resolve("spec.yaml"),
                    tmp.resolve("out"),
                    "com.example.webhooks",
                    true));
    List<String> warnings =
        result.warnings().stream()
            .filter(d -> d.severity() == Diagnostic.Severity.WARNING)
            .map(Diagnostic::toString)
            .toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("#/webhooks/report/post"), warnings.get(0));
    assertTrue(
        warnings.get(0).contains("webhook 'report' (POST) sends text/csv, not JSON"),
        warnings.get(0));
    for (Method m : webhooks.getMethods()) {
      assertFalse(m.getName().contains("Report") || m.getName().contains("Ping"), m.toString());
    }
  }
}
