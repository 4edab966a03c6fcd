package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.runtime.http.MultipartBody;
import dev.specpoet.runtime.http.RequestBody;
import dev.specpoet.runtime.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One API call as a generated service method describes it: the operation, the method, the path with
 * its parameters filled in (each percent-encoded as one segment), query parameters, headers, the
 * media types it accepts, and an optional body: JSON, text, a form ({@code
 * application/x-www-form-urlencoded}), {@code multipart/form-data} or a binary {@link Upload}.
 * JSON, text and forms are held as bytes; files and streams are read only when sent. Immutable.
 *
 * <p>Values are rendered as text the same way everywhere: strings as they are, booleans {@code
 * true}/{@code false}, numbers plain, {@code OffsetDateTime}/{@code LocalDate} in ISO-8601, enums
 * and other objects through their Jackson JSON value ({@link Json#mapper()}); {@code null} and
 * empty {@code Optional}s are left out.
 *
 * <p>Over 500 lines on purpose: the size is the nested {@link Builder}, the one public entry point
 * generated services call for every kind of parameter and body. Splitting it would split that API
 * across types; what the builder delegates to (the bodies in {@link RequestBody} and {@link
 * MultipartBody}, value text in {@code Values}, styles in {@link QueryStyle}) already lives
 * elsewhere.
 */
public final class ApiRequest {
  private final String operationId;
  private final String method;
  private final String pathTemplate;
  private final String path;
  private final List<Map.Entry<String, String>> queryParams;
  private final Map<String, String> headers;
  private final RequestBody body;
  private final String accept;

  /** A next-page link to send the request to instead of the path and query, or null. */
  private final String link;

  private ApiRequest(
      Builder b, String path, List<Map.Entry<String, String>> query, RequestBody body) {
    this.operationId = b.operationId;
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.path = path;
    this.queryParams = List.copyOf(query);
    TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(b.headers);
    this.headers = Collections.unmodifiableMap(h);
    this.body = body;
    this.accept = b.accept;
    this.link = null;
  }

  private ApiRequest(ApiRequest source, String link) {
    this.operationId = source.operationId;
    this.method = source.method;
    this.pathTemplate = source.pathTemplate;
    this.path = source.path;
    this.queryParams = source.queryParams;
    this.headers = source.headers;
    this.body = source.body;
    this.accept = source.accept;
    this.link = link;
  }

  /**
   * This request sent to a next-page link the API gave (a URL in a response body or {@code Link}
   * header) instead of its own path and query; headers and body stay. The client resolves a
   * relative link against its base URL and refuses a link to another scheme, host or port, so that
   * its credentials never go anywhere else.
   *
   * @param link the link, absolute or relative
   * @return the request to the link
   */
  public ApiRequest withLink(String link) {
    return new ApiRequest(this, Objects.requireNonNull(link, "link"));
  }

  /**
   * The next-page link this request goes to instead of its path and query.
   *
   * @return the link as the API gave it, or {@code null}
   */
  public String link() {
    return link;
  }

  /**
   * Starts a request.
   *
   * @param operationId the operation's id, used in errors and logs (e.g. {@code aiGatewayLogsList})
   * @param method the HTTP method, e.g. {@code GET}
   * @param pathTemplate the path below the base URL with {@code {name}} placeholders, e.g. {@code
   *     /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs}
   * @return a builder
   */
  public static Builder builder(String operationId, String method, String pathTemplate) {
    return new Builder(operationId, method, pathTemplate);
  }

  /**
   * The operation's id.
   *
   * @return the id
   */
  public String operationId() {
    return operationId;
  }

  /**
   * The HTTP method, upper case.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The path template as given to the builder.
   *
   * @return the template
   */
  public String pathTemplate() {
    return pathTemplate;
  }

  /**
   * The path with every parameter filled in and percent-encoded.
   *
   * @return the encoded path, starting with {@code /}
   */
  public String path() {
    return path;
  }

  /**
   * The query parameters in order, not yet encoded (names like {@code filters[0][key]} included).
   *
   * @return an unmodifiable list of name/value pairs
   */
  public List<Map.Entry<String, String>> queryParams() {
    return queryParams;
  }

  /**
   * The encoded query string without {@code ?}.
   *
   * @return the query, {@code ""} when there are no parameters
   */
  public String encodedQuery() {
    return encodeQuery(queryParams);
  }

  /**
   * The request's own headers (not the client's defaults nor credentials); look-ups ignore case.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The body.
   *
   * @return the body, or {@code null} for none
   */
  public RequestBody body() {
    return body;
  }

  /**
   * The body's media type.
   *
   * @return the content type, or {@code null} without a body
   */
  public String contentType() {
    return body == null ? null : body.contentType();
  }

  /**
   * The {@code Accept} header: the media types the operation answers with, errors included.
   *
   * @return the header value ({@code application/json} unless the builder was told otherwise)
   */
  public String accept() {
    return accept;
  }

  /**
   * Whether the body can be sent again on a retry: no body, JSON, text, forms, files and bytes can;
   * an {@link Upload} of an {@link java.io.InputStream} cannot (such a call is never retried).
   *
   * @return {@code false} when the body is sent from a one-shot stream
   */
  public boolean isReplayable() {
    return body == null || body.isReplayable();
  }

  static String encodeQuery(List<Map.Entry<String, String>> query) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> e : query) {
      if (s.length() > 0) {
        s.append('&');
      }
      s.append(Values.encode(e.getKey())).append('=').append(Values.encode(e.getValue()));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return method
        + " "
        + (link != null ? link : path + (queryParams.isEmpty() ? "" : "?" + encodedQuery()))
        + " ("
        + operationId
        + ")";
  }

  /** Builds an {@link ApiRequest}; not thread-safe. */
  public static final class Builder {
    private final String operationId;
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Object body;
    private boolean hasBody;
    private RequestBody rawBody;
    private List<Map.Entry<String, String>> form;
    private MultipartBody.Builder multipart;
    private String accept = "application/json";

    private Builder(String operationId, String method, String pathTemplate) {
      this.operationId = Objects.requireNonNull(operationId, "operationId");
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      Objects.requireNonNull(pathTemplate, "pathTemplate");
      this.pathTemplate = pathTemplate.startsWith("/") ? pathTemplate : "/" + pathTemplate;
    }

    /**
     * Fills in a path parameter. The value is percent-encoded as one path segment: {@code a/b} and
     * {@code ../x} stay inside their segment. A value that is empty, {@code .} or {@code ..} is
     * refused at {@link #build()} (no encoding keeps those from changing the path: URL parsers
     * treat {@code %2E%2E} as {@code ..}).
     *
     * @param name the placeholder's name, without braces
     * @param value the value; {@code null} leaves the parameter missing
     * @return this builder
     */
    public Builder pathParam(String name, Object value) {
      Objects.requireNonNull(name, "name");
      String text = Values.simple(value);
      if (text == null) {
        pathParams.remove(name);
      } else {
        pathParams.put(name, text);
      }
      return this;
    }

    /**
     * Adds a query parameter in {@link QueryStyle#FORM} style: a collection gives one {@code
     * name=value} per element; {@code null} is left out.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder queryParam(String name, Object value) {
      return queryParam(name, value, QueryStyle.FORM);
    }

    /**
     * Adds a query parameter in the given style; {@code null} is left out.
     *
     * @param name the name
     * @param value the value
     * @param style how arrays and objects are written
     * @return this builder
     */
    public Builder queryParam(String name, Object value, QueryStyle style) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(style, "style");
      Values.addQuery(query, name, value, style);
      return this;
    }

    /**
     * Sets a header (arrays and objects comma-joined); {@code null} is left out.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, Object value) {
      OptionSetters.checkName(name);
      String text = Values.simple(value);
      if (text == null) {
        headers.remove(name);
      } else {
        OptionSetters.checkValue("header " + name, text);
        headers.put(name, text);
      }
      return this;
    }

    /**
     * Sets the JSON body, written with {@link Json#mapper()} at {@link #build()}.
     *
     * @param value the body; {@code null} for none
     * @return this builder
     */
    public Builder jsonBody(Object value) {
      this.body = value;
      this.hasBody = value != null;
      return this;
    }

    /**
     * Sets the {@code Accept} header (default {@code application/json}).
     *
     * @param mediaTypes the media types, comma-separated
     * @return this builder
     */
    public Builder accept(String mediaTypes) {
      this.accept = Objects.requireNonNull(mediaTypes, "mediaTypes");
      return this;
    }

    /**
     * Sets a text body, sent as UTF-8 (for {@code text/plain}, {@code text/csv}, XML and other text
     * media types).
     *
     * @param text the text; {@code null} for none
     * @param contentType the media type
     * @return this builder
     */
    public Builder textBody(String text, String contentType) {
      this.rawBody =
          text == null
              ? null
              : RequestBody.of(text.getBytes(StandardCharsets.UTF_8), withCharset(contentType));
      return this;
    }

    /**
     * Sets a binary body: the upload's content, streamed when it is a file or a stream.
     *
     * @param upload the content; {@code null} for none
     * @param documentedType the media type the API documents (used unless the upload has one)
     * @return this builder
     */
    public Builder binaryBody(Upload upload, String documentedType) {
      this.rawBody = upload == null ? null : upload.body(documentedType);
      return this;
    }

    /**
     * Adds a field of an {@code application/x-www-form-urlencoded} body, written like a query
     * parameter in {@code style}; {@code null} is left out.
     *
     * @param name the field name
     * @param value the value
     * @param style how arrays and objects are written ({@link QueryStyle#FORM} by default)
     * @return this builder
     */
    public Builder formField(String name, Object value, QueryStyle style) {
      Objects.requireNonNull(name, "name");
      if (form == null) {
        form = new ArrayList<>();
      }
      Values.addQuery(form, name, value, style == null ? QueryStyle.FORM : style);
      return this;
    }

    /**
     * Adds every top-level member of {@code value} (an object or a map) as a form field.
     *
     * @param value the fields; {@code null} adds nothing
     * @return this builder
     */
    public Builder formFields(Object value) {
      if (form == null) {
        form = new ArrayList<>();
      }
      JsonNode node = value == null ? null : Json.mapper().valueToTree(value);
      if (node != null && node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          Values.addQuery(form, e.getKey(), e.getValue(), QueryStyle.FORM);
        }
      }
      return this;
    }

    /**
     * Adds a part of a {@code multipart/form-data} body; {@code null} is left out. An {@link
     * Upload} is a file part (a list of them, one part each); an object or a map is a JSON part; a
     * list of scalars is one part per element; other values are text parts.
     *
     * @param name the part's name
     * @param value the value
     * @param contentType the media type the spec's {@code encoding} gives the part, or {@code null}
     *     for the default of its kind ({@code application/octet-stream} for files, {@code
     *     application/json} for objects, {@code text/plain} for text)
     * @return this builder
     */
    public Builder part(String name, Object value, String contentType) {
      Objects.requireNonNull(name, "name");
      if (multipart == null) {
        multipart = MultipartBody.builder();
      }
      addPart(name, value, contentType);
      return this;
    }

    /**
     * Adds every top-level member of {@code value} (an object or a map) as a multipart part, in the
     * way of {@link #part}.
     *
     * @param value the members; {@code null} adds nothing (the body is then empty, not absent)
     * @return this builder
     */
    public Builder parts(Object value) {
      if (multipart == null) {
        multipart = MultipartBody.builder();
      }
      if (value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> addPart(String.valueOf(k), v, null));
      } else if (value != null) {
        JsonNode node = Json.mapper().valueToTree(value);
        if (node != null && node.isObject()) {
          for (Map.Entry<String, JsonNode> e : node.properties()) {
            addPart(e.getKey(), e.getValue(), null);
          }
        }
      }
      return this;
    }

    private void addPart(String name, Object value, String contentType) {
      if (value == null) {
        return;
      }
      if (value instanceof java.util.Optional<?> o) {
        o.ifPresent(v -> addPart(name, v, contentType));
        return;
      }
      if (value instanceof Upload upload) {
        multipart.addPart(
            new MultipartBody.Part(
                name,
                upload.filename() == null ? name : upload.filename(),
                upload.body(contentType == null ? "application/octet-stream" : contentType)));
        return;
      }
      if (value instanceof Collection<?> list && !isJson(contentType)) {
        for (Object item : list) {
          addPart(name, item, contentType);
        }
        return;
      }
      JsonNode node = Json.mapper().valueToTree(value);
      if (node == null || node.isNull() || node.isMissingNode()) {
        return;
      }
      byte[] bytes;
      String type;
      if (node.isContainerNode() || isJson(contentType)) {
        try {
          bytes = Json.mapper().writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(
              operationId + ": part '" + name + "' could not be written as JSON", e);
        }
        type = contentType == null ? "application/json" : contentType;
      } else {
        bytes = node.asText().getBytes(StandardCharsets.UTF_8);
        type = withCharset(contentType == null ? "text/plain" : contentType);
      }
      multipart.addPart(new MultipartBody.Part(name, null, RequestBody.of(bytes, type)));
    }

    private static boolean isJson(String contentType) {
      if (contentType == null) {
        return false;
      }
      String m = contentType.toLowerCase(Locale.ROOT);
      int semi = m.indexOf(';');
      m = (semi < 0 ? m : m.substring(0, semi)).trim();
      return m.equals("application/json") || m.endsWith("+json");
    }

    private static String withCharset(String contentType) {
      String type = contentType == null ? "text/plain" : contentType;
      return type.toLowerCase(Locale.ROOT).contains("charset=") ? type : type + "; charset=utf-8";
    }

    /**
     * Sets extra headers (for API features the spec does not describe), replacing same-named ones.
     *
     * @param extra the headers; {@code null} adds nothing
     * @return this builder
     */
    public Builder extraHeaders(Map<String, String> extra) {
      if (extra != null) {
        extra.forEach(this::header);
      }
      return this;
    }

    /**
     * Sets extra query parameters (for API features the spec does not describe); each name given
     * replaces the values added before under that name.
     *
     * @param extra the parameters; {@code null} adds nothing
     * @return this builder
     */
    public Builder extraQueryParams(Map<String, List<String>> extra) {
      if (extra != null) {
        replaceQuery(query, extra);
      }
      return this;
    }

    /**
     * Fills in the path, writes the body and builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException naming the operation and parameter when a path parameter is
     *     missing, unknown or would change the path, or when the body cannot be written as JSON
     */
    public ApiRequest build() {
      StringBuilder path = new StringBuilder();
      Set<String> used = new HashSet<>();
      int i = 0;
      while (i < pathTemplate.length()) {
        int open = pathTemplate.indexOf('{', i);
        if (open < 0) {
          path.append(pathTemplate, i, pathTemplate.length());
          break;
        }
        int close = pathTemplate.indexOf('}', open);
        if (close < 0) {
          throw new IllegalArgumentException(
              operationId + ": path template " + pathTemplate + " has an unclosed '{'");
        }
        path.append(pathTemplate, i, open);
        String name = pathTemplate.substring(open + 1, close);
        String value = pathParams.get(name);
        if (value == null) {
          throw new IllegalArgumentException(
              operationId
                  + ": path parameter '"
                  + name
                  + "' is required (path "
                  + pathTemplate
                  + ")");
        }
        if (value.isEmpty() || value.equals(".") || value.equals("..")) {
          throw new IllegalArgumentException(
              operationId
                  + ": path parameter '"
                  + name
                  + "' must not be empty, '.' or '..': such a value would change the path "
                  + pathTemplate);
        }
        path.append(Values.encode(value));
        used.add(name);
        i = close + 1;
      }
      for (String name : pathParams.keySet()) {
        if (!used.contains(name)) {
          throw new IllegalArgumentException(
              operationId
                  + ": path parameter '"
                  + name
                  + "' does not occur in the path "
                  + pathTemplate);
        }
      }
      int kinds =
          (hasBody ? 1 : 0)
              + (rawBody != null ? 1 : 0)
              + (form != null ? 1 : 0)
              + (multipart != null ? 1 : 0);
      if (kinds > 1) {
        throw new IllegalStateException(
            operationId + ": a request has one body: JSON, text, binary, form or multipart");
      }
      RequestBody requestBody = rawBody;
      if (hasBody) {
        try {
          requestBody = RequestBody.of(Json.mapper().writeValueAsBytes(body), "application/json");
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(
              operationId
                  + ": the request body could not be written"
                  + " as JSON: "
                  + e.getOriginalMessage(),
              e);
        }
      } else if (form != null) {
        requestBody =
            RequestBody.of(
                encodeQuery(form).getBytes(StandardCharsets.US_ASCII),
                "application/x-www-form-urlencoded");
      } else if (multipart != null) {
        requestBody = multipart.build();
      }
      return new ApiRequest(this, path.toString(), query, requestBody);
    }
  }

  static void replaceQuery(List<Map.Entry<String, String>> query, Map<String, List<String>> extra) {
    for (Map.Entry<String, List<String>> e : extra.entrySet()) {
      String name = e.getKey();
      query.removeIf(q -> q.getKey().equals(name));
      if (e.getValue() != null) {
        for (String v : e.getValue()) {
          if (v != null) {
            query.add(Map.entry(name, v));
          }
        }
      }
    }
  }
}
