package dev.specpoet.generator.model;

/**
 * A request the API sends to the user's server: an operation of a 3.1 {@code webhooks} entry, or of
 * an operation's {@code callbacks}. The client gets its payload type and a parse helper for it (the
 * user's server receives the body; the client never sends it).
 *
 * @param name the webhook's key ({@code newPet}), or for a callback the owning operation's id and
 *     the callback's key ({@code subscribe onEvent})
 * @param kind a webhook or a callback
 * @param httpMethod the method the API sends it with ({@code POST})
 * @param onlyOperation whether it is the only operation of its path item (else the names stage
 *     tells the methods apart by HTTP method)
 * @param expression a callback's URL expression ({@code {$request.body#/callbackUrl}}), else null
 * @param payload the JSON body's type
 * @param contentType the body's media type
 * @param doc the operation's summary and description (the body's description when it has none)
 */
public record Webhook(
    String name,
    Kind kind,
    String httpMethod,
    boolean onlyOperation,
    String expression,
    TypeRef payload,
    String contentType,
    Doc doc,
    SourceLocation source) {

  public enum Kind {
    WEBHOOK,
    CALLBACK
  }
}
