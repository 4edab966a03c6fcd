package dev.specpoet.generator.emit;

import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.names.JavaNames;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every emitter reads: the model, its types by id, and the names. */
public final class EmitContext {
  private final ApiModel model;
  private final JavaNames names;
  private final Map<String, TypeDef> types = new LinkedHashMap<>();

  public EmitContext(ApiModel model, JavaNames names) {
    this.model = model;
    this.names = names;
    for (TypeDef t : model.types()) {
      types.putIfAbsent(t.id(), t);
    }
  }

  public ApiModel model() {
    return model;
  }

  public JavaNames names() {
    return names;
  }

  /** The model's types by id. */
  public Map<String, TypeDef> types() {
    return types;
  }

  /** The type with this id, or null. */
  public TypeDef type(String id) {
    return types.get(id);
  }
}
