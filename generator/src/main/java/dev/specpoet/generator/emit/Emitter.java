package dev.specpoet.generator.emit;

import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.names.JavaNames;
import java.util.List;

/**
 * A pure function from the model to JavaPoet types, one per kind (models, enums, unions, params,
 * services, pages, client). Emitters do not read the spec and do not write files.
 */
public interface Emitter {
  List<EmittedType> emit(ApiModel model, JavaNames names);
}
