package dev.specpoet.generator.changes;

import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs the elements of the old version with those of the new one, by what identifies them in the
 * spec: an operation by HTTP method and path (its path parameters' names aside), else by
 * operationId (a moved route); a type by its JSON pointer, inline types following the operation or
 * type they sit in. A top-level schema that disappears while one of exactly the same shape appears
 * under another name, and no other unmatched schema has that shape, is paired with it as renamed.
 * {@link #same} then tells whether two uses of types are the same type through those pairs.
 */
final class ElementMatcher {
  private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([^}]*)}");

  private final ComparedVersion a;
  private final ComparedVersion b;

  /** Old type id to the id of the same type in the new version. */
  private final Map<String, String> typeMap = new HashMap<>();

  /** Old id to new id of the top-level types whose schema was renamed. */
  private final Map<String, String> renamedSchemas = new LinkedHashMap<>();

  /** Pointer prefixes of matched operations and renamed types: old prefix to new prefix. */
  private final Map<String, String> prefixes = new TreeMap<>(Comparator.reverseOrder());

  ElementMatcher(ComparedVersion a, ComparedVersion b) {
    this.a = a;
    this.b = b;
  }

  /** Old type id to the id of the same type in the new version (matched so far). */
  Map<String, String> typeMap() {
    return Collections.unmodifiableMap(typeMap);
  }

  /** Whether the old top-level type's schema was renamed (same shape under another name). */
  boolean schemaRenamed(String oldId) {
    return renamedSchemas.containsKey(oldId);
  }

  static boolean isParamsType(String id) {
    return id.startsWith("operation:");
  }

  /** {@code GET /accounts/{}/gateways}: the route without its path parameters' names. */
  static String route(Operation op) {
    return op.httpMethod() + " " + TEMPLATE_VAR.matcher(op.pathTemplate()).replaceAll("{}");
  }

  /** The names of a path template's parameters, in order. */
  static List<String> templateVars(String path) {
    List<String> out = new ArrayList<>();
    Matcher m = TEMPLATE_VAR.matcher(path);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /**
   * The operations of both versions as pairs {old, new}: matched ones first, then the removed ones
   * ({old, null}), then the added ones ({null, new}). Must run before {@link #matchTypes}.
   */
  List<Operation[]> matchOperations() {
    Map<String, Operation> byRoute = new LinkedHashMap<>();
    b.operations.forEach(op -> byRoute.putIfAbsent(route(op), op));
    Set<Operation> taken = new HashSet<>();
    Map<Operation, Operation> match = new LinkedHashMap<>();
    for (Operation old : a.operations) {
      Operation now = byRoute.get(route(old));
      if (now != null && taken.add(now)) {
        match.put(old, now);
      }
    }
    Map<String, Operation> byId = new LinkedHashMap<>();
    b.operations.stream()
        .filter(op -> !taken.contains(op))
        .forEach(op -> byId.put(op.operationId(), op));
    for (Operation old : a.operations) {
      if (!match.containsKey(old)) {
        Operation now = byId.get(old.operationId());
        if (now != null && taken.add(now)) {
          match.put(old, now);
        }
      }
    }
    List<Operation[]> pairs = new ArrayList<>();
    match.forEach(
        (old, now) -> {
          pairs.add(new Operation[] {old, now});
          prefixes.put(old.source().pointer(), now.source().pointer());
          typeMap.put(old.paramsTypeId(), now.paramsTypeId());
        });
    for (Operation old : a.operations) {
      if (!match.containsKey(old)) {
        pairs.add(new Operation[] {old, null});
      }
    }
    for (Operation now : b.operations) {
      if (!taken.contains(now)) {
        pairs.add(new Operation[] {null, now});
      }
    }
    return pairs;
  }

  /** {@code id} with the longest matching old prefix replaced by its new counterpart. */
  private String rewrite(String id) {
    for (Map.Entry<String, String> e : prefixes.entrySet()) {
      String p = e.getKey();
      if (id.equals(p)) {
        return e.getValue();
      }
      if (id.startsWith(p + "/")) {
        return e.getValue() + id.substring(p.length());
      }
    }
    return id;
  }

  /** Pairs the types, by pointer through the matched operations and renamed schemas. */
  void matchTypes() {
    for (int round = 0; round < 8; round++) {
      boolean progress = false;
      Set<String> targets = new HashSet<>(typeMap.values());
      for (TypeDef t : a.types.values()) {
        if (!typeMap.containsKey(t.id())) {
          String candidate = rewrite(t.id());
          if (b.types.containsKey(candidate) && targets.add(candidate)) {
            typeMap.put(t.id(), candidate);
            progress = true;
          }
        }
      }
      progress |= detectRenames();
      if (!progress) {
        break;
      }
    }
  }

  /**
   * Pairs an unmatched old top-level schema with an unmatched new one when they, and no other
   * unmatched schema, have the same non-trivial shape.
   */
  private boolean detectRenames() {
    Set<String> targets = new HashSet<>(typeMap.values());
    Map<String, List<TypeDef>> olds = new LinkedHashMap<>();
    for (TypeDef t : a.types.values()) {
      if (t.parentId() == null && !isParamsType(t.id()) && !typeMap.containsKey(t.id())) {
        String shape = shape(t, id -> typeMap.getOrDefault(id, "old:" + id));
        if (shape != null) {
          olds.computeIfAbsent(shape, k -> new ArrayList<>()).add(t);
        }
      }
    }
    Map<String, List<TypeDef>> news = new LinkedHashMap<>();
    for (TypeDef t : b.types.values()) {
      if (t.parentId() == null && !isParamsType(t.id()) && !targets.contains(t.id())) {
        String shape = shape(t, Function.identity());
        if (shape != null) {
          news.computeIfAbsent(shape, k -> new ArrayList<>()).add(t);
        }
      }
    }
    boolean found = false;
    for (Map.Entry<String, List<TypeDef>> e : olds.entrySet()) {
      List<TypeDef> candidates = news.get(e.getKey());
      if (e.getValue().size() == 1 && candidates != null && candidates.size() == 1) {
        String from = e.getValue().get(0).id();
        String to = candidates.get(0).id();
        typeMap.put(from, to);
        renamedSchemas.put(from, to);
        prefixes.put(from, to);
        found = true;
      }
    }
    return found;
  }

  /** A text that two types share exactly when they would read and write the same JSON. */
  private static String shape(TypeDef t, Function<String, String> ids) {
    StringBuilder sb = new StringBuilder();
    if (t instanceof ObjectType o) {
      if (o.properties().isEmpty()) {
        return null;
      }
      sb.append("object{");
      o.properties().stream()
          .sorted(Comparator.comparing(Property::jsonName))
          .forEach(
              p ->
                  sb.append(p.jsonName())
                      .append(':')
                      .append(typeKey(p.type(), t.id(), ids))
                      .append(p.required() ? "!" : "?")
                      .append(p.nullable() ? "n" : "")
                      .append(';'));
      if (o.additionalProperties() != null) {
        sb.append("*:").append(typeKey(o.additionalProperties(), t.id(), ids));
      }
      return sb.append('}').toString();
    }
    if (t instanceof EnumType e) {
      if (e.values().isEmpty()) {
        return null;
      }
      sb.append("enum:").append(e.base());
      e.values().forEach(v -> sb.append('|').append(v.value()));
      return sb.toString();
    }
    UnionType u = (UnionType) t;
    if (u.variants().isEmpty()) {
      return null;
    }
    sb.append("union:").append(u.kind()).append(':').append(u.discriminatorProperty());
    for (UnionType.Variant v : u.variants()) {
      sb.append('|').append(typeKey(v.type(), t.id(), ids)).append(v.discriminatorValues());
    }
    return sb.toString();
  }

  private static String typeKey(TypeRef ref, String selfId, Function<String, String> ids) {
    if (ref instanceof TypeRef.Primitive p) {
      return p.kind().name();
    }
    if (ref instanceof TypeRef.ArrayOf arr) {
      return "[" + typeKey(arr.items(), selfId, ids) + (arr.uniqueItems() ? "]u" : "]");
    }
    if (ref instanceof TypeRef.MapOf m) {
      return "{" + typeKey(m.values(), selfId, ids) + "}";
    }
    if (ref instanceof TypeRef.Named n) {
      return n.typeId().startsWith(selfId + "/")
          ? "self" + n.typeId().substring(selfId.length())
          : ids.apply(n.typeId());
    }
    return "json";
  }

  /** Whether an old use of a type and a new one are the same type (through renames). */
  boolean same(TypeRef old, TypeRef now) {
    if (old == null || now == null) {
      return old == now;
    }
    if (old instanceof TypeRef.Named o && now instanceof TypeRef.Named n) {
      return n.typeId().equals(typeMap.get(o.typeId()));
    }
    if (old instanceof TypeRef.ArrayOf o && now instanceof TypeRef.ArrayOf n) {
      return o.uniqueItems() == n.uniqueItems() && same(o.items(), n.items());
    }
    if (old instanceof TypeRef.MapOf o && now instanceof TypeRef.MapOf n) {
      return same(o.values(), n.values());
    }
    return old.equals(now) && !(old instanceof TypeRef.Named);
  }
}
