package dev.specpoet.generator.load;

import dev.specpoet.generator.model.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of the resolved document is written.
 *
 * <p>swagger-parser resolves a multi-file spec into one document: a schema (parameter, response
 * ...) that a {@code $ref} takes from another file becomes a component of the root, possibly
 * renamed ({@code schemas/gateway.yaml#/Gateway} becomes {@code #/components/schemas/Gateway}, or
 * {@code Gateway_1} when the root has a {@code Gateway} of its own), and a path item taken from
 * another file is copied under {@code #/paths}. The model stage walks that resolved document; this
 * map turns a pointer into it back into the file the element is written in, the pointer inside that
 * file and its line.
 *
 * <p>Pointers below a moved element keep their shape ({@code
 * #/components/schemas/Gateway/properties/id} is {@code #/Gateway/properties/id} in {@code
 * schemas/gateway.yaml}), so one entry per moved element (its "origin") is enough. A pointer under
 * no origin is written in the root file as it stands.
 */
public final class SourceMap {
  private final String rootFile;
  private final Map<String, LineIndex> lines;
  private final Map<String, SourceLocation> origins;

  /**
   * @param rootFile the root file's display name
   * @param lines pointer-to-line index per file, by display name
   * @param origins resolved-document pointer of a moved element -> its file and pointer there
   */
  public SourceMap(
      String rootFile, Map<String, LineIndex> lines, Map<String, SourceLocation> origins) {
    this.rootFile = rootFile;
    this.lines = Map.copyOf(lines);
    this.origins = Map.copyOf(origins);
  }

  /** A map of a single file. */
  public static SourceMap singleFile(String rootFile, LineIndex lines) {
    Map<String, LineIndex> byFile = new HashMap<>();
    byFile.put(rootFile, lines);
    return new SourceMap(rootFile, byFile, Map.of());
  }

  public String rootFile() {
    return rootFile;
  }

  /**
   * Whether {@code file} was read and has no value at {@code pointer} (a {@code $ref} fragment,
   * percent-escapes allowed); false for a file that was not read (a remote one).
   */
  public boolean missing(String file, String pointer) {
    LineIndex index = lines.get(file == null ? rootFile : file);
    return index != null && !index.has(pointer) && !index.has(percentDecoded(pointer));
  }

  /** {@code %7B} -> <code>{</code>, as in a URI fragment; anything malformed is kept as it is. */
  static String percentDecoded(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) == '%'
          && i + 2 < s.length()
          && Character.digit(s.charAt(i + 1), 16) >= 0
          && Character.digit(s.charAt(i + 2), 16) >= 0) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The real location of {@code pointer}, a pointer into the resolved document: the file it is
   * written in, the pointer inside that file and its line (of the nearest known ancestor; -1 when
   * none is).
   */
  public SourceLocation locate(String pointer) {
    String p = pointer == null || pointer.isEmpty() ? "#" : pointer;
    String prefix = p;
    while (true) {
      SourceLocation origin = origins.get(prefix);
      if (origin != null) {
        String rest = p.substring(prefix.length());
        return withLine(
            new SourceLocation(
                origin.file(), origin.pointer() + rest, SourceLocation.UNKNOWN_LINE));
      }
      int slash = prefix.lastIndexOf('/');
      if (slash < 0) {
        return withLine(new SourceLocation(rootFile, p, SourceLocation.UNKNOWN_LINE));
      }
      prefix = prefix.substring(0, slash);
    }
  }

  /** {@code at} (a real location) with the line of its pointer in its own file. */
  public SourceLocation withLine(SourceLocation at) {
    LineIndex index = lines.get(at.file() == null ? rootFile : at.file());
    return at.withLine(index == null ? SourceLocation.UNKNOWN_LINE : index.lineOf(at.pointer()));
  }
}
