package dev.specpoet.generator.load;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.ResolverCache;
import io.swagger.v3.parser.models.RefFormat;
import io.swagger.v3.parser.processors.ExternalRefProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Finishes what swagger-parser's resolver leaves undone for OpenAPI 3.1: its schema processor
 * follows external {@code $ref}s only where a 3.0 schema class says so (an {@code ArraySchema}'s
 * items, a {@code ComposedSchema}'s parts), so in a 3.1 document {@code items: {$ref:
 * 'owner.yaml#/Owner'}} and {@code oneOf} parts keep the file's own relative text, which would then
 * be read against the root.
 *
 * <p>This walks every schema of the resolved document and hands each external {@code $ref} it finds
 * (and each {@code #/...} one written in another file) to swagger-parser's own {@link
 * ExternalRefProcessor}, relative to the file the schema is written in: the target becomes a
 * component like any other and the {@code $ref} points at it. For a 3.0 document it finds nothing.
 */
final class LeftoverRefs {
  private final OpenAPI api;
  private final ExternalRefProcessor processor;
  private final Path root;

  /**
   * A pointer of the resolved document -> the file it is written in (absolute), null for a remote
   * one.
   */
  private final Function<String, Path> fileOf;

  /** Told (component name, ref relative to the root) of each component this adds. */
  private final BiConsumer<String, String> added;

  LeftoverRefs(
      OpenAPI api,
      ResolverCache cache,
      Path root,
      Function<String, Path> fileOf,
      BiConsumer<String, String> added) {
    this.api = api;
    this.processor = new ExternalRefProcessor(cache, api);
    this.root = root;
    this.fileOf = fileOf;
    this.added = added;
  }

  void run() {
    SchemaWalk walk =
        new SchemaWalk(
            new SchemaWalk.Visitor() {
              @Override
              public void enter(Schema<?> s, String pointer) {
                if (s.get$ref() != null) {
                  fix(s, pointer);
                }
              }
            });
    walk.outsideComponentSchemas(api);
    // the schemas, until no new one appears (a fixed $ref adds its target, which may hold leftovers
    // too); those walked already are not walked again
    int walked = -1;
    while (api.getComponents() != null
        && api.getComponents().getSchemas() != null
        && api.getComponents().getSchemas().size() != walked) {
      walked = api.getComponents().getSchemas().size();
      walk.componentSchemas(api);
    }
  }

  /**
   * One {@code $ref} the resolver left: made relative to the root, processed, pointed at its
   * component.
   */
  private void fix(Schema<?> s, String at) {
    String ref = s.get$ref();
    if (ref.startsWith("#/components/")) {
      return; // to the root's components, or already rewritten to one
    }
    Path file = fileOf.apply(at);
    if (file == null) {
      return;
    }
    boolean inRoot = file.equals(root);
    String normalized;
    RefFormat format;
    if (ref.contains("://")) {
      normalized = ref;
      format = RefFormat.URL;
    } else if (ref.startsWith("#")) {
      // local: written in the root, it is the root's; written in another file, it is that file's
      if (inRoot) {
        return;
      }
      normalized = relative(file) + ref;
      format = RefFormat.RELATIVE;
    } else {
      int hash = ref.indexOf('#');
      String target = hash < 0 ? ref : ref.substring(0, hash);
      String fragment = hash < 0 ? "" : ref.substring(hash);
      Path targetFile = file.getParent().resolve(target).normalize();
      if (!Files.isRegularFile(targetFile)
          && Files.isRegularFile(root.getParent().resolve(target).normalize())) {
        targetFile =
            root.getParent().resolve(target).normalize(); // already made relative to the root
      }
      normalized = relative(targetFile) + fragment;
      format = RefFormat.RELATIVE;
    }
    String name = processor.processRefToExternalSchema(normalized, format);
    if (name != null) {
      s.set$ref("#/components/schemas/" + name);
      added.accept(name, normalized);
    }
  }

  private String relative(Path file) {
    String rel = root.getParent().relativize(file).toString().replace('\\', '/');
    return rel.startsWith("../") ? rel : "./" + rel;
  }
}
