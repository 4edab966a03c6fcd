package dev.specpoet.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "secret",
        "SECRET",
        "client_secret",
        "clientSecret",
        "client-secret",
        "ClientSECRET",
        "clientsecret",
        "secrets",
        "password",
        "new_password",
        "userPassword",
        "passwd",
        "passphrase",
        "api_key",
        "apiKey",
        "APIKey",
        "apikey",
        "api-key",
        "API_KEY",
        "api_keys",
        "access_key",
        "accessKey",
        "aws_secret_access_key",
        "private_key",
        "privateKey",
        "secret_key",
        "X-Auth-Key",
        "token",
        "access_token",
        "accessToken",
        "refresh_token",
        "id_token",
        "idToken",
        "api_token",
        "authToken",
        "apitoken",
        "authorization",
        "Authorization",
        "cf-aig-authorization",
        "proxy_authorization",
        "credential",
        "credentials",
        "aws_credentials",
        "bearer",
        "bearer_token",
        "sessionToken",
        "RefreshToken",
        "id-token",
        "user_password",
        "aws_access_key"
      })
  void secretNames(String name) {
    assertTrue(SensitiveNames.isSecret(name), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "token_count",
        "tokenCount",
        "tokens_in",
        "tokens_out",
        "tokensIn",
        "max_tokens",
        "maxTokens",
        "cached_tokens",
        "tokens",
        "token_type",
        "token_id",
        "token_expires_at",
        "password_required",
        "secret_id",
        "secret_name",
        "key",
        "Key",
        "public_key",
        "keys",
        "id",
        "name",
        "model",
        "provider",
        "next_token",
        "nextToken",
        "page_token",
        "continuation_token",
        "authentication",
        "authenticated",
        "author",
        "",
        "_",
        "credential_id",
        "monkey",
        "turkey",
        "WWW-Authenticate",
        "cache_key",
        "max_tokens_in",
        "min_total_tokens",
        "passwordChangedAt",
        "password_policy",
        "logpush_public_key",
        "nextPageToken",
        "sync_token",
        "tokenizer",
        "secretary"
      })
  void ordinaryNames(String name) {
    assertFalse(SensitiveNames.isSecret(name), name);
  }

  @Test
  void wordsSplitEveryNamingStyle() {
    assertEquals(List.of("client", "secret"), SensitiveNames.words("client_secret"));
    assertEquals(List.of("client", "secret"), SensitiveNames.words("client-secret"));
    assertEquals(List.of("client", "secret"), SensitiveNames.words("clientSecret"));
    assertEquals(List.of("api", "key"), SensitiveNames.words("APIKey"));
    assertEquals(List.of("x", "auth", "key"), SensitiveNames.words("X-Auth-Key"));
    assertEquals(List.of("tokens", "in"), SensitiveNames.words("tokensIn"));
    assertEquals(List.of("o", "auth2", "token"), SensitiveNames.words("OAuth2Token"));
  }

  @Test
  void sensitiveHeadersAreTheRulePlusTheFixedCredentialHeaders() {
    for (String name :
        List.of(
            "Authorization",
            "proxy-authorization",
            "Cookie",
            "Set-Cookie",
            "X-Auth-Email",
            "X-Auth-Key",
            "X-Auth-User-Service-Key",
            "X-Api-Key",
            "cf-aig-authorization",
            "CF-Access-Client-Secret")) {
      assertTrue(SensitiveNames.isSensitiveHeader(name), name);
    }
    for (String name :
        List.of(
            "Content-Type",
            "Accept",
            "User-Agent",
            "cf-ray",
            "Retry-After",
            "X-Team",
            "cf-aig-token-count")) {
      assertFalse(SensitiveNames.isSensitiveHeader(name), name);
    }
  }
}
