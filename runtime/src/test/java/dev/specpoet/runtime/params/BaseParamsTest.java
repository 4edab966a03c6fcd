package dev.specpoet.runtime.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared part of generated params, through a params class written as the generator does. */
class BaseParamsTest {

  static final class ItemParams extends BaseParams {
    final String id;

    ItemParams(Builder builder) {
      super(builder);
      this.id = builder.id;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ItemParams that && id.equals(that.id) && _additionalEquals(that);
    }

    @Override
    public int hashCode() {
      return _hash(id);
    }

    @Override
    public String toString() {
      return _toString("ItemParams{" + "id=" + id, true);
    }

    static final class Builder extends BodyParamsBuilder<Builder> {
      String id;

      Builder() {}

      Builder(ItemParams params) {
        super(params);
        this.id = params.id;
      }

      Builder id(String id) {
        this.id = id;
        return this;
      }

      ItemParams build() {
        List<String> missing = new ArrayList<>();
        if (id == null || id.isEmpty()) {
          missing.add("id");
        }
        _requireAll("ItemParams", missing, true);
        return new ItemParams(this);
      }
    }
  }

  @Test
  void settersChainOnTheConcreteBuilderAndTheParamsKeepCopies() {
    ItemParams.Builder builder =
        new ItemParams.Builder()
            .putAdditionalHeader("X-Trace", "1")
            .putAdditionalQueryParam("tag", "a")
            .putAdditionalQueryParam("tag", "b")
            .id("7");
    ItemParams params = builder.build();
    builder.putAdditionalHeader("X-Later", "2").putAdditionalQueryParam("tag", "c");

    assertEquals(Map.of("X-Trace", "1"), params.additionalHeaders());
    assertEquals(Map.of("tag", List.of("a", "b")), params.additionalQueryParams());
    assertThrows(
        UnsupportedOperationException.class, () -> params.additionalHeaders().put("x", "y"));
    assertThrows(
        UnsupportedOperationException.class,
        () -> params.additionalQueryParams().get("tag").add("z"));
  }

  @Test
  void replacingSettersClearWhatWasThere() {
    ItemParams params =
        new ItemParams.Builder()
            .id("7")
            .putAdditionalHeader("A", "1")
            .additionalHeaders(Map.of("B", "2"))
            .putAdditionalQueryParam("q", "1")
            .additionalQueryParams(Map.of("r", List.of("2", "3")))
            .build();
    assertEquals(Map.of("B", "2"), params.additionalHeaders());
    assertEquals(Map.of("r", List.of("2", "3")), params.additionalQueryParams());
  }

  @Test
  void bodyPropertiesAreReadOnlyToTheGeneratedBuilder() {
    ItemParams.Builder builder =
        new ItemParams.Builder().putAdditionalBodyProperty("x", null).id("7");
    assertTrue(builder._additionalBodyProperties().containsKey("x"));
    assertThrows(
        UnsupportedOperationException.class, () -> builder._additionalBodyProperties().clear());
    builder.additionalBodyProperties(Map.of("y", 1));
    assertEquals(Map.of("y", 1), builder._additionalBodyProperties());
  }

  @Test
  void equalityHashAndTextIncludeTheAdditionalParts() {
    ItemParams plain = new ItemParams.Builder().id("7").build();
    ItemParams traced =
        new ItemParams.Builder(plain).putAdditionalHeader("X-Key", "secret").build();

    assertEquals(plain, new ItemParams.Builder(plain).build());
    assertEquals(plain.hashCode(), new ItemParams.Builder(plain).build().hashCode());
    assertNotEquals(plain, traced);
    assertNotEquals(plain.hashCode(), traced.hashCode());
    assertEquals(
        "ItemParams{id=7, additionalHeaders=[X-Key], additionalQueryParams={}}", traced.toString());
    assertFalse(traced.toString().contains("secret"));
  }

  @Test
  void additionalQueryValuesShowUnlessTheNameSaysSecret() {
    ItemParams params =
        new ItemParams.Builder()
            .id("7")
            .putAdditionalQueryParam("api_key", "sk-live-1")
            .putAdditionalQueryParam("page", "2")
            .build();
    assertEquals(
        "ItemParams{id=7, additionalHeaders=[], additionalQueryParams={api_key=***, page=[2]}}",
        params.toString());
    assertEquals(List.of("sk-live-1"), params.additionalQueryParams().get("api_key"));
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new ItemParams.Builder().id("").build());
    assertEquals(
        "ItemParams is missing required id: set them on the builder before build() (path"
            + " parameters must not be empty)",
        e.getMessage());
  }
}
