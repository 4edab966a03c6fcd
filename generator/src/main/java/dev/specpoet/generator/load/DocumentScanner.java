package dev.specpoet.generator.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a spec file token by token (JSON or YAML, with the loader's YAML limits), independently of
 * swagger-parser: the line of every JSON pointer, and every {@code $ref} outside literal data. The
 * loader uses it for source locations and to find the files a spec references.
 */
final class DocumentScanner {
  private DocumentScanner() {}

  static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Reads a document token by token: records each pointer's line and every {@code $ref}, as {@code
   * pointer<TAB>value}.
   */
  static void scan(Path file, LineIndex lines, List<String> refs) throws IOException {
    JsonFactory factory = isJson(file) ? new JsonFactory() : SpecLoader.yamlFactory();
    try (Reader reader =
            withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        JsonParser p = factory.createParser(reader)) {
      if (p.nextToken() == null) {
        throw new JsonProcessingException("the document is empty", p.currentLocation()) {
          private static final long serialVersionUID = 1L;
        };
      }
      value(
          p,
          new ArrayList<>(),
          lines.root(p.currentTokenLocation().getLineNr()),
          null,
          null,
          false,
          refs);
    }
  }

  /** The byte-order mark some editors put before JSON or YAML (RFC 8259 lets a reader skip it). */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
    return reader;
  }

  /** A document's text, without a leading byte-order mark. */
  static String readText(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /**
   * Keys whose value is a map of user-chosen names, so a child called {@code example} or {@code
   * default} there is a name (a property, a response), not a keyword.
   */
  private static final Set<String> NAME_MAPS =
      Set.of(
          "properties",
          "patternProperties",
          "schemas",
          "responses",
          "parameters",
          "examples",
          "requestBodies",
          "headers",
          "securitySchemes",
          "links",
          "callbacks",
          "pathItems",
          "paths",
          "webhooks",
          "content",
          "encoding",
          "variables",
          "mapping",
          "$defs",
          "definitions",
          "dependentSchemas");

  /**
   * Keywords whose value is literal data, where a {@code "$ref"} key is not a reference (ghec.json
   * has {@code $ref}s inside example values): examples, defaults, enums, constants and extensions.
   */
  private static boolean literalValue(
      String parent, String grandparent, String name, JsonToken value) {
    if (parent != null && NAME_MAPS.contains(parent)) {
      return false;
    }
    return switch (name) {
      case "example", "default", "enum", "const" -> true;
      case "examples" -> value == JsonToken.START_ARRAY; // JSON Schema's examples: a list of values
      case "value" -> "examples".equals(grandparent); // an Example Object's value
      default -> name.startsWith("x-");
    };
  }

  /**
   * Reads one value whose node is {@code node} and whose pointer has the (escaped) {@code path}.
   * The pointer text is built only where a {@code $ref} needs it; the index keeps segments.
   */
  private static void value(
      JsonParser p,
      List<String> path,
      LineIndex.Node node,
      String parent,
      String grandparent,
      boolean literal,
      List<String> refs)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int line = p.currentTokenLocation().getLineNr();
        String segment = name.replace("~", "~0").replace("/", "~1");
        LineIndex.Node childNode = node.child(segment, line);
        path.add(segment);
        JsonToken v = p.nextToken();
        if (!literal && "$ref".equals(name) && v == JsonToken.VALUE_STRING) {
          refs.add("#/" + String.join("/", path) + "\t" + p.getText());
        }
        value(
            p,
            path,
            childNode,
            name,
            parent,
            literal || literalValue(parent, grandparent, name, v),
            refs);
        path.remove(path.size() - 1);
      }
    } else if (t == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String index = LineIndex.index(i++);
        LineIndex.Node element = node.child(index, p.currentTokenLocation().getLineNr());
        path.add(index);
        value(p, path, element, index, parent, literal, refs);
        path.remove(path.size() - 1);
      }
    }
  }
}
