package dev.specpoet.generator.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A path, query, header or cookie parameter. {@code secret}: its value is masked in {@code
 * toString} (a secret name such as {@code api_key} or {@code X-Auth-Token}, {@code format:
 * password}, or {@code writeOnly}), as a model's secret properties are.
 */
public record Parameter(
    String name,
    Location location,
    TypeRef type,
    boolean required,
    Style style,
    boolean explode,
    Doc doc,
    JsonNode defaultValue,
    Constraints constraints,
    boolean secret,
    SourceLocation source) {

  public enum Location {
    PATH,
    QUERY,
    HEADER,
    COOKIE
  }

  /**
   * Serialisation style. INDEXED_BRACKETS is our reading of an array of objects in the query
   * declared with {@code x-specpoet-query-style: indexed-brackets} (or {@code style: deepObject} on
   * an array): {@code filters[0][key]=model&filters[0][value][0]=gpt-4}.
   */
  public enum Style {
    SIMPLE,
    LABEL,
    MATRIX,
    FORM,
    SPACE_DELIMITED,
    PIPE_DELIMITED,
    DEEP_OBJECT,
    INDEXED_BRACKETS
  }
}
