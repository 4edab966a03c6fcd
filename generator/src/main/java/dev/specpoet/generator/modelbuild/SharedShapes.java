package dev.specpoet.generator.modelbuild;

import io.swagger.v3.oas.models.media.Schema;
import java.util.HashMap;
import java.util.Map;

/**
 * Identical inline shapes share one type. Two operations that write the same schema inline (the
 * same properties, types, required list, descriptions and constraints: {@link Schema#equals}, which
 * compares every keyword) get the type defined at the first of them, in spec order, instead of two
 * classes with different names and the same body. Only top-level inline types are shared (a
 * response, a request body, a parameter's enum): a nested type belongs to its parent (a union's
 * variant implements it), and its parent is shared or not as a whole. Component schemas are never
 * merged: the spec author named them apart.
 *
 * <p>The first place keeps the type, so adding an operation with the same shape later in the
 * document renames nothing; removing the first one moves the name to the next (the change report
 * shows it).
 */
final class SharedShapes {
  private final Map<Schema<?>, String> firstIdByShape = new HashMap<>();

  /** The id of the type an identical top-level inline schema already defined, or null. */
  String definedFor(Schema<?> s) {
    return firstIdByShape.get(s);
  }

  /** Records that {@code id} is the type of this shape (the first one wins). */
  void defined(Schema<?> s, String id) {
    firstIdByShape.putIfAbsent(s, id);
  }
}
