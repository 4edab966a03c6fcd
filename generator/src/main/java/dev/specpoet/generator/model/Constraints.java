package dev.specpoet.generator.model;

import java.math.BigDecimal;

/**
 * Validation keywords kept for documentation (and, where cheap, checks at build time). Null =
 * absent.
 */
public record Constraints(
    Integer minLength,
    Integer maxLength,
    BigDecimal minimum,
    BigDecimal maximum,
    Integer minItems,
    Integer maxItems,
    String pattern) {
  public static final Constraints NONE = new Constraints(null, null, null, null, null, null, null);
}
