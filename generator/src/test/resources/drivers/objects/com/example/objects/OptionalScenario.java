package com.example.objects;

import com.example.objects.models.Gateway;
import dev.specpoet.runtime.json.Json;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A model builder's Optional overloads as a user writes them: this file must compile. */
public final class OptionalScenario implements Supplier<String> {
  @Override
  public String get() {
    Optional<List<String>> noTags = Optional.empty();
    Gateway g =
        Gateway.builder()
            .id("g")
            .cacheTtl(null) // required and nullable: no Optional overload, so null is not ambiguous
            .createdAt(OffsetDateTime.parse("2025-01-01T00:00:00Z"))
            .score(Optional.of(1.5))
            .collectLogs(Optional.of(false))
            .tags(List.of("a"))
            .tags(noTags) // empty clears: tags is left out
            .rateLimit(Optional.empty()) // nullable: empty sends JSON null
            .build();
    try {
      return Json.mapper().writeValueAsString(g);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
