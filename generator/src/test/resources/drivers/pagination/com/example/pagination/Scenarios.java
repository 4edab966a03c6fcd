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
              case "issues" -> a.issues().listIssues();
              case "tags" -> a.tags().listTags(com.example.pagination.models.TagListTagsParams.builder().perPage(2).build());
              case "albums" -> a.albums().listAlbums(com.example.pagination.models.AlbumListAlbumsParams.builder().limit(2L).build());
              case "conversations" -> a.conversations().listConversations(com.example.pagination.models.ConversationListConversationsParams.builder().limit(2L).build());
              case "charges" -> a.charges().listCharges(com.example.pagination.models.ChargeListChargesParams.builder().limit(2L).build());
              case "tracks" -> a.tracks().listTracks(com.example.pagination.models.TrackListTracksParams.builder().limit(2L).build());
              case "sites" -> a.sites().listSites();
              case "users" -> a.users().listUsers();
              case "accounts" -> a.accounts().listAccounts();
              case "calls" -> a.calls().listCalls();
              case "events" -> a.events().listEvents(com.example.pagination.models.EventListEventsParams.builder().max(2L).build());
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
            case "issues" -> client.issues().listIssues();
            case "tags" -> client.tags().listTags(com.example.pagination.models.TagListTagsParams.builder().perPage(2).build());
            case "albums" -> client.albums().listAlbums(com.example.pagination.models.AlbumListAlbumsParams.builder().limit(2L).build());
            case "conversations" -> client.conversations().listConversations(com.example.pagination.models.ConversationListConversationsParams.builder().limit(2L).build());
            case "charges" -> client.charges().listCharges(com.example.pagination.models.ChargeListChargesParams.builder().limit(2L).build());
            case "tracks" -> client.tracks().listTracks(com.example.pagination.models.TrackListTracksParams.builder().limit(2L).build());
            case "sites" -> client.sites().listSites();
            case "users" -> client.users().listUsers();
            case "accounts" -> client.accounts().listAccounts();
            case "calls" -> client.calls().listCalls();
            case "events" -> client.events().listEvents(com.example.pagination.models.EventListEventsParams.builder().max(2L).build());
            default -> throw new IllegalArgumentException(list);
          };
      return first.autoPager().stream().map(Thing::id).toList();
    }
  }

  @Override
  public Map<String, List<String>> firstIssuesHeaders(String baseUrl) {
    try (PagingClient client = client(baseUrl)) {
      return client.issues().listIssues().headers();
    }
  }

  @Override
  public List<String> widgets(String baseUrl) {
    try (PagingClient client = client(baseUrl)) {
      return client.widgets().listWidgets().widgets().orElseThrow().stream().map(Thing::id).toList();
    }
  }
}
