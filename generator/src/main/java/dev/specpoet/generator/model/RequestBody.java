package dev.specpoet.generator.model;

/**
 * A request body.
 *
 * @param contentType the media type sent ({@code application/json} preferred when several are
 *     given)
 * @param type the body's type; when it names an {@link ObjectType} its properties become fields of
 *     the params class (flattened, like Stainless SDKs do); otherwise the params class has one
 *     {@code body} field. An inline object body is modelled as an {@link ObjectType} whose id IS
 *     the operation's {@link Operation#paramsTypeId()} (so {@code type} is {@code
 *     Named(paramsTypeId)}): the params class is its only Java class (the type emitters skip it),
 *     and its inline members nest inside the params class.
 */
public record RequestBody(
    String contentType, TypeRef type, boolean required, Doc doc, SourceLocation source) {}
