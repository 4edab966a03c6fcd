package dev.specpoet.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a generated union type ({@code oneOf}/{@code anyOf}) from JSON, driven by a small table the
 * generator writes into each union ({@code Union.Deserializer}):
 *
 * <ul>
 *   <li>DISCRIMINATED ({@code discriminator} set): the object's discriminator property names the
 *       variant; an unlisted value gives the union's unknown variant, keeping the raw JSON.
 *   <li>STRUCTURAL ({@code discriminator} null): the first variant, in table order, whose JSON kind
 *       matches and whose required properties are all present, and which then parses, is chosen;
 *       none gives the unknown variant. The generator orders the table, so the choice is the same
 *       every time.
 * </ul>
 *
 * Writing needs no help: every variant class exposes its value with {@code @JsonValue}, so a union
 * writes back exactly the JSON it read.
 *
 * @param <U> the union type
 */
public abstract class UnionDeserializer<U> extends StdDeserializer<U> {
  private static final long serialVersionUID = 1L;

  /** The JSON kinds a variant is recognised by. */
  public enum JsonKind {
    OBJECT,
    ARRAY,
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    NULL,
    /** Any JSON (a free-form variant): always matches. */
    ANY
  }

  /** One row of the table: how to read a variant and wrap it into the union type. */
  public static final class Variant<U> {
    private final TypeReference<?> type;
    private final Function<Object, ? extends U> wrap;
    private final JsonKind kind;
    private final List<String> discriminatorValues;
    private final List<String> requiredProperties;

    private Variant(
        TypeReference<?> type,
        Function<Object, ? extends U> wrap,
        JsonKind kind,
        List<String> discriminatorValues,
        List<String> requiredProperties) {
      this.type = type;
      this.wrap = wrap;
      this.kind = kind;
      this.discriminatorValues = List.copyOf(discriminatorValues);
      this.requiredProperties = List.copyOf(requiredProperties);
    }

    boolean matchesKind(JsonNode node) {
      return switch (kind) {
        case ANY -> true;
        case OBJECT -> node.isObject() && requiredProperties.stream().allMatch(node::has);
        case ARRAY -> node.isArray();
        case STRING -> node.isTextual();
        case INTEGER -> node.isIntegralNumber();
        case NUMBER -> node.isNumber();
        case BOOLEAN -> node.isBoolean();
        case NULL -> node.isNull();
      };
    }
  }

  /**
   * A table row.
   *
   * @param type the variant's Java type (generic types keep their arguments)
   * @param wrap turns the parsed value into the union (the variant's constructor)
   * @param kind the JSON kind the variant has
   * @param discriminatorValues the discriminator values naming this variant (discriminated unions)
   * @param requiredProperties the properties an object must have to be this variant (structural
   *     unions)
   */
  @SuppressWarnings("unchecked")
  public static <V, U> Variant<U> variant(
      TypeReference<V> type,
      Function<? super V, ? extends U> wrap,
      JsonKind kind,
      List<String> discriminatorValues,
      List<String> requiredProperties) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(wrap, "wrap");
    return new Variant<>(
        type, v -> wrap.apply((V) v), kind, discriminatorValues, requiredProperties);
  }

  private final String discriminator;
  private final List<Variant<U>> variants;
  private final Function<JsonNode, ? extends U> unknown;

  /**
   * @param unionType the union's class
   * @param discriminator the discriminator property, or null for a structural union
   * @param variants the table, in the order to try
   * @param unknown wraps JSON no variant matches (the union's unknown variant)
   */
  protected UnionDeserializer(
      Class<U> unionType,
      String discriminator,
      List<Variant<U>> variants,
      Function<JsonNode, ? extends U> unknown) {
    super(unionType);
    this.discriminator = discriminator;
    this.variants = List.copyOf(variants);
    this.unknown = Objects.requireNonNull(unknown, "unknown");
  }

  @Override
  public U deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node = ctxt.readTree(p);
    return fromTree(node, ctxt);
  }

  private U fromTree(JsonNode node, DeserializationContext ctxt) throws IOException {
    if (discriminator != null) {
      JsonNode tag = node.isObject() ? node.get(discriminator) : null;
      if (tag != null && tag.isValueNode() && !tag.isNull()) {
        String value = tag.asText();
        for (Variant<U> v : variants) {
          if (v.discriminatorValues.contains(value)) {
            return read(v, node, ctxt);
          }
        }
      }
      return unknown.apply(node);
    }
    for (Variant<U> v : variants) {
      if (!v.matchesKind(node)) {
        continue;
      }
      try {
        return read(v, node, ctxt);
      } catch (IOException | RuntimeException e) {
        // not this variant: try the next one
      }
    }
    return unknown.apply(node);
  }

  private U read(Variant<U> v, JsonNode node, DeserializationContext ctxt) throws IOException {
    JavaType javaType = ctxt.getTypeFactory().constructType(v.type);
    Object value = ctxt.readTreeAsValue(node, javaType);
    return v.wrap.apply(value);
  }

  @Override
  public U getNullValue(DeserializationContext ctxt) {
    return null;
  }
}
