package dev.specpoet.generator.emit;

import dev.specpoet.generator.emit.enums.EnumEmitter;
import dev.specpoet.generator.emit.model.ObjectEmitter;
import dev.specpoet.generator.emit.union.UnionEmitter;
import java.util.List;

/** The emitters of schema types: objects, enums, unions. */
public final class TypeEmitters {
  private TypeEmitters() {}

  public static List<Emitter<?>> all() {
    return List.of(new ObjectEmitter(), new EnumEmitter(), new UnionEmitter());
  }
}
