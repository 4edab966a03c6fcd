package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.MediaKind;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the model reads from a body's media types: the {@link MediaKind} of each, and which one a
 * request sends (JSON first, {@code application/json} before other JSON types, then a form,
 * multipart, text, binary) and a response is read as (JSON, then events, text, binary).
 */
final class MediaTypes {
  private MediaTypes() {}

  /** The media type without parameters, lower case. */
  static String essence(String mediaType) {
    String m = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
    int semi = m.indexOf(';');
    return (semi < 0 ? m : m.substring(0, semi)).trim();
  }

  static MediaKind kindOf(String mediaType) {
    String m = essence(mediaType);
    if (m.equals("application/x-www-form-urlencoded")) {
      return MediaKind.FORM;
    }
    if (m.startsWith("multipart/")) {
      return MediaKind.MULTIPART;
    }
    if (m.equals("text/event-stream")) {
      return MediaKind.EVENTS;
    }
    if (m.contains("ndjson")
        || m.contains("jsonl")
        || m.contains("json-seq")
        || m.contains("jsonlines")) {
      return MediaKind.TEXT; // one JSON document per line: text for the caller to split
    }
    if (m.equals("*/*") || m.contains("json")) {
      return MediaKind.JSON;
    }
    if (m.startsWith("text/")
        || m.endsWith("/xml")
        || m.endsWith("+xml")
        || m.contains("yaml")
        || m.equals("application/javascript")
        || m.equals("application/graphql")
        || m.equals("application/x-www-form-urlencoded")) {
      return MediaKind.TEXT;
    }
    return MediaKind.BINARY;
  }

  static boolean isJson(String mediaType) {
    return kindOf(mediaType) == MediaKind.JSON;
  }

  /** application/json first, then another JSON type; null when none. */
  static Map.Entry<String, MediaType> jsonContent(Content content) {
    if (content == null || content.isEmpty()) {
      return null;
    }
    MediaType json = content.get("application/json");
    if (json != null) {
      return Map.entry("application/json", json);
    }
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      if (isJson(e.getKey())) {
        return e;
      }
    }
    return null;
  }

  /** The first media type of {@code content} of one of {@code kinds}, in the order given. */
  static Map.Entry<String, MediaType> firstOf(Content content, MediaKind... kinds) {
    if (content == null) {
      return null;
    }
    for (MediaKind kind : kinds) {
      if (kind == MediaKind.JSON) {
        Map.Entry<String, MediaType> json = jsonContent(content);
        if (json != null) {
          return json;
        }
        continue;
      }
      for (Map.Entry<String, MediaType> e : content.entrySet()) {
        if (kindOf(e.getKey()) == kind) {
          return e;
        }
      }
    }
    return null;
  }

  /** The media types of {@code content} of one of {@code kinds}, in spec order. */
  static List<String> allOf(Content content, MediaKind... kinds) {
    List<String> out = new ArrayList<>();
    if (content != null) {
      for (String type : content.keySet()) {
        for (MediaKind kind : kinds) {
          if (kindOf(type) == kind) {
            out.add(type);
            break;
          }
        }
      }
    }
    return out;
  }
}
