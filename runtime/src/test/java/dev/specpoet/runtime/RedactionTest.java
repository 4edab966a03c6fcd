package dev.specpoet.runtime;

import static dev.specpoet.runtime.MockResponses.json;
import static dev.specpoet.runtime.MockResponses.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.BadRequestException;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** End to end: what the log and the exceptions show of credentials and secret body members. */
class RedactionTest {
  static final String TOKEN = "tok-SECRET-0123456789";
  static final String QUERY_KEY = "key+SECRET/0123456789";
  static final String QUERY_KEY_ENCODED = "key%2BSECRET%2F0123456789";

  @StartStop final MockWebServer server = new MockWebServer();

  final CapturingLogger logger = new CapturingLogger();
  ClientCore core;

  @AfterEach
  void close() {
    if (core != null) {
      core.close();
    }
  }

  ClientCore core(ClientOptions.Builder options) {
    core =
        new ClientCore(
            options.baseUrl(server.url("/client/v4/").toString()).maxRetries(0).build(), logger);
    return core;
  }

  static ApiRequest.Builder post(Object body) {
    return ApiRequest.builder("providerConfigCreate", "POST", "/provider_configs").jsonBody(body);
  }

  static void assertAbsent(String text, String... secrets) {
    for (String secret : secrets) {
      assertFalse(text.contains(secret), "shows " + secret + ":\n" + text);
    }
  }

  // ---------------------------------------------------------------- per-call and plain headers

  @Test
  void perCallCredentialHeadersAreRedactedInLogsAndExceptions() throws Exception {
    String perCall = "per-call-TOKEN-42";
    String aig = "aig-gateway-TOKEN-7";
    server.enqueue(
        json(
            400,
            "{\"errors\":[{\"code\":1,\"message\":\"bad token "
                + perCall
                + " and "
                + aig
                + "\"}],\"echo\":\"Bearer "
                + perCall
                + "\"}"));
    ClientCore c = core(ClientOptions.builder().bearerToken(TOKEN).logLevel(LogLevel.BODY));
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () ->
                c.execute(
                    post(Map.of("note", "sent " + perCall))
                        .header("cf-aig-authorization", "Bearer " + aig)
                        .build(),
                    ResponseHandlers.jsonTree(),
                    RequestOptions.builder().header("Authorization", "Bearer " + perCall).build()));
    RecordedRequest r = server.takeRequest();
    assertEquals("Bearer " + perCall, r.getHeaders().get("Authorization"), "still sent");
    assertEquals("Bearer " + aig, r.getHeaders().get("cf-aig-authorization"), "still sent");
    assertAbsent(logger.all(), perCall, aig, TOKEN);
    assertTrue(logger.all().contains("cf-aig-authorization: <redacted>"), logger.all());
    assertAbsent(e.getMessage(), perCall, aig, TOKEN);
    assertTrue(e.getMessage().contains("bad token <redacted> and <redacted>"), e.getMessage());
  }

  @Test
  void perCallCredentialsOfOneCallDoNotLeakIntoTheNextCallsRedactor() {
    server.enqueue(ok("{\"a\":\"first-call-secret\"}"));
    server.enqueue(ok("{\"a\":\"first-call-secret\"}"));
    ClientCore c = core(ClientOptions.builder().logLevel(LogLevel.BODY));
    c.execute(
        post(Map.of()).build(),
        ResponseHandlers.jsonTree(),
        RequestOptions.builder().header("X-Api-Key", "first-call-secret").build());
    assertTrue(logger.all().contains("{\"a\":\"<redacted>\"}"), logger.all());
    c.execute(post(Map.of()).build(), ResponseHandlers.jsonTree(), null);
    assertTrue(
        logger.all().contains("{\"a\":\"first-call-secret\"}"),
        "a second call without the header has no such secret:\n" + logger.all());
  }

  @Test
  void credentialsGivenAsPlainDefaultHeadersAreRedacted() {
    String key = "plain-DEFAULT-key-99";
    server.enqueue(
        json(401, "{\"errors\":[{\"code\":10000,\"message\":\"key " + key + " is not valid\"}]}"));
    ClientCore c =
        core(
            ClientOptions.builder()
                .header("X-Api-Key", key)
                .header("Cookie", "session=cookie-SECRET-1; theme=dark")
                .logLevel(LogLevel.HEADERS));
    ApiStatusException e =
        assertThrows(
            ApiStatusException.class,
            () -> c.execute(post(Map.of()).build(), ResponseHandlers.jsonTree(), null));
    assertAbsent(logger.all(), key, "cookie-SECRET-1");
    assertTrue(logger.all().contains("X-Api-Key: <redacted>"), logger.all());
    assertAbsent(e.getMessage(), key);
    assertTrue(e.getMessage().contains("key <redacted> is not valid"), e.getMessage());
  }

  @Test
  void perCallCredentialHeadersAreRedactedInAsyncCalls() {
    String perCall = "async-per-call-TOKEN";
    server.enqueue(json(400, "{\"errors\":[{\"message\":\"bad " + perCall + "\"}]}"));
    ClientCore c = core(ClientOptions.builder().logLevel(LogLevel.BODY));
    java.util.concurrent.CompletionException e =
        assertThrows(
            java.util.concurrent.CompletionException.class,
            () ->
                c.executeAsync(
                        post(Map.of()).build(),
                        ResponseHandlers.jsonTree(),
                        RequestOptions.builder()
                            .header("Authorization", "Bearer " + perCall)
                            .build())
                    .join());
    assertAbsent(e.getCause().getMessage(), perCall);
    assertAbsent(logger.all(), perCall);
  }

  // ---------------------------------------------------------------- bodies in the log

  @Test
  void bodyLogMasksSecretMembersOfRequestAndResponseAtAnyDepth() {
    server.enqueue(
        ok(
            "{\"success\":true,\"result\":{\"id\":\"pc1\",\"secret\":\"sk-123\","
                + "\"usage\":{\"tokens_in\":5,\"tokens_out\":7},\"auth\":{\"refresh_token\":\"r-9\"}}}"));
    ClientCore c = core(ClientOptions.builder().bearerToken(TOKEN).logLevel(LogLevel.BODY));
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("secret", "sk-123");
    body.put("nested", Map.of("api_key", "k"));
    body.put("tokens_in", 5);
    c.execute(post(body).build(), ResponseHandlers.jsonTree(), null);
    String log = logger.all();
    assertTrue(
        log.contains("{\"secret\":\"***\",\"nested\":{\"api_key\":\"***\"},\"tokens_in\":5}"), log);
    assertTrue(
        log.contains(
            "\"secret\":\"***\",\"usage\":{\"tokens_in\":5,\"tokens_out\":7},"
                + "\"auth\":{\"refresh_token\":\"***\"}"),
        log);
    assertAbsent(log, "sk-123", "\"k\"", "r-9", TOKEN);
  }

  @Test
  void bodyLogNeverShowsTheClientsTokenEvenWhenTheServerEchoesIt() {
    server.enqueue(json(503, "<html>upstream said: Bearer " + TOKEN + "</html>"));
    server.enqueue(
        ok(
            "{\"result\":{\"echo\":\""
                + TOKEN
                + "\",\"headers\":{\"authorization\":"
                + "\"Bearer "
                + TOKEN
                + "\"}}}"));
    ClientCore c =
        new ClientCore(
            ClientOptions.builder()
                .baseUrl(server.url("/client/v4/").toString())
                .bearerToken(TOKEN)
                .retryPolicy(RetryPolicy.builder().sleeper(new RecordingSleeper()).build())
                .logLevel(LogLevel.BODY)
                .build(),
            logger);
    core = c;
    c.execute(post(Map.of("x", 1)).build(), ResponseHandlers.jsonTree(), null);
    String log = logger.all();
    assertAbsent(log, TOKEN);
    assertTrue(log.contains("upstream said: <redacted>"), log);
    assertTrue(
        log.contains("{\"echo\":\"<redacted>\",\"headers\":{\"authorization\":\"***\"}}"), log);
  }

  // ---------------------------------------------------------------- exceptions

  @Test
  void statusExceptionsNeverShowTheTokenEchoedBackNorSecretMembersOfTheBody() {
    server.enqueue(
        json(
            422,
            "{\"result\":{\"secret\":\"sk-123\",\"tokens_in\":5},"
                + "\"debug\":\"Authorization: Bearer "
                + TOKEN
                + "\"}"));
    ClientCore c = core(ClientOptions.builder().bearerToken(TOKEN));
    ApiStatusException e =
        assertThrows(
            ApiStatusException.class,
            () ->
                c.execute(
                    post(Map.of("secret", "sk-123")).build(), ResponseHandlers.jsonTree(), null));
    assertAbsent(e.getMessage(), TOKEN, "sk-123");
    assertTrue(e.getMessage().contains("\"secret\":\"***\",\"tokens_in\":5"), e.getMessage());
    assertTrue(e.getMessage().contains("Authorization: <redacted>"), e.getMessage());
    assertAbsent(e.body(), TOKEN);
    assertTrue(
        e.body().contains("\"secret\":\"sk-123\""),
        "the body stays the server's, only the client's own credentials are replaced");
    assertAbsent(e.toString(), TOKEN, "sk-123");
  }

  @Test
  void parsedErrorsNeverShowTheTokenEchoedBack() {
    server.enqueue(
        json(401, "{\"errors\":[{\"code\":10000,\"message\":\"token " + TOKEN + " expired\"}]}"));
    server.enqueue(
        ok("{\"success\":false,\"errors\":[\"bad Bearer " + TOKEN + "\"]," + "\"result\":null}"));
    ClientCore c = core(ClientOptions.builder().bearerToken(TOKEN));
    ApiStatusException e =
        assertThrows(
            ApiStatusException.class,
            () -> c.execute(post(Map.of()).build(), ResponseHandlers.jsonTree(), null));
    assertEquals("token <redacted> expired", e.errors().get(0).message());
    assertAbsent(e.getMessage() + e.body(), TOKEN);
    UnsuccessfulResponseException u =
        assertThrows(
            UnsuccessfulResponseException.class,
            () ->
                c.execute(
                    post(Map.of()).build(),
                    ResponseHandlers.envelope("result", new TypeReference<JsonNode>() {}),
                    null));
    assertEquals("bad <redacted>", u.errors().get(0).message());
    assertAbsent(u.getMessage() + u.body(), TOKEN);
  }

  @Test
  void parseExceptionsNeitherQuoteSecretsNorCarryCausesThatDo() {
    server.enqueue(ok("{\"count\":\"" + TOKEN + "\",\"secret\":\"sk-123\"}"));
    server.enqueue(ok("{\"secret\":\"sk-456\", oops"));
    ClientCore c = core(ClientOptions.builder().bearerToken(TOKEN));
    ResponseParseException e =
        assertThrows(
            ResponseParseException.class,
            () ->
                c.execute(
                    post(Map.of()).build(),
                    ResponseHandlers.json(new TypeReference<Counted>() {}),
                    null));
    assertAbsent(stackTrace(e), TOKEN, "sk-123");
    assertTrue(e.getMessage().contains("\"secret\":\"***\""), e.getMessage());
    assertTrue(
        e.getCause()
            .getMessage()
            .startsWith("com.fasterxml.jackson.databind.exc.InvalidFormatException: "),
        e.getCause().getMessage());
    assertTrue(e.getCause().getStackTrace().length > 0);
    ResponseParseException p =
        assertThrows(
            ResponseParseException.class,
            () -> c.execute(post(Map.of()).build(), ResponseHandlers.jsonTree(), null));
    assertAbsent(stackTrace(p), "sk-456");
    assertInstanceOf(
        com.fasterxml.jackson.core.JsonProcessingException.class,
        p.getCause(),
        "a cause that shows no credential is kept as it is");
  }

  record Counted(Integer count) {}

  static String stackTrace(Throwable t) {
    java.io.StringWriter w = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(w));
    return w.toString();
  }

  // ---------------------------------------------------------------- query credentials
  // secretQueryParam: on every request (the call's own parameter of that name winning), added to
  // next-page links, never shown in logs, messages or toString

  @Test
  void theKeyGoesInTheQueryAndNeverInTheLogsOrTheMessage() throws Exception {
    server.enqueue(json(400, "{\"error\":\"bad key " + QUERY_KEY + "\"}"));
    ClientCore c =
        core(
            ClientOptions.builder().secretQueryParam("api_key", QUERY_KEY).logLevel(LogLevel.BODY));
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () ->
                c.execute(
                    ApiRequest.builder("search", "GET", "/search").queryParam("q", "cats").build(),
                    ResponseHandlers.jsonTree(),
                    null));
    RecordedRequest r = server.takeRequest();
    assertEquals("/client/v4/search?q=cats&api_key=" + QUERY_KEY_ENCODED, r.getTarget());
    assertFalse(
        logger.all().contains(QUERY_KEY) || logger.all().contains(QUERY_KEY_ENCODED), logger.all());
    assertTrue(logger.all().contains("api_key=<redacted>"), logger.all());
    assertFalse(e.getMessage().contains(QUERY_KEY), e.getMessage());
  }

  @Test
  void theCallsOwnParameterOfThatNameWinsAndIsRedactedByItsName() throws Exception {
    server.enqueue(json(200, "{}"));
    ClientCore c =
        core(
            ClientOptions.builder()
                .secretQueryParam("api_key", QUERY_KEY)
                .logLevel(LogLevel.BASIC));
    c.execute(
        ApiRequest.builder("search", "GET", "/search")
            .queryParam("api_key", "other-key-42")
            .build(),
        ResponseHandlers.jsonTree(),
        null);
    assertEquals("/client/v4/search?api_key=other-key-42", server.takeRequest().getTarget());
    assertFalse(logger.all().contains("other-key-42"), logger.all());
  }

  @Test
  void nextPageLinksGetTheKeyUnlessTheyCarryIt() {
    Map<String, String> key = Map.of("api_key", "k 1");
    assertEquals(
        "https://x.test/v1/items?page=2&api_key=k%201",
        Links.withQueryCredentials("https://x.test/v1/items?page=2", key));
    assertEquals(
        "https://x.test/v1/items?api_key=k%201#top",
        Links.withQueryCredentials("https://x.test/v1/items#top", key));
    assertEquals(
        "https://x.test/v1/items?api_key=mine&page=2",
        Links.withQueryCredentials("https://x.test/v1/items?api_key=mine&page=2", key));
  }

  @Test
  void optionsShowTheNameOnly() {
    ClientOptions options =
        ClientOptions.builder()
            .baseUrl("https://x.test")
            .secretQueryParam("api_key", QUERY_KEY)
            .build();
    assertTrue(options.hasCredentials());
    assertEquals(Set.of("api_key"), options.secretQueryParamNames());
    assertTrue(
        options.toString().contains("credentials={?api_key=<redacted>}"), options.toString());
    assertFalse(options.toString().contains(QUERY_KEY));
    assertEquals(
        options.secretQueryParamNames(), options.toBuilder().build().secretQueryParamNames());
    assertTrue(
        ClientOptions.builder()
            .baseUrl("https://x.test")
            .secretQueryParam("api_key", QUERY_KEY)
            .secretQueryParam("api_key", null)
            .build()
            .secretQueryParamNames()
            .isEmpty());
  }
}
