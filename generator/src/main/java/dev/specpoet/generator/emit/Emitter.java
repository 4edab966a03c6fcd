package dev.specpoet.generator.emit;

import dev.specpoet.generator.model.SourceLocation;
import java.util.List;

/**
 * A pure function from one element of the model to one JavaPoet type, one emitter per kind (models,
 * enums, unions, params, services, clients); the pipeline asks it for its units and emits them one
 * at a time, so a failure names the element it happened on. Emitters do not read the spec and do
 * not write files.
 *
 * @param <U> what one type is emitted from: a type of the model, an operation, a resource ...
 */
public interface Emitter<U> {

  /** What this emitter emits a type for, in a fixed order. */
  List<U> units(EmitContext ctx);

  /** Where in the spec a unit comes from (what an error in {@link #emit} names). */
  SourceLocation source(U unit, EmitContext ctx);

  /** The type of one unit. */
  EmittedType emit(U unit, EmitContext ctx);
}
