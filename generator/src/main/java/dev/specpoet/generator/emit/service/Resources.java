package dev.specpoet.generator.emit.service;

import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.names.JavaNames;
import java.util.ArrayList;
import java.util.List;

/** Walking the resource tree in a fixed order (depth first, spec order). */
final class Resources {
  private Resources() {}

  record Node(Resource resource, Resource parent) {}

  static List<Node> walk(Resource root) {
    List<Node> out = new ArrayList<>();
    walk(root, null, out);
    return out;
  }

  private static void walk(Resource r, Resource parent, List<Node> out) {
    out.add(new Node(r, parent));
    for (Resource child : r.children()) {
      walk(child, r, out);
    }
  }

  /**
   * Whether a resource gets a service class: it has operations or children (the root only with
   * operations).
   */
  static boolean hasService(Resource r) {
    return r.path().isEmpty() ? !r.operations().isEmpty() : true;
  }

  /** How a user reaches the resource of {@code path}: {@code client.aiGateway().logs()}. */
  static String accessChain(List<String> path, JavaNames names) {
    StringBuilder chain = new StringBuilder("client");
    for (int i = 1; i <= path.size(); i++) {
      chain.append('.').append(names.resourceAccessor(path.subList(0, i))).append("()");
    }
    return chain.toString();
  }

  /** How a user calls an operation: {@code client.aiGateway().logs().list}. */
  static String callChain(Operation op, JavaNames names) {
    return accessChain(op.groupPath(), names) + "." + names.methodName(op);
  }
}
