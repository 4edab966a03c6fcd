package dev.specpoet.generator.load;

import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.SourceLocation;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * swagger-parser's messages (free text such as {@code attribute paths.'/x'(get).responses is
 * missing}) turned into diagnostics at a place of the document: which ones the model stage reports
 * better itself, the pointer a message names, the line it gives, and whether it is an error.
 */
final class ParserMessages {
  private ParserMessages() {}

  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  private static final Pattern MISSING_TARGET =
      Pattern.compile("Could not find (\\S+) in contents of (\\S+)");

  /**
   * Parser messages the model stage reports itself, better (with the exact place and a hint):
   * duplicate operationIds, undeclared path parameters, and the artefacts of an unresolvable
   * internal $ref.
   */
  static boolean reportedByModelStage(String message) {
    return message.contains("operationId is repeated")
        || message.contains("Declared path parameter")
        || message.contains("is not of type `schema`")
        || message.contains("is not of expected type Schema")
        || message.matches(".*\\.#/components/[^ ]* is missing.*");
  }

  private static final Pattern UNLOADABLE_URL = Pattern.compile("Unable to load URL ref: (\\S+)");

  static Diagnostic diagnostic(
      String message,
      SourceMap sources,
      Map<String, String> rootRefs,
      Map<String, SourceLocation> refUses,
      boolean fatal) {
    String lower = message.toLowerCase(Locale.ROOT);
    String pointer = pointerOf(message);
    SourceLocation loc = null;
    Matcher missing = MISSING_TARGET.matcher(message);
    if ("#".equals(pointer) && missing.find()) {
      // "Could not find X in contents of REF": at the $ref
      if (rootRefs.containsKey(missing.group(2))) {
        pointer = rootRefs.get(missing.group(2));
      } else {
        // REF is a file, relative to the root ("./schemas/owner.yaml"), X the pointer in it without
        // '#'
        String target =
            missing.group(2).startsWith("./") ? missing.group(2).substring(2) : missing.group(2);
        String fragment =
            missing.group(1).startsWith("/") ? missing.group(1) : "/" + missing.group(1);
        loc = refUses.get(target + "#" + fragment);
      }
    }
    if (loc == null) {
      loc = sources.locate(pointer);
    }
    Matcher m = LINE.matcher(message);
    if (m.find()) {
      loc = loc.withLine(Integer.parseInt(m.group(1)));
    }
    if (lower.contains("exceeds max references")) {
      return Diagnostic.error(
          loc,
          "the YAML aliases expand to too many nodes (" + message + ")",
          "write the document without chains of aliases (&a / *a) that multiply");
    }
    Matcher url = UNLOADABLE_URL.matcher(message);
    if ("#".equals(pointer) && url.find()) {
      String ref = url.group(1);
      String at =
          rootRefs.entrySet().stream()
              .filter(e -> e.getKey().startsWith(ref))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse("#");
      return Diagnostic.error(
          sources.locate(at),
          "the $ref to " + ref + " cannot be loaded",
          "download the referenced document next to the spec and point the $ref at the copy");
    }
    boolean error =
        fatal
            || lower.contains("could not find")
            || lower.contains("unable to")
            || lower.contains("exception")
            || lower.contains("unresolvable");
    return error ? Diagnostic.error(loc, message, null) : Diagnostic.warning(loc, message, null);
  }

  /**
   * swagger-parser messages name places like {@code attribute paths.'/x'(get).responses}: best
   * effort pointer.
   */
  static String pointerOf(String message) {
    Matcher m = Pattern.compile("attribute ([^\\s]+)").matcher(message);
    if (!m.find()) {
      return "#";
    }
    String path = m.group(1);
    StringBuilder sb = new StringBuilder("#");
    Matcher seg = Pattern.compile("'([^']*)'|\\(([a-z]+)\\)|([^.'()]+)").matcher(path);
    while (seg.find()) {
      String s =
          seg.group(1) != null ? seg.group(1) : seg.group(2) != null ? seg.group(2) : seg.group(3);
      sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }
}
