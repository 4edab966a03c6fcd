package dev.specpoet.generator.model;

import java.util.List;

/**
 * A node of the SDK's resource tree ({@code client.aiGateway().logs()}). The root has an empty path
 * and holds operations that belong to no group.
 *
 * @param path the group segments from the root, as the spec spells them (e.g. {@code ["ai-gateway",
 *     "logs"]})
 */
public record Resource(List<String> path, List<Operation> operations, List<Resource> children) {
  public Resource {
    path = List.copyOf(path);
    operations = List.copyOf(operations);
    children = List.copyOf(children);
  }

  /** The last path segment, or "" for the root. */
  public String name() {
    return path.isEmpty() ? "" : path.get(path.size() - 1);
  }
}
