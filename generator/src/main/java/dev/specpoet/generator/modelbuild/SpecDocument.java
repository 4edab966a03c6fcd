package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.load.LoadedSpec;
import dev.specpoet.generator.load.SourceMap;
import dev.specpoet.generator.model.Repair;
import dev.specpoet.generator.model.SourceLocation;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The resolved document as the model stage reads it: the parsed OpenAPI, its component schemas,
 * where each element is written (file, pointer, line) and the diagnostics collector. Every builder
 * of the stage shares one.
 */
final class SpecDocument {
  static final String SCHEMAS = "#/components/schemas/";

  final OpenAPI api;

  /** The root file's display name ({@code ai-gateway.yaml}). */
  final String file;

  final Diagnostics diagnostics;
  private final SourceMap sources;
  private final Map<String, Schema<?>> components = new LinkedHashMap<>();

  SpecDocument(LoadedSpec spec) {
    this.api = Objects.requireNonNull(spec.openApi(), "openApi");
    this.file = spec.displayName();
    this.sources = spec.sources();
    this.diagnostics = new Diagnostics(sources);
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      for (Map.Entry<String, Schema> e : api.getComponents().getSchemas().entrySet()) {
        components.put(e.getKey(), e.getValue());
      }
    }
  }

  /** The component schemas by name, in spec order. */
  Map<String, Schema<?>> components() {
    return components;
  }

  Schema<?> component(String name) {
    return components.get(name);
  }

  boolean hasComponent(String name) {
    return components.containsKey(name);
  }

  /** The name of the component schema {@code ref} points at, or null for another pointer. */
  static String componentName(String ref) {
    return ref != null && ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()) : null;
  }

  /** Follows $refs to the schema itself (null for a cycle of references). */
  Schema<?> resolve(Schema<?> s) {
    Set<String> seen = new HashSet<>();
    while (s != null && s.get$ref() != null && s.get$ref().startsWith(SCHEMAS)) {
      String name = s.get$ref().substring(SCHEMAS.length());
      if (!seen.add(name)) {
        return null;
      }
      s = components.get(name);
    }
    return s;
  }

  /**
   * {@link #resolve}, also through aliases: {@code allOf: [{$ref: X}]} is X (an alias that leads
   * back to itself, or to a pointer outside the component schemas, is returned as it is).
   */
  Schema<?> resolveAliases(Schema<?> s) {
    Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Schema<?> r = resolve(s);
    while (r != null && SchemaShapes.isSingleRefAllOf(r) && seen.add(r)) {
      String name = componentName(SchemaShapes.singleRef(r));
      if (name == null) {
        break;
      }
      r = resolve(components.get(name));
    }
    return r;
  }

  /**
   * The element of {@code #/components/<section>/<name>} a {@code $ref} names, or null when there
   * is none.
   */
  <T> T component(String ref, String section, Function<Components, Map<String, T>> map) {
    String prefix = "#/components/" + section + "/";
    Components c = api.getComponents();
    if (ref == null || !ref.startsWith(prefix) || c == null || map.apply(c) == null) {
      return null;
    }
    return map.apply(c).get(ref.substring(prefix.length()));
  }

  /**
   * Where an element of the resolved document is written. Locations are real from here on: the file
   * the element is written in and the pointer inside that file ({@code #/Gateway} in {@code
   * schemas/gateway.yaml}, not {@code #/components/schemas/Gateway} in the root), so {@code
   * at.child(...)} stays in the right file.
   */
  SourceLocation loc(String pointer) {
    return sources.locate(pointer);
  }

  /** {@code loc} of {@code base} plus segments (escaped per RFC 6901). */
  SourceLocation loc(String base, String... segments) {
    return loc(SourceLocation.of(file, base).child(segments).pointer());
  }

  /** The location with its line, for messages that name another place. */
  SourceLocation withLine(SourceLocation at) {
    return sources.withLine(at);
  }

  /**
   * The id of an inline type: its pointer, qualified by its file when that is not the root (two
   * files may have the same pointer). Component types keep {@code #/components/schemas/NAME}.
   */
  String inlineId(SourceLocation at) {
    return at.file() == null || at.file().equals(file) ? at.pointer() : at.file() + at.pointer();
  }

  /**
   * Whether nothing is written where a local {@code $ref} of the resolved document points (in the
   * file that place is written in).
   */
  boolean targetMissing(String ref) {
    SourceLocation target = loc(ref);
    return sources.missing(target.file(), target.pointer());
  }

  void error(SourceLocation at, String message, String hint) {
    diagnostics.error(at, message, hint);
  }

  void warn(SourceLocation at, String message, String hint) {
    diagnostics.warn(at, message, hint);
  }

  /** A defect repaired (a warning, an error under the strict option). */
  void repair(Repair repair, SourceLocation at, String message, String hint) {
    diagnostics.repair(repair, at, message, hint);
  }
}
