package dev.specpoet.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hand-written union in the shape the generator emits. */
class UnionDeserializerTest {
  @JsonDeserialize(using = Value.Deserializer.class)
  sealed interface Value permits Value.Text, Value.Number, Value.Flag, Value.Thing, Value.Unknown {
    record Text(@JsonValue String value) implements Value {}

    record Number(@JsonValue Double value) implements Value {}

    record Flag(@JsonValue Boolean value) implements Value {}

    record Thing(@JsonValue Map<String, Object> value) implements Value {}

    record Unknown(@JsonValue JsonNode json) implements Value {}

    final class Deserializer extends UnionDeserializer<Value> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            Value.class,
            null,
            List.of(
                UnionDeserializer.<Map<String, Object>, Value>variant(
                    new TypeReference<Map<String, Object>>() {},
                    Thing::new,
                    JsonKind.OBJECT,
                    List.of(),
                    List.of("a", "b")),
                UnionDeserializer.<String, Value>variant(
                    new TypeReference<String>() {},
                    Text::new,
                    JsonKind.STRING,
                    List.of(),
                    List.of()),
                UnionDeserializer.<Double, Value>variant(
                    new TypeReference<Double>() {},
                    Number::new,
                    JsonKind.NUMBER,
                    List.of(),
                    List.of()),
                UnionDeserializer.<Boolean, Value>variant(
                    new TypeReference<Boolean>() {},
                    Flag::new,
                    JsonKind.BOOLEAN,
                    List.of(),
                    List.of())),
            Unknown::new);
      }
    }
  }

  @JsonDeserialize(using = Tagged.Deserializer.class)
  sealed interface Tagged permits Tagged.A, Tagged.Unknown {
    record A(@JsonValue Map<String, Object> value) implements Tagged {}

    record Unknown(@JsonValue JsonNode json) implements Tagged {}

    final class Deserializer extends UnionDeserializer<Tagged> {
      private static final long serialVersionUID = 1L;

      Deserializer() {
        super(
            Tagged.class,
            "type",
            List.of(
                UnionDeserializer.<Map<String, Object>, Tagged>variant(
                    new TypeReference<Map<String, Object>>() {},
                    A::new,
                    JsonKind.OBJECT,
                    List.of("a", "alpha"),
                    List.of())),
            Unknown::new);
      }
    }
  }

  private static <T> T read(String json, Class<T> type) throws Exception {
    return Json.mapper().readValue(json, type);
  }

  @Test
  void structuralChoiceByKindAndRequiredProperties() throws Exception {
    assertInstanceOf(Value.Text.class, read("\"x\"", Value.class));
    assertInstanceOf(Value.Number.class, read("3", Value.class));
    assertInstanceOf(Value.Flag.class, read("true", Value.class));
    assertInstanceOf(Value.Thing.class, read("{\"a\":1,\"b\":2}", Value.class));
    assertInstanceOf(
        Value.Unknown.class, read("{\"a\":1}", Value.class), "a required property is missing");
    assertInstanceOf(Value.Unknown.class, read("[1]", Value.class));
    assertNull(read("null", Value.class));
    assertEquals("{\"a\":1}", Json.mapper().writeValueAsString(read("{\"a\":1}", Value.class)));
  }

  @Test
  void discriminatorPicksTheVariantAndUnknownTagsAreKept() throws Exception {
    assertInstanceOf(Tagged.A.class, read("{\"type\":\"alpha\"}", Tagged.class));
    assertInstanceOf(Tagged.A.class, read("{\"type\":\"a\"}", Tagged.class));
    Tagged other = read("{\"type\":\"b\",\"x\":[1]}", Tagged.class);
    assertInstanceOf(Tagged.Unknown.class, other);
    assertEquals("{\"type\":\"b\",\"x\":[1]}", Json.mapper().writeValueAsString(other));
    assertInstanceOf(Tagged.Unknown.class, read("{\"no_type\":1}", Tagged.class));
  }
}
