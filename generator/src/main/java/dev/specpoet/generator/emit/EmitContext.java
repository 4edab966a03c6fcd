package dev.specpoet.generator.emit;

import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.names.JavaNames;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What every emitter reads: the model, its types by id, the names, and which classes the run
 * generates.
 */
public final class EmitContext {
  private final ApiModel model;
  private final JavaNames names;
  private final boolean services;
  private final Map<String, TypeDef> types = new LinkedHashMap<>();
  private final Set<String> objectBodies = new HashSet<>();
  private final Set<String> inlineBodies = new HashSet<>();

  /** A context of a run that generates services. */
  public EmitContext(ApiModel model, JavaNames names) {
    this(model, names, true);
  }

  /**
   * @param services whether params, services and clients are generated (else only the schema types)
   */
  public EmitContext(ApiModel model, JavaNames names, boolean services) {
    this.model = model;
    this.names = names;
    this.services = services;
    for (TypeDef t : model.types()) {
      types.putIfAbsent(t.id(), t);
    }
    for (Operation op : model.operations()) {
      if (op.body() != null
          && op.body().type() instanceof TypeRef.Named n
          && types.get(n.typeId()) instanceof ObjectType o) {
        if (services) {
          objectBodies.add(o.id()); // built by a params class
        }
        if (o.id().equals(Operation.bodyTypeId(op.operationId()))) {
          inlineBodies.add(o.id());
        }
      }
    }
  }

  /** Whether the run generates params, services and clients. */
  public boolean services() {
    return services;
  }

  /** Whether an object is a request body some generated params class builds. */
  public boolean isObjectBody(String typeId) {
    return objectBodies.contains(typeId);
  }

  /**
   * Whether a type gets a class: every one, except an operation's inline body when no params class
   * is generated to hold it.
   */
  public boolean emits(TypeDef type) {
    return services || !inlineBodies.contains(type.id());
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
