package dev.specpoet.generator.emit;

import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeDef;
import java.util.ArrayList;
import java.util.List;

/**
 * An emitter of one kind of the model's types (objects, enums, unions): its units are the types of
 * that kind, in the model's order, each emitted as the class its id names, nested in its parent.
 */
public abstract class TypeEmitter<T extends TypeDef> implements Emitter<T> {
  private final Class<T> kind;

  protected TypeEmitter(Class<T> kind) {
    this.kind = kind;
  }

  /** Whether a type of the kind gets a class of its own (all do, unless overridden). */
  protected boolean emits(T type) {
    return true;
  }

  /** The class of one type. */
  protected abstract TypeSpec spec(T type, EmitContext ctx);

  @Override
  public final List<T> units(EmitContext ctx) {
    List<T> out = new ArrayList<>();
    for (TypeDef t : ctx.model().types()) {
      if (kind.isInstance(t) && ctx.emits(t) && emits(kind.cast(t))) {
        out.add(kind.cast(t));
      }
    }
    return out;
  }

  @Override
  public final SourceLocation source(T type, EmitContext ctx) {
    return type.source();
  }

  @Override
  public final EmittedType emit(T type, EmitContext ctx) {
    return new EmittedType(
        type.id(),
        type.parentId(),
        ctx.names().typeName(type.id()).packageName(),
        spec(type, ctx),
        type.source());
  }
}
