package dev.specpoet.generator.model;

import java.util.Map;

/**
 * A request body.
 *
 * @param contentType the media type sent (JSON preferred when several are given, then a form,
 *     multipart, text, binary)
 * @param kind how it is written: {@link MediaKind#JSON}, {@link MediaKind#FORM}, {@link
 *     MediaKind#MULTIPART}, {@link MediaKind#TEXT} (type {@code STRING}) or {@link
 *     MediaKind#BINARY} (type {@code FILE})
 * @param type the body's type; when it names an {@link ObjectType} the params class holds that
 *     object (its {@code _body()}) and its builder has a setter per property (flattened, like
 *     Stainless SDKs do); otherwise the params class has one {@code body} field. An inline object
 *     body is an {@link ObjectType} of id {@link Operation#bodyTypeId} nested in the operation's
 *     params class ({@code DatasetCreateParams.Body}); the inline types of its properties nest in
 *     the params class too ({@code DatasetCreateParams.Filter}). A form or multipart object body is
 *     always such a nested {@code Body} (a copy of a referenced component), whose binary properties
 *     are files ({@code FILE}) in a multipart body.
 * @param encodings the spec's {@code encoding} of form and multipart properties, by property name
 */
public record RequestBody(
    String contentType,
    MediaKind kind,
    TypeRef type,
    boolean required,
    Doc doc,
    SourceLocation source,
    Map<String, PartEncoding> encodings) {
  public RequestBody {
    encodings = Map.copyOf(encodings);
  }

  /** A JSON body. */
  public RequestBody(
      String contentType, TypeRef type, boolean required, Doc doc, SourceLocation source) {
    this(contentType, MediaKind.JSON, type, required, doc, source, Map.of());
  }

  /**
   * How one property of a form or multipart body is written ({@code encoding} in the spec).
   *
   * @param contentType the part's media type, or null for the default of its kind
   * @param style the form field's style ({@code form}, {@code deepObject} ...), or null for form
   * @param explode whether arrays and objects explode (form fields)
   */
  public record PartEncoding(String contentType, String style, boolean explode) {}
}
