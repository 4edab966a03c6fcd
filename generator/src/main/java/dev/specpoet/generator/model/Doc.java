package dev.specpoet.generator.model;

/**
 * Documentation carried from the spec: the text for javadoc (summary and/or description) and
 * deprecation.
 */
public record Doc(String text, boolean deprecated) {
  public static final Doc NONE = new Doc(null, false);

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
