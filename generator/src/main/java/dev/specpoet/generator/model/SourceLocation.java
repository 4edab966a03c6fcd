package dev.specpoet.generator.model;

/**
 * Where an element of the intermediate model comes from: the file, the JSON pointer inside it (RFC
 * 6901, e.g. {@code #/components/schemas/Gateway/properties/id}) and the 1-based line when known.
 */
public record SourceLocation(String file, String pointer, int line) {
  public static final int UNKNOWN_LINE = -1;

  public SourceLocation {
    if (pointer == null || pointer.isEmpty()) {
      pointer = "#";
    }
  }

  public static SourceLocation of(String file, String pointer) {
    return new SourceLocation(file, pointer, UNKNOWN_LINE);
  }

  /**
   * A location below this one: {@code child("properties", "id")}; segments are escaped per RFC
   * 6901.
   */
  public SourceLocation child(String... segments) {
    StringBuilder sb = new StringBuilder(pointer);
    for (String s : segments) {
      sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return new SourceLocation(file, sb.toString(), UNKNOWN_LINE);
  }

  public SourceLocation withLine(int newLine) {
    return new SourceLocation(file, pointer, newLine);
  }

  @Override
  public String toString() {
    return (file == null ? "<input>" : file) + (line > 0 ? ":" + line : "") + " " + pointer;
  }
}
