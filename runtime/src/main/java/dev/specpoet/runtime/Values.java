package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.specpoet.runtime.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Renders parameter values as text and percent-encodes them. */
final class Values {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Values() {}

  /** Unwraps the Optional types; returns {@code null} for an empty one. */
  static Object unwrap(Object value) {
    if (value instanceof Optional<?>) {
      return unwrap(((Optional<?>) value).orElse(null));
    }
    if (value instanceof OptionalInt) {
      OptionalInt o = (OptionalInt) value;
      return o.isPresent() ? o.getAsInt() : null;
    }
    if (value instanceof OptionalLong) {
      OptionalLong o = (OptionalLong) value;
      return o.isPresent() ? o.getAsLong() : null;
    }
    if (value instanceof OptionalDouble) {
      OptionalDouble o = (OptionalDouble) value;
      return o.isPresent() ? o.getAsDouble() : null;
    }
    return value;
  }

  /** The value as JSON, through the shared mapper; {@code null} for an absent or null value. */
  static JsonNode toNode(Object value) {
    Object v = unwrap(value);
    if (v == null) {
      return null;
    }
    JsonNode node;
    if (v instanceof JsonNode) {
      node = (JsonNode) v;
    } else if (v instanceof String) {
      node = TextNode.valueOf((String) v);
    } else if (v instanceof Boolean) {
      node = BooleanNode.valueOf((Boolean) v);
    } else {
      node = Json.mapper().valueToTree(v);
    }
    return node == null || node.isNull() || node.isMissingNode() ? null : node;
  }

  /** A scalar as text: strings as is, numbers plain, booleans true/false; containers as JSON. */
  static String text(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isFloat()) {
      // widening a float to double would print 1.1f as 1.100000023841858
      return new java.math.BigDecimal(Float.toString(node.floatValue())).toPlainString();
    }
    if (node.isFloatingPointNumber()) {
      return node.decimalValue().toPlainString();
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "could not write a value as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A value as simple-style text (arrays and objects comma-joined); {@code null} when absent. */
  static String simple(Object value) {
    JsonNode node = toNode(value);
    if (node == null) {
      return null;
    }
    return joined(node, ",");
  }

  /** Arrays as {@code a<d>b}, objects as {@code k1<d>v1<d>k2<d>v2}, scalars as text. */
  static String joined(JsonNode node, String delimiter) {
    if (node.isArray()) {
      StringBuilder s = new StringBuilder();
      for (JsonNode item : node) {
        if (item.isNull()) {
          continue;
        }
        if (s.length() > 0) {
          s.append(delimiter);
        }
        s.append(text(item));
      }
      return s.toString();
    }
    if (node.isObject()) {
      StringBuilder s = new StringBuilder();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getValue().isNull()) {
          continue;
        }
        if (s.length() > 0) {
          s.append(delimiter);
        }
        s.append(e.getKey()).append(delimiter).append(text(e.getValue()));
      }
      return s.toString();
    }
    return text(node);
  }

  /** Adds the query pairs for one parameter. */
  static void addQuery(
      List<Map.Entry<String, String>> out, String name, Object value, QueryStyle style) {
    JsonNode node = toNode(value);
    if (node == null) {
      return;
    }
    switch (style) {
      case FORM:
        if (node.isArray()) {
          for (JsonNode item : node) {
            if (!item.isNull()) {
              out.add(Map.entry(name, text(item)));
            }
          }
        } else if (node.isObject()) {
          for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isNull()) {
              out.add(Map.entry(e.getKey(), text(e.getValue())));
            }
          }
        } else {
          out.add(Map.entry(name, text(node)));
        }
        break;
      case FORM_NO_EXPLODE:
        out.add(Map.entry(name, joined(node, ",")));
        break;
      case SPACE_DELIMITED:
        out.add(Map.entry(name, joined(node, " ")));
        break;
      case PIPE_DELIMITED:
        out.add(Map.entry(name, joined(node, "|")));
        break;
      case DEEP_OBJECT:
        deep(out, name, node);
        break;
      case INDEXED_BRACKETS:
        indexed(out, name, node);
        break;
      default:
        throw new AssertionError(style);
    }
  }

  private static void deep(List<Map.Entry<String, String>> out, String name, JsonNode node) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        deep(out, name + "[" + e.getKey() + "]", e.getValue());
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        deep(out, name, item);
      }
    } else if (!node.isNull()) {
      out.add(Map.entry(name, text(node)));
    }
  }

  private static void indexed(List<Map.Entry<String, String>> out, String name, JsonNode node) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        indexed(out, name + "[" + e.getKey() + "]", e.getValue());
      }
    } else if (node.isArray()) {
      int i = 0;
      for (JsonNode item : node) {
        indexed(out, name + "[" + i + "]", item);
        i++;
      }
    } else if (!node.isNull()) {
      out.add(Map.entry(name, text(node)));
    }
  }

  /**
   * Percent-encodes everything but RFC 3986 unreserved characters ({@code A-Z a-z 0-9 - . _ ~}).
   */
  static String encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder s = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        s.append((char) c);
      } else {
        s.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return s.toString();
  }
}
