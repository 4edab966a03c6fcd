package dev.specpoet.generator.names;

import com.palantir.javapoet.ClassName;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class names: top-level classes of {@code PKG.models} (component schemas in claim order, then
 * the operations' params classes, then the other top-level types, such as an operation's inline
 * response {@code LogListResponse}), then the nested classes of each, parents first. An inline name
 * depends only on where the type sits, never on unrelated schemas.
 */
final class TypeNames {
  private final String modelsPackage;
  private final Map<String, TypeDef> defs;
  private final MethodNames methods;
  private final Map<String, ClassName> classNames = new HashMap<>();
  private final Map<String, List<ClassName>> variants = new HashMap<>();

  /** The operation a top-level inline type is named after, by type id. */
  private final Map<String, Operation> owners = new HashMap<>();

  /** The types nested in each type (by parent id), in model order. */
  private final Map<String, List<TypeDef>> children = new LinkedHashMap<>();

  /** The generated nested class names of each type and of every type nested in it. */
  private final Map<String, Set<String>> generatedBelow = new HashMap<>();

  TypeNames(
      ApiModel model,
      String modelsPackage,
      Map<String, TypeDef> defs,
      List<Operation> ops,
      MethodNames methods) {
    this.modelsPackage = modelsPackage;
    this.defs = defs;
    this.methods = methods;
    for (Operation op : ops) {
      op.ownTypeIds().forEach(id -> owners.putIfAbsent(id, op));
    }
    allocate(model, ops);
  }

  ClassName get(String typeId) {
    return classNames.get(typeId);
  }

  List<ClassName> variants(String unionTypeId) {
    return variants.get(unionTypeId);
  }

  /** {@code ai-gateway} to {@code AiGateway}; a name that shadows a library type gets Model. */
  static String typeBase(String hint) {
    String base = Words.pascal(hint == null || hint.isBlank() ? "Type" : hint);
    return ReservedNames.TYPE_CLASHES.contains(base) ? base + "Model" : base;
  }

  /**
   * The name a type starts from: {@link #typeBase}, with {@code Model} added when a class the
   * generated code nests in it (or in a type nested in it) has that name: Java forbids a nested
   * class named like an enclosing one, so an object schema {@code Builder} is {@code BuilderModel}
   * (its builder is {@code BuilderModel.Builder}) and an enum {@code Known} is {@code KnownModel}.
   */
  private String typeBase(TypeDef t, String hint) {
    String base = typeBase(hint);
    return t != null && generatedBelow(t.id()).contains(base) ? base + "Model" : base;
  }

  /**
   * A nested class's name in its parent's scope: its hint's, else (taken) the first free numbered
   * one; {@code Model} is added only when the plain name is free but a class generated inside the
   * type has it ({@link #typeBase(TypeDef, String)}).
   */
  private String nestedName(NameScope scope, TypeDef t, String hint) {
    String base = typeBase(hint);
    if (scope.isFree(base)) {
      base = typeBase(t, hint);
    }
    return scope.allocate(base);
  }

  /** The nested classes the emitters add to a type of this kind ({@link ReservedNames}). */
  private static Set<String> generatedNested(TypeDef def) {
    if (def instanceof UnionType) {
      return Set.of(ReservedNames.VISITOR, ReservedNames.UNKNOWN, ReservedNames.DESERIALIZER);
    }
    if (def instanceof EnumType) {
      return Set.of(ReservedNames.KNOWN);
    }
    return Set.of(ReservedNames.BUILDER);
  }

  private Set<String> generatedBelow(String id) {
    Set<String> cached = generatedBelow.get(id);
    if (cached != null) {
      return cached;
    }
    generatedBelow.put(id, Set.of()); // a cycle of parents (never expected) ends here
    Set<String> names = new HashSet<>(generatedNested(defs.get(id)));
    for (TypeDef k : children.getOrDefault(id, List.of())) {
      names.addAll(generatedBelow(k.id()));
    }
    generatedBelow.put(id, names);
    return names;
  }

  /**
   * What an operation's classes start with: its resource's last segment made singular, then its
   * method ({@code LogList} for {@code logs.list}, {@code BookingCreate} for {@code
   * bookings.createBooking} shortened to {@code create}); the method alone at the root.
   */
  private String operationPrefix(Operation op) {
    List<String> g = op.groupPath();
    String resource = g.isEmpty() ? "" : Words.pascal(Words.singularLast(g.get(g.size() - 1)));
    return resource + Words.pascal(methods.methodName(op));
  }

  /**
   * The name a top-level type starts from: its hint, after its operation's prefix if it has one.
   */
  private String hint(TypeDef t) {
    Operation owner = owners.get(t.id());
    return owner == null ? t.nameHint() : operationPrefix(owner) + Words.pascal(t.nameHint());
  }

  private void allocate(ApiModel model, List<Operation> ops) {
    List<TypeDef> components = new ArrayList<>();
    List<TypeDef> otherTop = new ArrayList<>();
    for (TypeDef t : model.types()) {
      if (t.parentId() == null) {
        (t.id().startsWith("#/components/") ? components : otherTop).add(t);
      } else {
        children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
      }
    }
    NameScope top = NameScope.ofClasses();
    Map<TypeDef, String> componentNames =
        top.claim(
            components,
            this::hint,
            t -> typeBase(t, hint(t)),
            t -> NameScope.mangling(hint(t), typeBase(t, hint(t)), Words.pascal(hint(t))));
    for (TypeDef t : components) {
      classNames.put(t.id(), ClassName.get(modelsPackage, componentNames.get(t)));
    }
    for (Operation op : ops) {
      classNames.put(op.paramsTypeId(), ClassName.get(modelsPackage, paramsName(op, top)));
    }
    for (TypeDef t : otherTop) {
      classNames.put(t.id(), ClassName.get(modelsPackage, top.allocate(typeBase(t, hint(t)))));
    }
    // nested, parents first (recursively), in a fixed order
    List<String> parents = new ArrayList<>();
    components.forEach(t -> parents.add(t.id()));
    ops.forEach(op -> parents.add(op.paramsTypeId()));
    otherTop.forEach(t -> parents.add(t.id()));
    for (String p : parents) {
      allocateNested(p);
    }
    // orphans (a parent id nothing defines): make them top-level so nothing is lost
    for (Map.Entry<String, List<TypeDef>> e : children.entrySet()) {
      for (TypeDef t : e.getValue()) {
        if (!classNames.containsKey(t.id())) {
          classNames.put(
              t.id(), ClassName.get(modelsPackage, top.allocate(typeBase(t, t.nameHint()))));
          allocateNested(t.id());
        }
      }
    }
  }

  /**
   * {@code LogListParams}; when taken, with more of its group in front ({@code
   * TopupConfigGetParams}), then with a number.
   */
  private String paramsName(Operation op, NameScope top) {
    String wanted = operationPrefix(op) + "Params";
    String name = wanted;
    if (!top.isFree(name)) {
      List<String> g = op.groupPath();
      for (int k = g.size() - 2; k >= 0 && !top.isFree(name); k--) {
        StringBuilder sb = new StringBuilder();
        for (int j = k; j < g.size() - 1; j++) {
          sb.append(Words.pascal(g.get(j)));
        }
        name = sb + wanted;
      }
    }
    return top.allocate(name);
  }

  /**
   * The nested classes of {@code parentId}: after the generated ones of its kind and the names of
   * the classes enclosing it, a union's variants, then the inline types in spec order.
   */
  private void allocateNested(String parentId) {
    ClassName parent = classNames.get(parentId);
    if (parent == null) {
      return;
    }
    NameScope scope = NameScope.ofClasses();
    for (String enclosing : parent.simpleNames()) {
      scope.reserve(enclosing);
    }
    TypeDef def = defs.get(parentId);
    if (def instanceof UnionType) {
      scope.reserve(ReservedNames.VISITOR);
      scope.reserve(ReservedNames.UNKNOWN);
      scope.reserve(ReservedNames.DESERIALIZER);
    } else if (def instanceof EnumType) {
      scope.reserve(ReservedNames.KNOWN);
    } else {
      scope.reserve(ReservedNames.BUILDER);
    }
    List<TypeDef> kids = children.getOrDefault(parentId, List.of());
    if (def instanceof UnionType u) {
      List<ClassName> names = new ArrayList<>();
      for (UnionType.Variant v : u.variants()) {
        TypeDef direct = directVariant(u, v);
        if (direct != null) {
          ClassName cn = parent.nestedClass(nestedName(scope, direct, direct.nameHint()));
          classNames.put(direct.id(), cn);
          names.add(cn);
        } else {
          names.add(parent.nestedClass(scope.allocate(typeBase(v.nameHint()))));
        }
      }
      variants.put(u.id(), names);
    }
    for (TypeDef k : kids) {
      if (!classNames.containsKey(k.id())) {
        classNames.put(k.id(), parent.nestedClass(nestedName(scope, k, k.nameHint())));
      }
    }
    for (TypeDef k : kids) {
      allocateNested(k.id());
    }
  }

  /**
   * The inline object a union variant stands for when that object sits inside the union: it
   * implements the union's interface itself (no wrapper class). Null otherwise.
   */
  private TypeDef directVariant(UnionType u, UnionType.Variant v) {
    if (v.type() instanceof TypeRef.Named n) {
      TypeDef d = defs.get(n.typeId());
      if (d instanceof ObjectType && u.id().equals(d.parentId())) {
        return d;
      }
    }
    return null;
  }
}
