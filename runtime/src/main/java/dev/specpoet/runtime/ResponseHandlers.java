package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.specpoet.runtime.json.Json;
import dev.specpoet.runtime.pagination.ListResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The response handlers generated services use. Every one of them fails with a {@link
 * dev.specpoet.runtime.errors.ResponseParseException} naming the operation when the body does not
 * parse; none of them returns a half-read value.
 */
public final class ResponseHandlers {
  private ResponseHandlers() {}

  /**
   * Reads the whole body as {@code type}. An empty body is an error.
   *
   * @param type the target type
   * @param <T> the target type
   * @return the handler
   */
  public static <T> ResponseHandler<T> json(TypeReference<T> type) {
    Objects.requireNonNull(type, "type");
    return ctx -> {
      requireBody(ctx);
      try {
        return Json.mapper().readValue(ctx.body(), type);
      } catch (JsonProcessingException e) {
        throw Errors.parse(ctx, Errors.problem(e), e);
      }
    };
  }

  /**
   * Reads a Cloudflare envelope ({@code {result, success, errors, messages}}): {@code "success":
   * false} raises {@link dev.specpoet.runtime.errors.UnsuccessfulResponseException} with the
   * envelope's errors; otherwise the {@code resultProperty} is read as {@code type}.
   *
   * @param resultProperty the property holding the result, usually {@code result} (some calls use
   *     {@code data})
   * @param type the result type
   * @param <T> the result type
   * @return the handler; it returns {@code null} when the result is {@code null} or absent
   */
  public static <T> ResponseHandler<T> envelope(String resultProperty, TypeReference<T> type) {
    Objects.requireNonNull(resultProperty, "resultProperty");
    Objects.requireNonNull(type, "type");
    ObjectReader reader = Json.mapper().readerFor(type);
    return ctx -> {
      requireBody(ctx);
      return streamedResult(ctx, resultProperty, reader, type);
    };
  }

  /**
   * The envelope's result read straight from the body into its type, without a tree of the whole
   * body (half the work and garbage of reading the tree and then binding its {@code result}). Any
   * body that is not plainly a successful envelope (not an object, {@code "success": false}, a
   * result that does not bind, malformed or trailing JSON) goes the tree's way instead, so it ends
   * exactly as it always did: with the same exception and message.
   */
  private static <T> T streamedResult(
      ResponseContext ctx, String property, ObjectReader reader, TypeReference<T> type)
      throws IOException {
    T result = null;
    try (JsonParser p = Json.mapper().createParser(ctx.body())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return fromTree(ctx, property, type);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals(property)) {
          result = value == JsonToken.VALUE_NULL ? null : reader.readValue(p);
        } else if (name.equals("success")
            && (value == JsonToken.VALUE_FALSE
                || value == JsonToken.VALUE_STRING && p.getText().equalsIgnoreCase("false"))) {
          return fromTree(ctx, property, type);
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        return fromTree(ctx, property, type);
      }
      return result;
    } catch (IOException | IllegalArgumentException e) {
      return fromTree(ctx, property, type);
    }
  }

  /** The envelope read as a tree: how every body that is not a plain success is judged. */
  private static <T> T fromTree(ResponseContext ctx, String property, TypeReference<T> type)
      throws IOException {
    JsonNode tree = envelopeTree(ctx);
    return readResult(ctx, tree, property, type);
  }

  /**
   * Like {@link #envelope} and also keeps the pagination information, for list calls.
   *
   * @param resultProperty the property holding the result, usually {@code result}
   * @param resultInfoProperty the property holding the pagination information, usually {@code
   *     result_info}
   * @param type the result type
   * @param <T> the result type
   * @return the handler
   */
  public static <T> ResponseHandler<Enveloped<T>> envelopeWithInfo(
      String resultProperty, String resultInfoProperty, TypeReference<T> type) {
    Objects.requireNonNull(resultProperty, "resultProperty");
    Objects.requireNonNull(resultInfoProperty, "resultInfoProperty");
    Objects.requireNonNull(type, "type");
    return ctx -> {
      JsonNode tree = envelopeTree(ctx);
      T result = readResult(ctx, tree, resultProperty, type);
      JsonNode info = tree.path(resultInfoProperty);
      return new Enveloped<>(result, info.isNull() ? MissingNode.getInstance() : info, tree);
    };
  }

  /**
   * Reads the response of a list call that is not an envelope: the items at {@code itemsPointer}
   * (the whole body when it is {@code ""}), the whole body and the headers, for the page's
   * strategy.
   *
   * @param itemsPointer the JSON pointer of the array of items: {@code ""} for a body that is the
   *     array, {@code /data} for a property; an absent or {@code null} array is no items
   * @param type the list type
   * @param <T> the item type
   * @return the handler
   */
  public static <T> ResponseHandler<ListResponse<T>> list(
      String itemsPointer, TypeReference<List<T>> type) {
    Objects.requireNonNull(itemsPointer, "itemsPointer");
    Objects.requireNonNull(type, "type");
    return ctx -> {
      requireBody(ctx);
      JsonNode tree = readTree(ctx);
      JsonNode items = tree.at(itemsPointer);
      List<T> list = null;
      if (!items.isMissingNode() && !items.isNull()) {
        if (!items.isArray()) {
          throw Errors.parse(
              ctx,
              (itemsPointer.isEmpty() ? "the body" : "\"" + itemsPointer + "\"")
                  + " should be an array of items, got "
                  + items.getNodeType().toString().toLowerCase(java.util.Locale.ROOT),
              null);
        }
        try {
          list = Json.mapper().readerFor(type).readValue(items);
        } catch (IOException | IllegalArgumentException e) {
          throw Errors.parse(
              ctx,
              (itemsPointer.isEmpty() ? "" : "\"" + itemsPointer + "\": ") + Errors.problem(e),
              e);
        }
      }
      return new ListResponse<>(list, tree, ctx.headers());
    };
  }

  /**
   * Reads the body as a JSON tree; an empty body gives a {@link MissingNode}.
   *
   * @return the handler
   */
  public static ResponseHandler<JsonNode> jsonTree() {
    return ctx -> {
      if (isBlank(ctx.body())) {
        return MissingNode.getInstance();
      }
      return readTree(ctx);
    };
  }

  /**
   * Reads the whole body as text, in the charset its {@code Content-Type} names (UTF-8 when none):
   * {@code text/plain}, {@code text/csv}, XML and other text media types.
   *
   * @return the handler; an empty body gives {@code ""}
   */
  public static ResponseHandler<String> text() {
    return ctx -> new String(ctx.body(), charset(ctx.header("Content-Type")));
  }

  /**
   * Hands over the body as it arrives, for downloads: the call returns when the headers arrive, and
   * the {@link BinaryResponse} holds the connection until it is read or closed.
   *
   * @return the handler
   */
  public static ResponseHandler<BinaryResponse> binary() {
    return streaming(
        ctx ->
            new BinaryResponse(
                ctx.operationId(), ctx.statusCode(), ctx.headers(), ctx.bodyStream()));
  }

  /**
   * Reads the body as server-sent events ({@code text/event-stream}), each event's data as {@code
   * type} (JSON), or as the raw text when {@code type} is {@code String}.
   *
   * @param type the type of each event's data
   * @param <T> the data type
   * @return the handler; the {@link EventStream} holds the connection until the stream ends or is
   *     closed
   */
  public static <T> ResponseHandler<EventStream<T>> events(TypeReference<T> type) {
    Objects.requireNonNull(type, "type");
    java.util.function.Function<String, T> parse;
    if (type.getType() == String.class) {
      @SuppressWarnings("unchecked")
      java.util.function.Function<String, T> raw = data -> (T) data;
      parse = raw;
    } else {
      com.fasterxml.jackson.databind.ObjectReader reader = Json.mapper().readerFor(type);
      parse =
          data -> {
            try {
              return reader.readValue(data);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          };
    }
    return streaming(
        ctx -> new EventStream<>(ctx.operationId(), ctx.statusCode(), ctx.bodyStream(), parse));
  }

  private static <T> ResponseHandler<T> streaming(ResponseHandler<T> handler) {
    return new ResponseHandler<T>() {
      @Override
      public T handle(ResponseContext response) throws IOException {
        return handler.handle(response);
      }

      @Override
      public boolean streams() {
        return true;
      }
    };
  }

  private static java.nio.charset.Charset charset(String contentType) {
    if (contentType != null) {
      for (String param : contentType.split(";")) {
        String p = param.trim();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          try {
            return java.nio.charset.Charset.forName(p.substring(8).replace("\"", "").trim());
          } catch (IllegalArgumentException e) {
            break;
          }
        }
      }
    }
    return java.nio.charset.StandardCharsets.UTF_8;
  }

  /**
   * Ignores the body.
   *
   * @return the handler; it returns {@code null}
   */
  public static ResponseHandler<Void> discard() {
    return ctx -> null;
  }

  private static JsonNode envelopeTree(ResponseContext ctx) throws IOException {
    requireBody(ctx);
    JsonNode tree = readTree(ctx);
    if (!tree.isObject()) {
      throw Errors.parse(
          ctx,
          "expected a JSON object (an envelope with \"result\"), got "
              + tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT),
          null);
    }
    JsonNode success = tree.get("success");
    if (success != null
        && (success.isBoolean() && !success.booleanValue()
            || success.isTextual() && success.asText().equalsIgnoreCase("false"))) {
      throw Errors.unsuccessful(ctx, tree);
    }
    return tree;
  }

  private static <T> T readResult(
      ResponseContext ctx, JsonNode tree, String property, TypeReference<T> type) {
    JsonNode result = tree.get(property);
    if (result == null || result.isNull()) {
      return null;
    }
    try {
      return Json.mapper().readerFor(type).readValue(result);
    } catch (IOException | IllegalArgumentException e) {
      throw Errors.parse(ctx, "the \"" + property + "\" property: " + Errors.problem(e), e);
    }
  }

  private static JsonNode readTree(ResponseContext ctx) {
    try {
      JsonNode tree = Json.mapper().readTree(ctx.body());
      if (tree == null || tree.isMissingNode()) {
        throw Errors.parse(ctx, "the body is empty; expected JSON", null);
      }
      return tree;
    } catch (IOException e) {
      throw Errors.parse(ctx, Errors.problem(e), e);
    }
  }

  private static void requireBody(ResponseContext ctx) {
    if (isBlank(ctx.body())) {
      throw Errors.parse(ctx, "the body is empty; expected JSON", null);
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
