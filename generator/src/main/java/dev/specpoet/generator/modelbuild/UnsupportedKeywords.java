package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.SourceLocation;
import io.swagger.v3.oas.models.media.Schema;

/**
 * JSON Schema keywords the model has no place for. Each is ignored with a warning at the keyword:
 * the generated type accepts what the keyword would exclude, or reads the value as free-form JSON.
 */
final class UnsupportedKeywords {
  private final Diagnostics diagnostics;

  UnsupportedKeywords(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void check(Schema<?> s, SourceLocation at) {
    if (s.getNot() != null) {
      warn(
          at.child("not"),
          "'not' is not supported and is ignored: values it excludes are accepted",
          null);
    }
    String conditional =
        s.getIf() != null
            ? "if"
            : s.getThen() != null ? "then" : s.getElse() != null ? "else" : null;
    if (conditional != null) {
      warn(
          at.child(conditional),
          "'if'/'then'/'else' is not supported and is ignored: the conditional schemas do not"
              + " shape the type",
          null);
    }
    if (s.getPrefixItems() != null && !s.getPrefixItems().isEmpty()) {
      warn(
          at.child("prefixItems"),
          "'prefixItems' (a tuple) is not supported: the elements are read as free-form JSON",
          "use items with one schema, or a oneOf of the element types");
    }
    if (s.getPatternProperties() != null && !s.getPatternProperties().isEmpty()) {
      warn(
          at.child("patternProperties"),
          "'patternProperties' is not supported: properties matching its patterns are"
              + " not typed (an object keeps them as additional properties)",
          "use additionalProperties with one schema");
    }
    if (s.getDependentSchemas() != null && !s.getDependentSchemas().isEmpty()) {
      ignored(at, "dependentSchemas");
    }
    if (s.getDependentRequired() != null && !s.getDependentRequired().isEmpty()) {
      ignored(at, "dependentRequired");
    }
    if (s.getUnevaluatedProperties() != null) {
      ignored(at, "unevaluatedProperties");
    }
    if (s.getUnevaluatedItems() != null) {
      ignored(at, "unevaluatedItems");
    }
    if (s.getContains() != null) {
      ignored(at, "contains");
    }
    if (s.getPropertyNames() != null) {
      ignored(at, "propertyNames");
    }
  }

  private void ignored(SourceLocation at, String keyword) {
    warn(at.child(keyword), "'" + keyword + "' is not supported and is ignored", null);
  }

  private void warn(SourceLocation at, String message, String hint) {
    diagnostics.warn(at, message, hint);
  }
}
