package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's resource tree from the operations' group paths: a node per path prefix, children and
 * operations in spec order; the root holds the operations of no group.
 */
final class ResourceTree {
  private ResourceTree() {}

  static Resource of(List<Operation> operations) {
    Node root = new Node(List.of());
    for (Operation op : operations) {
      Node n = root;
      List<String> path = new ArrayList<>();
      for (String seg : op.groupPath()) {
        path.add(seg);
        n = n.children.computeIfAbsent(seg, k -> new Node(List.copyOf(path)));
      }
      n.operations.add(op);
    }
    return root.toResource();
  }

  private static final class Node {
    final List<String> path;
    final List<Operation> operations = new ArrayList<>();
    final Map<String, Node> children = new LinkedHashMap<>();

    Node(List<String> path) {
      this.path = path;
    }

    Resource toResource() {
      List<Resource> kids = new ArrayList<>();
      for (Node c : children.values()) {
        kids.add(c.toResource());
      }
      return new Resource(path, operations, kids);
    }
  }
}
