package dev.specpoet.generator.load;

import java.util.HashMap;
import java.util.Map;

/** JSON pointer to 1-based line, for one file; filled while the loader reads the raw document. */
public final class LineIndex {
  private final Map<String, Integer> lines = new HashMap<>();

  void put(String pointer, int line) {
    lines.putIfAbsent(pointer, line);
  }

  /** Whether the document has a value at exactly {@code pointer}. */
  public boolean has(String pointer) {
    return lines.containsKey(pointer);
  }

  /** The line of {@code pointer}, or of its nearest ancestor that is known; -1 when none is. */
  public int lineOf(String pointer) {
    String p = pointer == null || pointer.isEmpty() ? "#" : pointer;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return -1;
      }
      p = p.substring(0, slash);
    }
  }

  public static LineIndex empty() {
    return new LineIndex();
  }
}
