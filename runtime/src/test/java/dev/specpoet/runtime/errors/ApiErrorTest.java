package dev.specpoet.runtime.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiErrorTest {
  static List<ApiError> parse(String json) throws Exception {
    JsonNode node = Json.mapper().readTree(json);
    return ApiError.listFrom(node);
  }

  @Test
  void readsCloudflareErrors() throws Exception {
    assertEquals(
        List.of(new ApiError(7003, "No route for that URI"), new ApiError(10000, null)),
        parse(
            "{\"errors\":[{\"code\":7003,\"message\":\"No route for that URI\"},"
                + "{\"code\":\"10000\"},{},{\"message\":null}],\"success\":false}"));
  }

  @Test
  void toleratesOtherShapes() throws Exception {
    assertEquals(List.of(new ApiError(null, "plain")), parse("{\"errors\":[\"plain\", 5]}"));
    assertEquals(List.of(new ApiError(null, "oops")), parse("{\"error\":\"oops\"}"));
    assertEquals(
        List.of(new ApiError(3, "nested")),
        parse("{\"error\":{\"code\":3,\"message\":\"nested\"}}"));
    assertEquals(List.of(new ApiError(null, "msg")), parse("{\"message\":\"msg\"}"));
    assertEquals(
        List.of(new ApiError(null, "huge code")),
        parse("{\"errors\":[{\"code\":99999999999,\"message\":\"huge code\"}]}"));
    assertEquals(List.of(), parse("[1,2]"));
    assertEquals(List.of(), parse("\"text\""));
    assertEquals(List.of(), parse("{\"errors\":{}}"));
    assertEquals(List.of(), ApiError.listFrom(null));
  }

  @Test
  void rendersCompactly() {
    assertEquals("[7003] No route", new ApiError(7003, "No route").toString());
    assertEquals("No route", new ApiError(null, "No route").toString());
    assertEquals("[7003]", new ApiError(7003, null).toString());
  }

  @Test
  void forStatusPicksTheSubclass() {
    Map<Integer, Class<?>> expected =
        Map.of(
            400,
            BadRequestException.class,
            401,
            UnauthorizedException.class,
            403,
            PermissionDeniedException.class,
            404,
            NotFoundException.class,
            409,
            ConflictException.class,
            422,
            UnprocessableEntityException.class,
            429,
            RateLimitException.class,
            500,
            InternalServerException.class,
            599,
            InternalServerException.class,
            302,
            UnexpectedStatusException.class);
    expected.forEach(
        (status, type) -> {
          ApiStatusException e =
              ApiStatusException.forStatus(
                  "m", "op", status, Map.of("X-A", List.of("1")), null, null);
          assertEquals(type, e.getClass(), "" + status);
          assertEquals("", e.body());
          assertTrue(e.errors().isEmpty());
          assertEquals("1", e.header("x-a").orElseThrow());
        });
  }
}
