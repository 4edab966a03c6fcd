package dev.specpoet.generator.changes;

import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.ErrorResponse;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which way each type travels: in requests (parameters, bodies), in responses (results, errors), or
 * both. A type no operation reaches (a spec of schemas only) counts as both.
 */
final class Usage {
  enum Direction {
    REQUEST,
    RESPONSE
  }

  private final Map<String, EnumSet<Direction>> directions = new HashMap<>();

  Usage(ApiModel model, List<Operation> operations) {
    Map<String, TypeDef> byId = new HashMap<>();
    model.types().forEach(t -> byId.put(t.id(), t));
    for (Operation op : operations) {
      for (Parameter p : op.parameters()) {
        walk(p.type(), Direction.REQUEST, byId);
      }
      if (op.body() != null) {
        walk(op.body().type(), Direction.REQUEST, byId);
      }
      Response r = op.response();
      if (r != null) {
        walk(r.bodyType(), Direction.RESPONSE, byId);
        if (r.envelope() != null) {
          walk(r.envelope().resultType(), Direction.RESPONSE, byId);
          walk(r.envelope().resultInfoType(), Direction.RESPONSE, byId);
        }
      }
      for (ErrorResponse e : op.errors()) {
        walk(e.type(), Direction.RESPONSE, byId);
      }
      if (op.pagination() != null) {
        walk(op.pagination().itemType(), Direction.RESPONSE, byId);
      }
    }
  }

  /** The directions {@code typeId} travels in; both when no operation reaches it. */
  Set<Direction> of(String typeId) {
    EnumSet<Direction> d = directions.get(typeId);
    return d == null ? EnumSet.allOf(Direction.class) : d;
  }

  private void walk(TypeRef start, Direction direction, Map<String, TypeDef> byId) {
    Deque<TypeRef> todo = new ArrayDeque<>();
    if (start != null) {
      todo.push(start);
    }
    while (!todo.isEmpty()) {
      TypeRef ref = todo.pop();
      if (ref instanceof TypeRef.ArrayOf a) {
        todo.push(a.items());
      } else if (ref instanceof TypeRef.MapOf m) {
        todo.push(m.values());
      } else if (ref instanceof TypeRef.Named n
          && directions
              .computeIfAbsent(n.typeId(), k -> EnumSet.noneOf(Direction.class))
              .add(direction)) {
        TypeDef def = byId.get(n.typeId());
        if (def instanceof ObjectType o) {
          o.properties().forEach(p -> todo.push(p.type()));
          if (o.additionalProperties() != null) {
            todo.push(o.additionalProperties());
          }
        } else if (def instanceof UnionType u) {
          u.variants().forEach(v -> todo.push(v.type()));
        }
      }
    }
  }
}
