package dev.specpoet.runtime;

import static dev.specpoet.runtime.MockResponses.envelope;
import static dev.specpoet.runtime.MockResponses.json;
import static dev.specpoet.runtime.MockResponses.ok;
import static dev.specpoet.runtime.MockResponses.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.errors.ApiError;
import dev.specpoet.runtime.errors.ApiStatusException;
import dev.specpoet.runtime.errors.BadRequestException;
import dev.specpoet.runtime.errors.ConflictException;
import dev.specpoet.runtime.errors.InternalServerException;
import dev.specpoet.runtime.errors.NotFoundException;
import dev.specpoet.runtime.errors.PermissionDeniedException;
import dev.specpoet.runtime.errors.RateLimitException;
import dev.specpoet.runtime.errors.ResponseParseException;
import dev.specpoet.runtime.errors.UnauthorizedException;
import dev.specpoet.runtime.errors.UnexpectedStatusException;
import dev.specpoet.runtime.errors.UnprocessableEntityException;
import dev.specpoet.runtime.errors.UnsuccessfulResponseException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Success, errors, parsing and logging of calls over HTTP. */
class ClientCoreTest extends CoreOverHttp {
  // ---------------------------------------------------------------- success and headers

  @Test
  void unwrapsTheEnvelopeAndToleratesUnknownFields() throws Exception {
    server.enqueue(
        ok(
            "{\"success\":true,\"errors\":[],\"messages\":[],\"surprise\":1,"
                + "\"result\":{\"id\":\"gw1\",\"cache_ttl\":60,\"new_field\":{\"x\":[1]}}}"));
    Gateway g = call(core(options()));
    assertEquals(new Gateway("gw1", 60), g);
    RecordedRequest r = server.takeRequest();
    assertEquals("GET", r.getMethod());
    assertEquals("/client/v4/accounts/acc1/ai-gateway/gateways/gw1", r.getUrl().encodedPath());
  }

  @Test
  void sendsBearerTokenSecretHeadersAndDefaultHeaders() throws Exception {
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    ClientCore c =
        core(
            options()
                .bearerToken(TOKEN)
                .secretHeader("X-Auth-Email", EMAIL)
                .secretHeader("X-Auth-Key", KEY)
                .header("X-Team", "blue"));
    c.execute(
        ApiRequest.builder("op", "GET", "/x").header("X-Request", 7).build(),
        ResponseHandlers.jsonTree(),
        RequestOptions.builder().header("X-Team", "red").header("X-Per-Call", "yes").build());
    RecordedRequest r = server.takeRequest();
    assertEquals("Bearer " + TOKEN, r.getHeaders().get("Authorization"));
    assertEquals(EMAIL, r.getHeaders().get("X-Auth-Email"));
    assertEquals(KEY, r.getHeaders().get("X-Auth-Key"));
    assertEquals("red", r.getHeaders().get("X-Team"), "per-call header replaces the default");
    assertEquals("yes", r.getHeaders().get("X-Per-Call"));
    assertEquals("7", r.getHeaders().get("X-Request"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
    assertEquals(
        "specpoet-runtime/" + RuntimeVersion.get() + " (Java)", r.getHeaders().get("User-Agent"));
  }

  @Test
  void sendsTheJsonBodyAndReplaysItOnRetry() throws Exception {
    server.enqueue(status(503));
    server.enqueue(envelope("{\"id\":\"gw2\",\"cache_ttl\":5}"));
    ClientCore c = core(options());
    Gateway g =
        c.execute(
            ApiRequest.builder("aiGatewayCreate", "POST", "/gateways")
                .jsonBody(Map.of("id", "gw2"))
                .build(),
            ResponseHandlers.envelope("result", GATEWAY),
            null);
    assertEquals("gw2", g.id());
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertEquals("{\"id\":\"gw2\"}", first.getBody().utf8());
    assertEquals(first.getBody(), second.getBody());
    assertTrue(first.getHeaders().get("Content-Type").startsWith("application/json"));
  }

  @Test
  void rawResponseGivesStatusAndHeaders() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .setHeader("CF-Ray", "abc")
            .setHeader("Content-Type", "application/json")
            .body("{\"result\":{\"id\":\"g\"}}")
            .build());
    RawResponse<Gateway> raw =
        core(options())
            .executeRaw(
                getGateway(), ResponseHandlers.envelope("result", GATEWAY), RequestOptions.none());
    assertEquals(201, raw.statusCode());
    assertEquals("abc", raw.header("cf-ray").orElseThrow());
    assertEquals("abc", raw.headers().get("CF-RAY").get(0));
    assertEquals("g", raw.value().id());
  }

  @Test
  void perCallQueryParamsReplaceTheRequestsOwn() throws Exception {
    server.enqueue(ok("{}"));
    core(options())
        .execute(
            ApiRequest.builder("op", "GET", "/x")
                .queryParam("page", 1)
                .queryParam("keep", "k")
                .build(),
            ResponseHandlers.jsonTree(),
            RequestOptions.builder().queryParam("page", "9").queryParam("extra", "e x").build());
    RecordedRequest r = server.takeRequest();
    assertEquals("keep=k&page=9&extra=e%20x", r.getUrl().encodedQuery());
  }

  // ---------------------------------------------------------------- errors

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 405, 409, 418, 422, 429, 500, 502, 503})
  void eachStatusBecomesItsException(int code) {
    server.enqueue(
        json(
            code,
            "{\"success\":false,\"errors\":[{\"code\":7003,"
                + "\"message\":\"No route for that URI\"}],\"messages\":[],\"result\":null}"));
    ClientCore c = core(options().maxRetries(0));
    ApiStatusException e = assertThrows(ApiStatusException.class, () -> call(c));
    Class<?> expected =
        switch (code) {
          case 400 -> BadRequestException.class;
          case 401 -> UnauthorizedException.class;
          case 403 -> PermissionDeniedException.class;
          case 404 -> NotFoundException.class;
          case 409 -> ConflictException.class;
          case 422 -> UnprocessableEntityException.class;
          case 429 -> RateLimitException.class;
          case 500, 502, 503 -> InternalServerException.class;
          default -> UnexpectedStatusException.class;
        };
    assertEquals(expected, e.getClass());
    assertEquals(code, e.statusCode());
    assertEquals("aiGatewayGet", e.operationId());
    assertEquals(List.of(new ApiError(7003, "No route for that URI")), e.errors());
    assertTrue(e.body().contains("No route for that URI"));
    assertEquals("application/json", e.header("content-type").orElseThrow());
    assertTrue(e.getMessage().startsWith(code + " "), e.getMessage());
    assertTrue(
        e.getMessage()
            .endsWith(
                " from aiGatewayGet (GET /accounts/{account_id}/ai-gateway/"
                    + "gateways/{id}): [7003] No route for that URI"),
        e.getMessage());
  }

  @Test
  void notFoundMessageReadsWell() {
    server.enqueue(
        json(404, "{\"errors\":[{\"code\":7003,\"message\":\"No route for that URI\"}]}"));
    NotFoundException e = assertThrows(NotFoundException.class, () -> call(core(options())));
    assertEquals(
        "404 Not Found from aiGatewayGet (GET /accounts/{account_id}/ai-gateway/gateways/"
            + "{id}): [7003] No route for that URI",
        e.getMessage());
  }

  @Test
  void successFalseOn2xxIsAnErrorAndNotRetried() {
    server.enqueue(
        ok(
            "{\"success\":false,\"errors\":[{\"code\":1001,\"message\":\"bad\"},"
                + "{\"code\":\"1002\",\"message\":\"worse\"}],\"messages\":[],\"result\":null}"));
    UnsuccessfulResponseException e =
        assertThrows(UnsuccessfulResponseException.class, () -> call(core(options())));
    assertEquals(200, e.statusCode());
    assertEquals(List.of(new ApiError(1001, "bad"), new ApiError(1002, "worse")), e.errors());
    assertEquals(
        "200 OK with \"success\": false from aiGatewayGet (GET /accounts/{account_id}/"
            + "ai-gateway/gateways/{id}): [1001] bad; [1002] worse",
        e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void htmlErrorPageKeepsTheBodyAndHasNoErrors() {
    String html =
        "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>cloudflare</body>" + "</html>";
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .setHeader("Content-Type", "text/html")
            .body(html)
            .build());
    InternalServerException e =
        assertThrows(InternalServerException.class, () -> call(core(options().maxRetries(0))));
    assertEquals(html, e.body());
    assertTrue(e.errors().isEmpty());
    assertTrue(
        e.getMessage().contains("<html> <head><title>502 Bad Gateway</title>"), e.getMessage());
  }

  @Test
  void emptyErrorBodyIsSaidSo() {
    server.enqueue(new MockResponse.Builder().code(401).build());
    UnauthorizedException e =
        assertThrows(UnauthorizedException.class, () -> call(core(options())));
    assertEquals("", e.body());
    assertTrue(e.getMessage().endsWith("(empty body)"), e.getMessage());
  }

  @Test
  void malformedJsonIsAParseErrorNamingTheOperation() {
    server.enqueue(ok("{\"success\":true,\"result\":{\"id\":\"gw1\","));
    ResponseParseException e =
        assertThrows(ResponseParseException.class, () -> call(core(options())));
    assertEquals("aiGatewayGet", e.operationId());
    assertEquals(200, e.statusCode());
    assertTrue(
        e.getMessage()
            .startsWith(
                "Could not read the 200 OK response of aiGatewayGet (GET "
                    + "/accounts/{account_id}/ai-gateway/gateways/{id}): invalid JSON"),
        e.getMessage());
    assertTrue(e.getMessage().contains("the body starts with: {\"success\":true"), e.getMessage());
  }

  @Test
  void wrongShapeIsAParseErrorWithThePath() {
    server.enqueue(envelope("{\"id\":\"gw1\",\"cache_ttl\":\"not a number\"}"));
    ResponseParseException e =
        assertThrows(ResponseParseException.class, () -> call(core(options())));
    assertTrue(e.getMessage().contains("\"result\""), e.getMessage());
    assertTrue(e.getMessage().contains("cache_ttl"), e.getMessage());
  }

  @Test
  void nonJsonSuccessBodyIsAParseError() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>maintenance</html>").build());
    ResponseParseException e =
        assertThrows(ResponseParseException.class, () -> call(core(options())));
    assertTrue(e.getMessage().contains("<html>maintenance</html>"), e.getMessage());
  }

  @Test
  void emptySuccessBody() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(200).build());
    }
    ClientCore c = core(options());
    ResponseParseException e = assertThrows(ResponseParseException.class, () -> call(c));
    assertTrue(e.getMessage().contains("the body is empty"), e.getMessage());
    assertThrows(
        ResponseParseException.class,
        () -> c.execute(getGateway(), ResponseHandlers.json(GATEWAY), null));
    assertTrue(c.execute(getGateway(), ResponseHandlers.jsonTree(), null).isMissingNode());
    assertNull(c.execute(getGateway(), ResponseHandlers.discard(), null));
  }

  @Test
  void aHandlerThatThrowsUncheckedBecomesAParseError() {
    server.enqueue(ok("{}"));
    ResponseParseException e =
        assertThrows(
            ResponseParseException.class,
            () ->
                core(options())
                    .execute(
                        getGateway(),
                        ctx -> {
                          throw new NullPointerException("boom");
                        },
                        null));
    assertInstanceOf(NullPointerException.class, e.getCause());
    assertTrue(e.getMessage().contains("aiGatewayGet"));
  }

  @Test
  void credentialsNeverAppearInExceptionMessages() {
    server.enqueue(
        json(
            400,
            "{\"errors\":[{\"code\":9,\"message\":\"bad token "
                + TOKEN
                + " for "
                + EMAIL
                + "\"}]}"));
    server.enqueue(ok("{\"result\": \"" + KEY));
    ClientCore c =
        core(
            options()
                .bearerToken(TOKEN)
                .secretHeader("X-Auth-Email", EMAIL)
                .secretHeader("X-Auth-Key", KEY));
    BadRequestException e = assertThrows(BadRequestException.class, () -> call(c));
    assertFalse(e.getMessage().contains(TOKEN), e.getMessage());
    assertFalse(e.getMessage().contains(EMAIL), e.getMessage());
    assertTrue(e.getMessage().contains("<redacted>"), e.getMessage());
    ResponseParseException p =
        assertThrows(
            ResponseParseException.class,
            () -> c.execute(getGateway(), ResponseHandlers.jsonTree(), null));
    assertFalse(p.getMessage().contains(KEY), p.getMessage());
  }

  // ---------------------------------------------------------------- logging

  @Test
  void loggingIsOffByDefault() {
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    CapturingLogger logger = new CapturingLogger();
    core = new ClientCore(options().bearerToken(TOKEN).build(), logger);
    call(core);
    assertEquals(0, logger.count());
  }

  @Test
  void loggingNeverPrintsCredentials() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .setHeader("Set-Cookie", "session=s3cr3t")
            .body("{\"errors\":[]}")
            .build());
    server.enqueue(envelope("{\"id\":\"gw1\",\"echo\":\"" + KEY + "\"}"));
    CapturingLogger logger = new CapturingLogger();
    core =
        new ClientCore(
            options()
                .bearerToken(TOKEN)
                .secretHeader("X-Auth-Email", EMAIL)
                .secretHeader("X-Auth-Key", KEY)
                .secretHeader("X-Custom-Secret", "custom-secret-value")
                .logLevel(LogLevel.BODY)
                .build(),
            logger);
    core.execute(
        ApiRequest.builder("aiGatewayCreate", "POST", "/gateways")
            .jsonBody(Map.of("note", "token is " + TOKEN))
            .header("Cookie", "c=1")
            .build(),
        ResponseHandlers.jsonTree(),
        null);
    String log = logger.all();
    for (String secret : List.of(TOKEN, KEY, EMAIL, "custom-secret-value", "s3cr3t", "c=1")) {
      assertFalse(log.contains(secret), "log shows " + secret + ":\n" + log);
    }
    assertTrue(log.contains("Authorization: <redacted>"), log);
    assertTrue(log.contains("X-Auth-Key: <redacted>"), log);
    assertTrue(log.contains("X-Auth-Email: <redacted>"), log);
    assertTrue(log.contains("X-Custom-Secret: <redacted>"), log);
    assertTrue(log.contains("set-cookie: <redacted>"), log);
    assertTrue(log.contains("--> POST " + server.url("/client/v4/gateways")), log);
    assertTrue(log.contains("<-- 503 Service Unavailable (aiGatewayCreate"), log);
    assertTrue(log.contains("retry 1"), log);
    assertTrue(log.contains("\"note\":\"token is <redacted>\""), log);
  }

  @Test
  void basicLoggingHasNoHeadersNorBodies() {
    server.enqueue(envelope("{\"id\":\"gw1\"}"));
    CapturingLogger logger = new CapturingLogger();
    core =
        new ClientCore(options().header("X-Visible", "v").logLevel(LogLevel.BASIC).build(), logger);
    call(core);
    assertEquals(2, logger.count());
    assertFalse(logger.all().contains("X-Visible"));
    assertFalse(logger.all().contains("gw1\""));
  }

  @Test
  void unknownJsonNodesAreKept() {
    server.enqueue(envelope("{\"id\":\"gw1\",\"x\":{\"y\":true}}"));
    JsonNode result =
        core(options())
            .execute(
                getGateway(),
                ResponseHandlers.envelope("result", new TypeReference<JsonNode>() {}),
                null);
    assertTrue(result.at("/x/y").booleanValue());
  }
}
