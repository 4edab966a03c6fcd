package com.example.pagination;

import com.example.pagination.models.Thing;
import dev.specpoet.generator.testing.PagingScenarios;
import dev.specpoet.runtime.pagination.AsyncPage;
import dev.specpoet.runtime.pagination.Page;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The client generated from the {@code pagination} golden spec, as an application uses it. */
public final class Scenarios implements PagingScenarios {

  private static PagingClient client(String baseUrl) {
    return PagingClient.builder().baseUrl(baseUrl).maxRetries(0).build();
  }

  @Override
  public List<String> all(String list, String baseUrl, boolean async) throws Exception {
    try (PagingClient client = client(baseUrl)) {
      if (async) {
        PagingClientAsync a = client.async();
        CompletableFuture<AsyncPage<Thing>> first =
            switch (list) {
              case "issues" -> a.issues().list();
              case "tags" -> a.tags().list(com.example.pagination.models.TagListParams.builder().perPage(2).build());
              case "albums" -> a.albums().list(com.example.pagination.models.AlbumListParams.builder().limit(2L).build());
              case "conversations" -> a.conversations().list(com.example.pagination.models.ConversationListParams.builder().limit(2L).build());
              case "charges" -> a.charges().list(com.example.pagination.models.ChargeListParams.builder().limit(2L).build());
              case "tracks" -> a.tracks().list(com.example.pagination.models.TrackListParams.builder().limit(2L).build());
              case "sites" -> a.sites().list();
              case "users" -> a.users().list();
              case "accounts" -> a.accounts().list();
              case "calls" -> a.calls().list();
              case "events" -> a.events().list(com.example.pagination.models.EventListParams.builder().max(2L).build());
              case "tasks" -> a.tasks().list(com.example.pagination.models.TaskListParams.builder().limit(2L).build());
              default -> throw new IllegalArgumentException(list);
            };
        return first
            .thenCompose(p -> p.autoPager().toList())
            .get(10, TimeUnit.SECONDS)
            .stream()
            .map(Thing::id)
            .toList();
      }
      Page<Thing> first =
          switch (list) {
            case "issues" -> client.issues().list();
            case "tags" -> client.tags().list(com.example.pagination.models.TagListParams.builder().perPage(2).build());
            case "albums" -> client.albums().list(com.example.pagination.models.AlbumListParams.builder().limit(2L).build());
            case "conversations" -> client.conversations().list(com.example.pagination.models.ConversationListParams.builder().limit(2L).build());
            case "charges" -> client.charges().list(com.example.pagination.models.ChargeListParams.builder().limit(2L).build());
            case "tracks" -> client.tracks().list(com.example.pagination.models.TrackListParams.builder().limit(2L).build());
            case "sites" -> client.sites().list();
            case "users" -> client.users().list();
            case "accounts" -> client.accounts().list();
            case "calls" -> client.calls().list();
            case "events" -> client.events().list(com.example.pagination.models.EventListParams.builder().max(2L).build());
            case "tasks" -> client.tasks().list(com.example.pagination.models.TaskListParams.builder().limit(2L).build());
            default -> throw new IllegalArgumentException(list);
          };
      return first.autoPager().stream().map(Thing::id).toList();
    }
  }

  @Override
  public Map<String, List<String>> firstIssuesHeaders(String baseUrl) {
    try (PagingClient client = client(baseUrl)) {
      return client.issues().list().headers();
    }
  }

  @Override
  public List<String> widgets(String baseUrl) {
    try (PagingClient client = client(baseUrl)) {
      return client.widgets().list().widgets().orElseThrow().stream().map(Thing::id).toList();
    }
  }
}
