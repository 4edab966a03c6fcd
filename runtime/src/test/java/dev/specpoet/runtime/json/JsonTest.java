package dev.specpoet.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {
  record Log(
      @JsonProperty("created_at") OffsetDateTime createdAt,
      Optional<String> model,
      String absent) {}

  @Test
  void dateTimesAreIso8601AndKeepTheirOffset() throws Exception {
    ObjectMapper m = Json.mapper();
    Log log =
        m.readValue(
            "{\"created_at\":\"2026-11-22T06:30:00.123+02:00\",\"model\":\"gpt\","
                + "\"unknown\":{\"deep\":1}}",
            Log.class);
    assertEquals(
        OffsetDateTime.of(2026, 11, 22, 6, 30, 0, 123_000_000, ZoneOffset.ofHours(2)),
        log.createdAt());
    assertEquals(Optional.of("gpt"), log.model());
    assertEquals(
        "{\"created_at\":\"2026-11-22T06:30:00.123+02:00\",\"model\":\"gpt\"}",
        m.writeValueAsString(log));
  }

  @Test
  void absentValuesAreNotWrittenButNullMapValuesAre() throws Exception {
    assertEquals("{}", Json.mapper().writeValueAsString(new Log(null, Optional.empty(), null)));
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("a", null);
    map.put("b", 1);
    assertEquals("{\"a\":null,\"b\":1}", Json.mapper().writeValueAsString(map));
  }

  @Test
  void newMapperIsIndependent() {
    ObjectMapper copy = Json.newMapper();
    org.junit.jupiter.api.Assertions.assertNotSame(Json.mapper(), copy);
    assertEquals("{}", Json.newMapper().createObjectNode().toString());
  }
}
