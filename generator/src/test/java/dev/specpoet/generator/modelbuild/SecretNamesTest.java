package dev.specpoet.generator.modelbuild;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretNamesTest {
  @Test
  void credentialsAreSecretsInEverySpelling() {
    for (String name : List.of("secret", "password", "passwd", "token", "bearer", "authorization", "access_token",
        "refresh_token", "accessToken", "RefreshToken", "id-token", "userPassword", "user_password", "apiKey", "api_key",
        "api-key", "apikey", "APIKey", "X-Auth-Key", "clientSecret", "client_secret", "private_key", "privateKey",
        "aws_access_key", "secret_key", "credentials", "bearer_token", "sessionToken")) {
      assertTrue(SecretNames.isSecret(name), name);
    }
  }

  @Test
  void thingsAboutCredentialsAreNot() {
    // the AI Gateway spec has the token counts; the others are common in real specs
    for (String name : List.of("token_count", "tokens", "tokens_in", "tokens_out", "max_tokens", "max_tokens_in",
        "min_total_tokens", "tokenCount", "token_type", "secret_id", "secret_name", "password_policy",
        "passwordChangedAt", "public_key", "logpush_public_key", "key", "cache_key", "keys", "author", "authentication",
        "page_token", "nextPageToken", "continuation_token", "tokenizer", "secretary", "")) {
      assertFalse(SecretNames.isSecret(name), name);
    }
  }
}
