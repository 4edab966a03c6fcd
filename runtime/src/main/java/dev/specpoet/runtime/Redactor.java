package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.specpoet.runtime.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the runtime never shows. Replaces the client's credential values in text (messages, log
 * lines) with {@code <redacted>}, and masks bodies with {@link #body}. Knows the values of the
 * client's credential headers and, per call, of every header with a credential name ({@link
 * SensitiveNames#isSensitiveHeader}) that the call sends, wherever it was set: client options, the
 * request, or {@link RequestOptions}. Immutable.
 */
final class Redactor {
  static final String MASK = "<redacted>";

  /**
   * What a secret JSON member's value becomes in a shown body (a JSON string, so it stays JSON).
   */
  static final String VALUE_MASK = "\"***\"";

  static final Redactor NONE = new Redactor(List.of());

  /** Shorter values are not treated as secrets: masking them would garble ordinary text. */
  private static final int MIN_LENGTH = 4;

  private static final JsonFactory JSON = Json.mapper().getFactory();

  /**
   * A {@code "name": value} pair in text that is not JSON (or JSON that does not parse), read over
   * the body's bytes as ISO-8859-1 so that match offsets are byte offsets: the name, then a string
   * (perhaps cut off) or a bare scalar. Objects and arrays are not matched as values; secret names
   * inside them are.
   */
  private static final Pattern PAIR =
      Pattern.compile(
          "\"((?:[^\"\\\\]|\\\\.){1,128})\"\\s*:\\s*"
              + "(\"(?:[^\"\\\\]|\\\\.)*+(?:\"|$)|[^\\s,{}\\[\\]\"]+)");

  private final List<String> secrets;

  /** The secrets as UTF-8 bytes, and JSON-escaped when that differs, longest first. */
  private final List<byte[]> secretBytes;

  private final int longestSecret;

  Redactor(Collection<String> secrets) {
    List<String> list = new ArrayList<>();
    for (String s : secrets) {
      if (s != null && s.length() >= MIN_LENGTH && !list.contains(s)) {
        list.add(s);
      }
    }
    list.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(list);
    List<byte[]> bytes = new ArrayList<>();
    int longest = 0;
    for (String s : list) {
      bytes.add(s.getBytes(StandardCharsets.UTF_8));
      String escaped = jsonEscaped(s);
      if (!escaped.equals(s)) {
        bytes.add(escaped.getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.sort(Comparator.comparingInt((byte[] b) -> b.length).reversed());
    for (byte[] b : bytes) {
      longest = Math.max(longest, b.length);
    }
    this.secretBytes = List.copyOf(bytes);
    this.longestSecret = longest;
  }

  /**
   * The strings of a credential header value that must never be shown: the value itself, the part
   * after an auth scheme ({@code Bearer abc} gives {@code abc} too) and, for cookies, every {@code
   * name=value} pair.
   */
  static List<String> credentialsOf(String name, String value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    String v = value.trim();
    result.add(v);
    int space = v.indexOf(' ');
    if (space > 0 && v.substring(0, space).chars().allMatch(Character::isLetter)) {
      result.add(v.substring(space + 1).trim());
    }
    if (name.equalsIgnoreCase("cookie") || name.equalsIgnoreCase("set-cookie")) {
      for (String part : v.split(";")) {
        result.add(part.trim());
      }
    }
    return result;
  }

  /**
   * The strings of a query credential that must never be shown: the value, and its form as the URL
   * carries it (percent-encoded) when that differs.
   */
  static List<String> queryCredentialsOf(String value) {
    List<String> result = new ArrayList<>();
    if (value != null) {
      result.add(value);
      String encoded = Values.encode(value);
      if (!encoded.equals(value)) {
        result.add(encoded);
      }
    }
    return result;
  }

  /**
   * This redactor plus the values of the credential headers among {@code headers} (judged by name).
   */
  Redactor plusSensitiveHeaders(Map<String, String> headers) {
    List<String> added = new ArrayList<>();
    headers.forEach(
        (name, value) -> {
          if (SensitiveNames.isSensitiveHeader(name)) {
            added.addAll(credentialsOf(name, value));
          }
        });
    if (added.isEmpty() || secrets.containsAll(added)) {
      return this;
    }
    added.addAll(secrets);
    return new Redactor(added);
  }

  /**
   * This redactor plus the values of the query parameters among {@code query} whose names say they
   * hold a secret ({@link SensitiveNames#isSecret}: {@code api_key}, {@code access_token}), so a
   * logged URL does not show them.
   */
  Redactor plusSensitiveQuery(List<Map.Entry<String, String>> query) {
    List<String> added = new ArrayList<>();
    for (Map.Entry<String, String> q : query) {
      if (SensitiveNames.isSecret(q.getKey())) {
        added.addAll(queryCredentialsOf(q.getValue()));
      }
    }
    if (added.isEmpty() || secrets.containsAll(added)) {
      return this;
    }
    added.addAll(secrets);
    return new Redactor(added);
  }

  String scrub(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : secrets) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  /**
   * A body as text for a log line or an exception message, showing at most its first {@code limit}
   * bytes (then {@code ... (N bytes)}), with nothing secret in what is shown:
   *
   * <ul>
   *   <li>a JSON body (it starts with a brace or a bracket) is read as a token stream, only as far
   *       as is shown, and the value of every member whose name {@link SensitiveNames#isSecret} at
   *       any depth becomes {@code "***"} (objects and arrays whole; {@code null} stays);
   *   <li>any other body, or JSON that stops parsing, also gets {@code "***"} for the values of
   *       secret-named {@code "name": value} pairs found in its text;
   *   <li>in every body, each credential this redactor knows becomes {@code <redacted>},
   *       JSON-escaped forms included, even where it straddles the cut.
   * </ul>
   *
   * The rest of the text is shown byte for byte as it was (formatting and number spelling kept).
   *
   * @param body the body bytes
   * @param limit how many bytes to show at most
   * @return the text to show
   */
  String body(byte[] body, int limit) {
    int shown = Math.min(body.length, limit);
    while (shown > 0 && shown < body.length && (body[shown] & 0xC0) == 0x80) {
      shown--; // never cut a UTF-8 character in two
    }
    List<long[]> spans = new ArrayList<>();
    if (!looksLikeJson(body) || !jsonSpans(body, shown, spans)) {
      textSpans(body, shown, spans);
    }
    knownSpans(body, shown, spans);
    String text = splice(body, shown, spans);
    return body.length > shown ? text + "... (" + body.length + " bytes)" : text;
  }

  private static boolean looksLikeJson(byte[] body) {
    for (byte b : body) {
      if (b == '{' || b == '[') {
        return true;
      }
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return false;
  }

  /**
   * Adds the spans of secret members' values ({@code [start, end, 0]}) in the part shown; {@code
   * false} when the JSON stopped parsing there (spans found before stay).
   */
  private static boolean jsonSpans(byte[] body, int shown, List<long[]> spans) {
    try (JsonParser p = JSON.createParser(body)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (p.currentTokenLocation().getByteOffset() >= shown) {
          return true;
        }
        if (t != JsonToken.FIELD_NAME || !SensitiveNames.isSecret(p.currentName())) {
          continue;
        }
        JsonToken value = p.nextToken();
        if (value == null || value == JsonToken.VALUE_NULL) {
          continue;
        }
        long[] span = {p.currentTokenLocation().getByteOffset(), body.length, 0};
        spans.add(span); // masks to the end should the rest not parse
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          span[1] = endOfStructure(p, shown, body.length);
        } else {
          span[1] = endOfScalar(body, (int) span[0], value == JsonToken.VALUE_STRING);
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Reads to the end of the object or array just started; past the part shown it need not. */
  private static long endOfStructure(JsonParser p, int shown, int length) throws IOException {
    int depth = 1;
    JsonToken t;
    while ((t = p.nextToken()) != null) {
      if (p.currentTokenLocation().getByteOffset() >= shown) {
        return length;
      }
      if (t.isStructStart()) {
        depth++;
      } else if (t.isStructEnd() && --depth == 0) {
        return p.currentTokenLocation().getByteOffset() + 1;
      }
    }
    return length;
  }

  private static long endOfScalar(byte[] body, int start, boolean string) {
    int i = start;
    if (string) {
      for (i = start + 1; i < body.length; i++) {
        if (body[i] == '\\') {
          i++;
        } else if (body[i] == '"') {
          return i + 1;
        }
      }
      return body.length;
    }
    while (i < body.length && ",}] \t\r\n".indexOf(body[i]) < 0) {
      i++;
    }
    return i;
  }

  /** Adds the spans of secret-named pairs' values found in text that is not (valid) JSON. */
  private static void textSpans(byte[] body, int shown, List<long[]> spans) {
    Matcher m = PAIR.matcher(new String(body, 0, shown, StandardCharsets.ISO_8859_1));
    while (m.find()) {
      if (SensitiveNames.isSecret(m.group(1)) && !m.group(2).equals("null")) {
        long end = m.end(2);
        spans.add(new long[] {m.start(2), end == shown ? body.length : end, 0});
      }
    }
  }

  /** Adds the spans of known credentials ({@code [start, end, 1]}) that start in the part shown. */
  private void knownSpans(byte[] body, int shown, List<long[]> spans) {
    int window = (int) Math.min(body.length, (long) shown + longestSecret);
    for (byte[] secret : secretBytes) {
      for (int i = 0; i < shown && i + secret.length <= window; i++) {
        if (startsWith(body, i, secret)) {
          spans.add(new long[] {i, i + secret.length, 1});
          i += secret.length - 1;
        }
      }
    }
  }

  private static boolean startsWith(byte[] body, int at, byte[] secret) {
    for (int j = 0; j < secret.length; j++) {
      if (body[at + j] != secret[j]) {
        return false;
      }
    }
    return true;
  }

  /** The shown bytes with every span replaced; overlapping spans mask their union. */
  private static String splice(byte[] body, int shown, List<long[]> spans) {
    if (spans.isEmpty()) {
      return new String(body, 0, shown, StandardCharsets.UTF_8);
    }
    spans.sort(
        Comparator.<long[]>comparingLong(s -> s[0])
            .thenComparing(Comparator.<long[]>comparingLong(s -> s[1]).reversed()));
    ByteArrayOutputStream out = new ByteArrayOutputStream(shown + 16);
    int pos = 0;
    for (long[] span : spans) {
      int start = (int) span[0];
      if (start >= shown) {
        break;
      }
      if (start < pos) {
        pos = (int) Math.max(pos, Math.min(span[1], body.length));
        continue;
      }
      out.write(body, pos, start - pos);
      byte[] mask = (span[2] == 0 ? VALUE_MASK : MASK).getBytes(StandardCharsets.UTF_8);
      out.write(mask, 0, mask.length);
      pos = (int) Math.min(span[1], body.length);
    }
    if (pos < shown) {
      out.write(body, pos, shown - pos);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String jsonEscaped(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
