package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.SourceLocation;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.Map;

/**
 * Identical inline shapes share one type. Where a schema is written inline twice (the same
 * properties, types, required list, descriptions and constraints: {@link Schema#equals}, which
 * compares every keyword), the second place uses the type defined at the first, in spec order,
 * instead of a class with another name and the same body: two operations answering the same object
 * get one response class, named after the first operation.
 *
 * <p>Shared are top-level inline types (an answer, the items of an answered list) and, with the
 * {@code shareNestedShapes} option, nested types that are a property's value, a list's items or a
 * map's values: those stay nested in the parent they were first defined in, and other places refer
 * to them there ({@code Discussion.AnswerChosenBy} for a user object written out in a hundred
 * GitHub webhook payloads), which is why it is an option. Never shared: a union's variant (it
 * implements its union), a request body or a parameter's type (they belong to their operation's
 * params class), a component schema (the spec author named those apart).
 *
 * <p>The first place keeps the type, so adding a place with the same shape later in the document
 * renames nothing; removing or changing the first one moves the type to the next (the change report
 * shows it).
 */
final class SharedShapes {
  private final boolean nested;
  private final Map<Schema<?>, String> firstIdByShape = new HashMap<>();

  SharedShapes(boolean nested) {
    this.nested = nested;
  }

  /**
   * Whether the inline type at {@code at}, nested in {@code parentId} (null for top-level), may be
   * shared: top-level, or with the option the value of a property ({@code .../properties/NAME}), of
   * a list ({@code .../items}) or of a map ({@code .../additionalProperties}).
   */
  boolean shareable(String parentId, SourceLocation at) {
    if (parentId == null) {
      return true;
    }
    if (!nested) {
      return false;
    }
    String pointer = at.pointer();
    int last = pointer.lastIndexOf('/');
    if (last < 0) {
      return false;
    }
    String segment = pointer.substring(last + 1);
    if (segment.equals("items") || segment.equals("additionalProperties")) {
      return true;
    }
    int previous = pointer.lastIndexOf('/', last - 1);
    return previous >= 0 && pointer.substring(previous + 1, last).equals("properties");
  }

  /** The id of the type an identical schema already defined, or null. */
  String definedFor(Schema<?> s) {
    return firstIdByShape.get(s);
  }

  /** Records that {@code id} is the type of this shape (the first one wins). */
  void defined(Schema<?> s, String id) {
    firstIdByShape.putIfAbsent(s, id);
  }
}
