package dev.specpoet.generator.changes;

import dev.specpoet.generator.changes.JavaSurface.Member;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the two versions {@link ApiComparator} compares: its types by id, its operations in order,
 * which way each type travels ({@link Usage}) and the Java members the generator emits for it
 * ({@link JavaSurface}), including what an operation's blocking call returns.
 */
final class ComparedVersion {
  final ApiSnapshot snapshot;
  final Map<String, TypeDef> types = new LinkedHashMap<>();
  final List<Operation> operations = new ArrayList<>();
  final Usage usage;
  final JavaSurface java;

  ComparedVersion(ApiSnapshot snapshot) {
    this.snapshot = snapshot;
    snapshot.model().types().forEach(t -> types.putIfAbsent(t.id(), t));
    collect(snapshot.model().root(), operations);
    this.usage = new Usage(snapshot.model(), operations);
    this.java = new JavaSurface(snapshot.names());
  }

  private static void collect(Resource r, List<Operation> out) {
    out.addAll(r.operations());
    r.children().forEach(c -> collect(c, out));
  }

  String name(TypeDef t) {
    return java.className(t.id());
  }

  boolean anyRequired(Operation op) {
    return JavaSurface.fields(op, types).stream().anyMatch(f -> f.required() && !f.preset());
  }

  /** What the blocking call returns, as the service emitter decides it; null for void. */
  String returnType(Operation op) {
    TypeRef item = pagedItem(op);
    if (item != null) {
      return "Page<" + java.type(item) + ">";
    }
    TypeRef result = result(op);
    if (result != null) {
      return java.type(result);
    }
    Response.Envelope env = op.response() == null ? null : op.response().envelope();
    return env != null && env.resultProperty() != null ? "JsonNode" : null;
  }

  /** The {@code method()} and {@code method(RequestOptions)} overloads of an operation. */
  List<Member> noArg(Operation op) {
    List<Member> all = java.operation(op, false, returnType(op));
    return all.subList(all.size() - 2, all.size());
  }

  static TypeRef result(Operation op) {
    Response r = op.response();
    if (r == null) {
      return null;
    }
    if (r.envelope() != null && r.envelope().resultProperty() != null) {
      return r.envelope().resultType();
    }
    return r.bodyType();
  }

  /** The item type when the call returns a page (the model sets pagination only then). */
  static TypeRef pagedItem(Operation op) {
    Pagination p = op.pagination();
    return p == null ? null : p.itemType();
  }
}
