package com.example.petstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.petstore.models.Circle;
import com.example.petstore.models.Pet;
import com.example.petstore.models.PetListParams;
import com.example.petstore.models.PetStatus;
import com.example.petstore.models.Shape;
import dev.specpoet.runtime.http.HttpRequest;
import dev.specpoet.runtime.http.HttpResponse;
import dev.specpoet.runtime.http.HttpTransport;
import dev.specpoet.runtime.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Uses what the plugin generated from src/main/openapi/petstore.yaml, with only specpoet-runtime.
 */
class GeneratedPetStoreTest {

  @Test
  void modelsRoundTripThroughJson() throws Exception {
    Pet pet =
        Pet.builder()
            .id(7L)
            .name("Rex")
            .status(PetStatus.AVAILABLE)
            .shape(Shape.ofCircle(Circle.builder().radius(2.5).build()))
            .tags(List.of("good", "dog"))
            .build();

    String json = Json.mapper().writeValueAsString(pet);
    Pet back = Json.mapper().readValue(json, Pet.class);

    assertEquals(pet, back);
    assertEquals("Rex", back.name());
    assertEquals(PetStatus.AVAILABLE, back.status().orElseThrow());
    assertInstanceOf(Shape.Circle.class, back.shape());
    assertTrue(json.contains("\"kind\":\"circle\""), json);
  }

  @Test
  void theOneOfIsChosenByItsDiscriminatorAndTheEnumKeepsUnknownValues() throws Exception {
    Pet pet =
        Json.mapper()
            .readValue(
                "{\"id\":1,\"name\":\"Box\",\"status\":\"adopted\",\"shape\":{\"kind\":\"square\",\"side\":3}}",
                Pet.class);

    Shape.Square square = assertInstanceOf(Shape.Square.class, pet.shape());
    assertEquals(3.0, square.value().side());
    PetStatus status = pet.status().orElseThrow();
    assertEquals("adopted", status.value());
    assertFalse(status.isKnown());
    assertFalse(pet.tags().isPresent());
  }

  @Test
  void theGeneratedClientSendsTheOperationAndParsesTheAnswer() {
    List<HttpRequest> sent = new ArrayList<>();
    HttpTransport transport =
        new HttpTransport() {
          @Override
          public HttpResponse execute(HttpRequest request) {
            sent.add(request);
            byte[] body =
                "[{\"id\":1,\"name\":\"Rex\",\"shape\":{\"kind\":\"circle\",\"radius\":1}}]"
                    .getBytes(StandardCharsets.UTF_8);
            return new HttpResponse(200, Map.of("Content-Type", List.of("application/json")), body);
          }

          @Override
          public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
            return CompletableFuture.completedFuture(execute(request));
          }

          @Override
          public void close() {}
        };

    try (PetStoreClient client =
        PetStoreClient.builder().baseUrl("http://pets.test/v1").transport(transport).build()) {
      List<Pet> pets =
          client.pets().list(PetListParams.builder().status(PetStatus.SOLD).limit(5).build());

      assertEquals(1, pets.size());
      assertEquals("Rex", pets.get(0).name());
    }
    assertEquals(1, sent.size());
    HttpRequest request = sent.get(0);
    assertEquals("GET", request.method());
    assertTrue(request.url().startsWith("http://pets.test/v1/pets?"), request.url());
    assertTrue(request.url().contains("status=sold"), request.url());
    assertTrue(request.url().contains("limit=5"), request.url());
  }
}
