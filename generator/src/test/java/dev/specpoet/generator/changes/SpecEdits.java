package dev.specpoet.generator.changes;

import dev.specpoet.generator.GenerationFailedException;
import dev.specpoet.generator.GeneratorOptions;
import dev.specpoet.generator.testing.TestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Small, named edits of {@code changes/bookings.yaml}, one per kind of API change, shared by the
 * change-report tests and the japicmp cross-check.
 */
final class SpecEdits {
  static final String PACKAGE = "com.example.bookings";

  private SpecEdits() {}

  static String base() {
    try {
      return Files.readString(Path.of("src/test/resources/changes/bookings.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} with {@code from} replaced by {@code to}; fails when {@code from} is absent. */
  static UnaryOperator<String> replace(String from, String to) {
    return text -> {
      if (!text.contains(from)) {
        throw new IllegalArgumentException("the spec has no '" + from + "'");
      }
      return text.replace(from, to);
    };
  }

  static final UnaryOperator<String> OPTIONAL_RESPONSE_PROPERTY_ADDED =
      replace(
          "        nights: {type: integer, format: int64}\n        status:",
          "        nights: {type: integer, format: int64}\n        capacity: {type: integer}\n"
              + "        status:");

  static final UnaryOperator<String> REQUIRED_REQUEST_PROPERTY_ADDED =
      replace(
          "      required: [room]\n      properties:\n        room: {type: string}\n",
          "      required: [room, guests]\n      properties:\n        room: {type: string}\n"
              + "        guests: {type: integer}\n");

  static final UnaryOperator<String> OPERATION_RENAMED =
      replace(
          "      operationId: getBooking\n      x-fern-sdk-group-name: bookings\n"
              + "      x-fern-sdk-method-name: get\n",
          "      operationId: fetchBooking\n      x-fern-sdk-group-name: bookings\n"
              + "      x-fern-sdk-method-name: fetch\n");

  static final UnaryOperator<String> OPERATION_ID_ONLY_CHANGED =
      replace("operationId: getBooking", "operationId: readBooking");

  static final UnaryOperator<String> OPERATION_REMOVED =
      replace(
          "    delete:\n      operationId: deleteBooking\n      x-fern-sdk-group-name: bookings\n"
              + "      x-fern-sdk-method-name: delete\n      responses:\n"
              + "        '204': {description: Deleted.}\n",
          "");

  static final UnaryOperator<String> OPERATION_ADDED =
      replace(
          "components:\n",
          "  /rooms:\n    get:\n      operationId: listRooms\n      x-fern-sdk-group-name: rooms\n"
              + "      x-fern-sdk-method-name: list\n      responses:\n        '200':\n"
              + "          description: Rooms.\n          content:\n            application/json:\n"
              + "              schema: {type: array, items: {type: string}}\n"
              + "components:\n");

  static final UnaryOperator<String> PROPERTY_TYPE_CHANGED =
      replace(
          "        nights: {type: integer, format: int64}\n        status:",
          "        nights: {type: number}\n        status:");

  static final UnaryOperator<String> ENUM_VALUE_ADDED =
      replace(
          "enum: [confirmed, cancelled, waitlisted]",
          "enum: [confirmed, cancelled, waitlisted, pending]");

  static final UnaryOperator<String> ENUM_VALUE_REMOVED =
      replace("enum: [confirmed, cancelled, waitlisted]", "enum: [confirmed, cancelled]");

  static final UnaryOperator<String> UNION_VARIANT_ADDED =
      compose(
          replace(
              "        - $ref: '#/components/schemas/Evening'\n",
              "        - $ref: '#/components/schemas/Evening'\n"
                  + "        - $ref: '#/components/schemas/Night'\n"),
          replace(
              "          evening: '#/components/schemas/Evening'\n",
              "          evening: '#/components/schemas/Evening'\n"
                  + "          night: '#/components/schemas/Night'\n"),
          replace(
              "    Evening:\n",
              "    Night:\n      type: object\n      required: [kind]\n      properties:\n"
                  + "        kind: {type: string, enum: [night]}\n    Evening:\n"));

  static final UnaryOperator<String> UNION_VARIANT_REMOVED =
      compose(
          replace("        - $ref: '#/components/schemas/Evening'\n", ""),
          replace("          evening: '#/components/schemas/Evening'\n", ""));

  static final UnaryOperator<String> SCHEMA_RENAMED =
      compose(
          replace(
              "$ref: '#/components/schemas/BookingInput'",
              "$ref: '#/components/schemas/NewBooking'"),
          replace("    BookingInput:\n", "    NewBooking:\n"));

  static final UnaryOperator<String> REQUIRED_QUERY_PARAMETER_ADDED =
      replace(
          "        - {name: status, in: query, schema: {$ref: '#/components/schemas/Status'}}\n",
          "        - {name: status, in: query, schema: {$ref: '#/components/schemas/Status'}}\n"
              + "        - {name: hotel, in: query, required: true, schema: {type: string}}\n");

  static final UnaryOperator<String> OPTIONAL_QUERY_PARAMETER_ADDED =
      replace(
          "        - {name: status, in: query, schema: {$ref: '#/components/schemas/Status'}}\n",
          "        - {name: status, in: query, schema: {$ref: '#/components/schemas/Status'}}\n"
              + "        - {name: hotel, in: query, schema: {type: string}}\n");

  static final UnaryOperator<String> RESPONSE_PROPERTY_MADE_OPTIONAL =
      replace("      required: [id, room]\n", "      required: [id]\n");

  static final UnaryOperator<String> ROUTE_MOVED =
      replace("  /bookings/{booking_id}:\n", "  /reservations/{booking_id}:\n");

  static final UnaryOperator<String> PATH_PARAMETER_RENAMED =
      compose(
          replace("  /bookings/{booking_id}:\n", "  /bookings/{id}:\n"),
          replace("{name: booking_id, in: path", "{name: id, in: path"));

  /** BookingInput.room, required, may only be "suite" now: builders preset it. */
  static final UnaryOperator<String> REQUIRED_PROPERTY_MADE_CONSTANT =
      replace(
          "      required: [room]\n      properties:\n        room: {type: string}\n",
          "      required: [room]\n      properties:\n        room: {type: string, enum: [suite]}\n");

  /**
   * A callback on createBooking: the API posts the booking to the caller's URL when it is ready.
   */
  static UnaryOperator<String> callback(String payloadRef) {
    return replace(
        "      operationId: createBooking\n",
        "      operationId: createBooking\n"
            + "      callbacks:\n"
            + "        ready:\n"
            + "          '{$request.body#/callback_url}':\n"
            + "            post:\n"
            + "              requestBody:\n"
            + "                content:\n"
            + "                  application/json:\n"
            + "                    schema: {$ref: '#/components/schemas/"
            + payloadRef
            + "'}\n"
            + "              responses:\n"
            + "                '204': {description: Received.}\n");
  }

  @SafeVarargs
  static UnaryOperator<String> compose(UnaryOperator<String>... edits) {
    return text -> {
      String out = text;
      for (UnaryOperator<String> e : edits) {
        out = e.apply(out);
      }
      return out;
    };
  }

  /**
   * The base spec and {@code edit} of it, written to {@code dir} as {@code old.yaml} and {@code
   * new.yaml}.
   */
  static Path[] write(Path dir, UnaryOperator<String> edit) throws IOException {
    Path old = dir.resolve("old.yaml");
    Path now = dir.resolve("new.yaml");
    Files.writeString(old, base());
    Files.writeString(now, edit.apply(base()));
    return new Path[] {old, now};
  }

  static GeneratorOptions options(Path spec, Path out) {
    return TestSupport.options(spec, out, PACKAGE, true);
  }

  /** The report of {@code edit}, from snapshots of both versions. */
  static ChangeReport report(Path dir, UnaryOperator<String> edit)
      throws IOException, GenerationFailedException {
    return report(dir, UnaryOperator.identity(), edit);
  }

  /** The report from {@code before} of the base spec to {@code after} of it. */
  static ChangeReport report(Path dir, UnaryOperator<String> before, UnaryOperator<String> after)
      throws IOException, GenerationFailedException {
    Path[] specs = {dir.resolve("old.yaml"), dir.resolve("new.yaml")};
    Files.writeString(specs[0], before.apply(base()));
    Files.writeString(specs[1], after.apply(base()));
    GeneratorOptions options = options(specs[0], dir.resolve("out"));
    return ApiComparator.compare(
        ApiSnapshot.read(specs[0], options, "old"), ApiSnapshot.read(specs[1], options, "new"));
  }
}
