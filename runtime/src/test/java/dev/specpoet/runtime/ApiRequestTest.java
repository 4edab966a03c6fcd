package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiRequestTest {

  enum Operator {
    EQ("eq"),
    CONTAINS("contains");

    private final String value;

    Operator(String value) {
      this.value = value;
    }

    @JsonValue
    String value() {
      return value;
    }
  }

  record Filter(String key, Operator operator, List<Object> value) {}

  record Range(@JsonProperty("start_date") LocalDate start, Integer limit, Object nothing) {}

  static ApiRequest.Builder get(String template) {
    return ApiRequest.builder("op", "get", template);
  }

  static String query(ApiRequest.Builder b) {
    return b.build().encodedQuery();
  }

  // ---------------------------------------------------------------- path

  @Test
  void pathParametersAreFilledIn() {
    ApiRequest r =
        get("/accounts/{account_id}/gateways/{id}/logs")
            .pathParam("account_id", "acc")
            .pathParam("id", 42)
            .build();
    assertEquals("/accounts/acc/gateways/42/logs", r.path());
    assertEquals("GET", r.method());
    assertEquals("/accounts/{account_id}/gateways/{id}/logs", r.pathTemplate());
  }

  @Test
  void aSlashStaysInsideItsSegment() {
    assertEquals(
        "/gateways/a%2Fb/logs", get("/gateways/{id}/logs").pathParam("id", "a/b").build().path());
  }

  @Test
  void dotDotSlashCannotClimb() {
    assertEquals(
        "/gateways/..%2Fx/logs", get("/gateways/{id}/logs").pathParam("id", "../x").build().path());
    assertEquals(
        "/gateways/..%2F..%2Fadmin",
        get("/gateways/{id}").pathParam("id", "../../admin").build().path());
  }

  @Test
  void reservedCharactersAreEncoded() {
    assertEquals(
        "/g/a%3Fb%23c%25d%20e%2Bf%3Bg%40h%C3%A9",
        get("/g/{id}").pathParam("id", "a?b#c%d e+f;g@hé").build().path());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void dotSegmentsAndEmptyValuesAreRefused(String value) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> get("/gateways/{id}/logs").pathParam("id", value).build());
    assertTrue(e.getMessage().contains("op: path parameter 'id'"), e.getMessage());
  }

  @Test
  void threeDotsAreAnOrdinarySegment() {
    assertEquals("/g/...", get("/g/{id}").pathParam("id", "...").build().path());
  }

  @Test
  void aMissingPathParameterIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> get("/accounts/{account_id}/x").build());
    assertEquals(
        "op: path parameter 'account_id' is required (path /accounts/{account_id}/x)",
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> get("/accounts/{account_id}/x").pathParam("account_id", null).build());
  }

  @Test
  void anUnknownPathParameterIsRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> get("/x").pathParam("nope", "1").build());
    assertTrue(e.getMessage().contains("'nope' does not occur"), e.getMessage());
  }

  // ---------------------------------------------------------------- query

  @Test
  void scalarsAreRenderedAsText() {
    OffsetDateTime at = OffsetDateTime.of(2026, 11, 22, 6, 30, 0, 0, ZoneOffset.ofHours(2));
    String q =
        query(
            get("/x")
                .queryParam("s", "a b&c=d")
                .queryParam("t", true)
                .queryParam("f", false)
                .queryParam("i", 7)
                .queryParam("l", 12345678901L)
                .queryParam("d", 1.5)
                .queryParam("fl", 1.1f)
                .queryParam("e", 1e20)
                .queryParam("big", new BigDecimal("1E+3"))
                .queryParam("at", at)
                .queryParam("day", LocalDate.of(2026, 1, 2))
                .queryParam("op", Operator.CONTAINS)
                .queryParam("none", null)
                .queryParam("empty", Optional.empty())
                .queryParam("opt", Optional.of("x")));
    assertEquals(
        "s=a%20b%26c%3Dd&t=true&f=false&i=7&l=12345678901&d=1.5&fl=1.1&e=100000000000000000000&big=1000"
            + "&at=2026-11-22T06%3A30%3A00%2B02%3A00&day=2026-01-02&op=contains&opt=x",
        q);
  }

  @Test
  void formExplodesCollections() {
    assertEquals("id=1&id=2&id=3", query(get("/x").queryParam("id", List.of(1, 2, 3))));
    assertEquals(
        "role=admin&first_name=Alex",
        query(
            get("/x")
                .queryParam(
                    "user", linked("role", "admin", "first_name", "Alex"), QueryStyle.FORM)));
  }

  @Test
  void formWithoutExplodeJoinsWithCommas() {
    assertEquals(
        "id=1%2C2%2C3",
        query(get("/x").queryParam("id", List.of(1, 2, 3), QueryStyle.FORM_NO_EXPLODE)));
    assertEquals(
        "u=role%2Cadmin%2Cn%2C5",
        query(
            get("/x")
                .queryParam("u", linked("role", "admin", "n", 5), QueryStyle.FORM_NO_EXPLODE)));
  }

  @Test
  void spaceAndPipeDelimited() {
    assertEquals(
        "id=a%20b",
        query(get("/x").queryParam("id", List.of("a", "b"), QueryStyle.SPACE_DELIMITED)));
    assertEquals(
        "id=a%7Cb%7Ctrue",
        query(get("/x").queryParam("id", List.of("a", "b", true), QueryStyle.PIPE_DELIMITED)));
  }

  @Test
  void deepObjectRecurses() {
    Map<String, Object> value =
        linked("color", "red", "size", linked("w", 2, "h", 3), "tags", List.of("a", "b"));
    ApiRequest r = get("/x").queryParam("f", value, QueryStyle.DEEP_OBJECT).build();
    assertEquals(
        List.of(
            Map.entry("f[color]", "red"),
            Map.entry("f[size][w]", "2"),
            Map.entry("f[size][h]", "3"),
            Map.entry("f[tags]", "a"),
            Map.entry("f[tags]", "b")),
        r.queryParams());
    assertEquals(
        "f%5Bcolor%5D=red&f%5Bsize%5D%5Bw%5D=2&f%5Bsize%5D%5Bh%5D=3"
            + "&f%5Btags%5D=a&f%5Btags%5D=b",
        r.encodedQuery());
  }

  @Test
  void indexedBracketsFlattenArraysOfObjects() {
    List<Filter> filters =
        List.of(
            new Filter("model", Operator.EQ, List.of("gpt-4")),
            new Filter("cost", Operator.CONTAINS, List.of(1.5, true, "x")));
    ApiRequest r = get("/logs").queryParam("filters", filters, QueryStyle.INDEXED_BRACKETS).build();
    assertEquals(
        List.of(
            Map.entry("filters[0][key]", "model"),
            Map.entry("filters[0][operator]", "eq"),
            Map.entry("filters[0][value][0]", "gpt-4"),
            Map.entry("filters[1][key]", "cost"),
            Map.entry("filters[1][operator]", "contains"),
            Map.entry("filters[1][value][0]", "1.5"),
            Map.entry("filters[1][value][1]", "true"),
            Map.entry("filters[1][value][2]", "x")),
        r.queryParams());
    assertTrue(
        r.encodedQuery()
            .startsWith(
                "filters%5B0%5D%5Bkey%5D=model&filters%5B0%5D%5B"
                    + "operator%5D=eq&filters%5B0%5D%5Bvalue%5D%5B0%5D=gpt-4&"),
        r.encodedQuery());
  }

  @Test
  void indexedBracketsUseJsonNamesAndSkipNulls() {
    ApiRequest r =
        get("/x")
            .queryParam(
                "r", new Range(LocalDate.of(2026, 3, 4), 10, null), QueryStyle.INDEXED_BRACKETS)
            .queryParam("plain", "p", QueryStyle.INDEXED_BRACKETS)
            .build();
    assertEquals(
        List.of(
            Map.entry("r[start_date]", "2026-03-04"),
            Map.entry("r[limit]", "10"),
            Map.entry("plain", "p")),
        r.queryParams());
  }

  @Test
  void extraQueryParamsReplaceSameNamedOnes() {
    ApiRequest r =
        get("/x")
            .queryParam("a", List.of(1, 2))
            .queryParam("b", "keep")
            .extraQueryParams(Map.of("a", List.of("9"), "c", List.of("x", "y")))
            .build();
    assertEquals(
        "b=keep", r.queryParams().get(0).getKey() + "=" + r.queryParams().get(0).getValue());
    assertTrue(r.queryParams().contains(Map.entry("a", "9")));
    assertTrue(r.queryParams().contains(Map.entry("c", "y")));
    assertEquals(4, r.queryParams().size());
  }

  // ---------------------------------------------------------------- headers and body

  @Test
  void headersAreRenderedAndNullsSkipped() {
    ApiRequest r =
        get("/x")
            .header("X-Int", 5)
            .header("X-List", List.of("a", "b"))
            .header("X-Null", null)
            .header("X-Bool", true)
            .extraHeaders(Map.of("x-int", "6", "X-Extra", "e"))
            .build();
    assertEquals("6", r.headers().get("X-Int"));
    assertEquals("a,b", r.headers().get("X-List"));
    assertEquals("true", r.headers().get("x-bool"));
    assertEquals("e", r.headers().get("X-Extra"));
    assertTrue(!r.headers().containsKey("X-Null"));
  }

  @Test
  void headerValuesWithLineBreaksAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> get("/x").header("X-A", "a\r\nInjected: yes"));
    assertTrue(e.getMessage().contains("X-A"));
  }

  @Test
  void jsonBodyIsWrittenWithTheSharedMapper() {
    ApiRequest r =
        ApiRequest.builder("create", "POST", "/g")
            .jsonBody(new Range(LocalDate.of(2026, 1, 1), null, null))
            .build();
    assertEquals(
        "{\"start_date\":\"2026-01-01\"}", new String(r.body().bytes(), StandardCharsets.UTF_8));
    assertEquals("application/json", r.contentType());
    assertTrue(r.isReplayable());
    assertNull(get("/x").build().body());
  }

  @Test
  void anUnwritableBodyNamesTheOperation() {
    Object selfRef =
        new Object() {
          public Object getSelf() {
            return this;
          }
        };
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ApiRequest.builder("create", "POST", "/g").jsonBody(selfRef).build());
    assertTrue(
        e.getMessage().startsWith("create: the request body could not be written as JSON"),
        e.getMessage());
  }

  private static Map<String, Object> linked(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
