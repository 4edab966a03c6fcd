package dev.specpoet.generator.model;

/**
 * A request body.
 *
 * @param contentType the media type sent ({@code application/json} preferred when several are
 *     given)
 * @param type the body's type; when it names an {@link ObjectType} the params class holds that
 *     object (its {@code _body()}) and its builder has a setter per property (flattened, like
 *     Stainless SDKs do); otherwise the params class has one {@code body} field. An inline object
 *     body is an {@link ObjectType} of id {@link Operation#bodyTypeId} nested in the operation's
 *     params class ({@code DatasetCreateParams.Body}); the inline types of its properties nest in
 *     the params class too ({@code DatasetCreateParams.Filter}).
 */
public record RequestBody(
    String contentType, TypeRef type, boolean required, Doc doc, SourceLocation source) {}
