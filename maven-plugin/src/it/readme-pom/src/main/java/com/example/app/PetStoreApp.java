package com.example.app;

import com.example.petstore.PetStoreClient;
import com.example.petstore.models.Pet;
import com.example.petstore.models.PetListParams;
import com.example.petstore.models.PetStatus;
import java.util.List;

/**
 * Application code written against what the plugin generates: it must compile with the README's
 * pom.
 */
public final class PetStoreApp {
  private PetStoreApp() {}

  public static List<Pet> availablePets(String baseUrl) {
    try (PetStoreClient client = PetStoreClient.builder().baseUrl(baseUrl).build()) {
      return client
          .pets()
          .list(PetListParams.builder().status(PetStatus.AVAILABLE).limit(10).build());
    }
  }
}
