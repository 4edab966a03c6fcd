package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.specpoet.runtime.errors.WebhookParseException;
import dev.specpoet.runtime.json.Json;
import java.io.IOException;
import java.util.Objects;

/**
 * Reads the body of a request the API sent to the user's server (a webhook or a callback) as its
 * payload type, with the same mapper the clients read responses with: unknown properties and enum
 * values are kept, missing required ones are reported by the payload's getters. What the generated
 * {@code ...Webhooks} helpers call; verifying the request's signature, when the API signs it, is
 * the caller's to do first.
 */
public final class WebhookPayloads {
  private WebhookPayloads() {}

  /**
   * Parses a payload.
   *
   * @param body the raw request body
   * @param type the payload type
   * @param webhook the webhook's name in the spec, for messages
   * @param <T> the payload type
   * @return the payload, never {@code null}
   * @throws WebhookParseException when the body is not JSON of that type (or is JSON {@code null})
   */
  public static <T> T parse(byte[] body, TypeReference<T> type, String webhook) {
    Objects.requireNonNull(body, "body");
    T value;
    try {
      value = Json.mapper().readValue(body, type);
    } catch (JacksonException e) {
      throw new WebhookParseException(
          webhook + ": the request body is not its payload's JSON: " + e.getOriginalMessage(),
          webhook,
          e);
    } catch (IOException e) {
      throw new WebhookParseException(
          webhook + ": the request body could not be read: " + e.getMessage(), webhook, e);
    }
    if (value == null) {
      throw new WebhookParseException(
          webhook + ": the request body is empty or JSON null, not a payload", webhook, null);
    }
    return value;
  }
}
