package dev.specpoet.generator.modelbuild;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Locale;
import java.util.Map;

/** Which of a body's media types the model reads: JSON, {@code application/json} first. */
final class MediaTypes {
  private MediaTypes() {}

  static boolean isJson(String mediaType) {
    String m = mediaType.toLowerCase(Locale.ROOT);
    return m.equals("application/json")
        || m.endsWith("+json")
        || m.startsWith("application/json;")
        || m.equals("*/*");
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

  /** The first media type of a content map, or null when there is none. */
  static String first(Content content) {
    return content == null || content.isEmpty() ? null : content.keySet().iterator().next();
  }
}
