package com.example.objects;

import com.example.objects.models.Gateway;
import dev.specpoet.runtime.json.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

/** The builder's conveniences as a user writes them: this file must compile. */
public final class BuilderScenario implements Supplier<String> {
  @Override
  public String get() {
    List<String> given = List.of("a");
    Gateway g =
        Gateway.builder()
            .id("g")
            .cacheTtl(20)
            .createdAt(OffsetDateTime.parse("2025-01-01T00:00:00Z"))
            .rateLimit(5)
            .score(1.5)
            .collectLogs(false)
            .tags(given)
            .addTag("b")
            .putLabel("k", "v")
            .putLabel("k2", "v2")
            .putLabel("k", "v3")
            .build();
    try {
      return Json.mapper().writeValueAsString(g) + " " + given;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
