package com.example.operations;

import com.example.operations.models.DatasetCreateParams;
import com.example.operations.models.LogListParams;
import dev.specpoet.runtime.json.Json;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A params builder's Optional overloads, and a constant body property it presets (it has no
 * setter for it): this file must compile.
 */
public final class OptionalScenario implements Supplier<String> {
  @Override
  public String get() {
    Optional<Long> noPerPage = Optional.empty();
    LogListParams logs =
        LogListParams.builder()
            .accountId("a")
            .page(Optional.of(3L))
            .perPage(20)
            .perPage(noPerPage)
            .build();
    DatasetCreateParams dataset =
        DatasetCreateParams.builder()
            .accountId("a")
            .name("n")
            .filter(Optional.of(DatasetCreateParams.Filter.builder().key(Optional.of("k")).build()))
            .build();
    try {
      return logs.page()
          + " "
          + logs.perPage()
          + " "
          + dataset.schemaVersion()
          + " "
          + Json.mapper().writeValueAsString(dataset._body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
