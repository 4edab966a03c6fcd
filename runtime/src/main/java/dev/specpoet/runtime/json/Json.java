package dev.specpoet.runtime.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson set-up shared by the runtime and all generated code: ISO-8601 date-times, {@code
 * Optional} support, unknown properties tolerated (generated models keep them anyway), absent
 * values ({@code null} properties, empty {@code Optional}s) not written. Map entries whose value is
 * {@code null} are kept: an explicit {@code null} inside a map is data.
 */
public final class Json {
  private static final ObjectMapper MAPPER = newMapper();

  private Json() {}

  /**
   * The shared, thread-safe mapper. Do not reconfigure it; call {@link #newMapper()} for a copy to
   * change.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A fresh mapper with the standard set-up.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }
}
