package dev.specpoet.generator.modelbuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.generator.model.Constraints;
import dev.specpoet.generator.model.Doc;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * Values the model keeps from the spec as written: documentation, defaults and constants as JSON,
 * validation keywords, and extension values. Pure functions.
 */
final class SpecValues {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SpecValues() {}

  /**
   * A spec value (default, const, enum) as JSON. swagger-parser turns some into Java objects such
   * as {@code OffsetDateTime}; those become their ISO text.
   */
  static JsonNode toJson(Object value) {
    if (value instanceof java.time.OffsetDateTime t) {
      return JSON.getNodeFactory()
          .textNode(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
    }
    if (value instanceof java.time.temporal.TemporalAccessor
        || value instanceof java.util.Date
        || value instanceof java.util.UUID
        || value instanceof java.net.URI) {
      return JSON.getNodeFactory().textNode(value.toString());
    }
    try {
      return JSON.valueToTree(value);
    } catch (IllegalArgumentException e) {
      return JSON.getNodeFactory().textNode(String.valueOf(value));
    }
  }

  static Doc doc(Schema<?> s) {
    return doc(s.getDescription(), s.getTitle(), Boolean.TRUE.equals(s.getDeprecated()));
  }

  /** The description, else the title, stripped; with the deprecation flag. */
  static Doc doc(String description, String title, boolean deprecated) {
    String text =
        description != null && !description.isBlank()
            ? description.strip()
            : title != null && !title.isBlank() ? title.strip() : null;
    return text == null && !deprecated ? Doc.NONE : new Doc(text, deprecated);
  }

  static Constraints constraints(Schema<?> s) {
    if (s.getMinLength() == null
        && s.getMaxLength() == null
        && s.getMinimum() == null
        && s.getMaximum() == null
        && s.getMinItems() == null
        && s.getMaxItems() == null
        && s.getPattern() == null) {
      return Constraints.NONE;
    }
    return new Constraints(
        s.getMinLength(),
        s.getMaxLength(),
        s.getMinimum(),
        s.getMaximum(),
        s.getMinItems(),
        s.getMaxItems(),
        s.getPattern());
  }

  /**
   * A list-valued extension such as {@code x-enum-descriptions} (parallel to {@code enum}), or
   * null.
   */
  static List<?> extensionList(Map<String, Object> ext, String name) {
    Object v = ext == null ? null : ext.get(name);
    return v instanceof List<?> list ? list : null;
  }

  /** A text extension, stripped, or null. */
  static String extensionString(Map<String, Object> ext, String name) {
    if (ext == null) {
      return null;
    }
    Object v = ext.get(name);
    return v == null ? null : v.toString().strip();
  }
}
