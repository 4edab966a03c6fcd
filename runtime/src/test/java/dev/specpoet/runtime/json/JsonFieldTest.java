package dev.specpoet.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonFieldTest {
  static final class Holder {
    @JsonProperty("v")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    final JsonField<Object> v;

    Holder(JsonField<Object> v) {
      this.v = v;
    }
  }

  private static String write(JsonField<Object> f) throws Exception {
    return Json.mapper().writeValueAsString(new Holder(f));
  }

  @Test
  void missingIsLeftOutNullIsWrittenValuesAreWritten() throws Exception {
    assertEquals("{}", write(JsonField.missing()));
    assertEquals("{\"v\":null}", write(JsonField.ofNull()));
    assertEquals("{\"v\":[1,2]}", write(JsonField.of(List.of(1, 2))));
    assertEquals(
        "{\"v\":\"2025-01-02T03:04:05Z\"}",
        write(JsonField.of(OffsetDateTime.parse("2025-01-02T03:04:05Z"))));
  }

  @Test
  void statesAndEquality() {
    assertTrue(JsonField.missing().isMissing());
    assertTrue(JsonField.ofNullable(null).isNull());
    assertTrue(JsonField.ofNullable("x").isPresent());
    assertEquals(Optional.of("x"), JsonField.of("x").asOptional());
    assertEquals(Optional.empty(), JsonField.ofNull().asOptional());
    assertEquals(JsonField.of("x"), JsonField.of("x"));
    assertNotEquals(JsonField.missing(), JsonField.ofNull());
    assertThrows(NoSuchElementException.class, () -> JsonField.ofNull().get());
    assertThrows(NullPointerException.class, () -> JsonField.of(null));
    assertEquals("<missing>", JsonField.missing().toString());
  }
}
