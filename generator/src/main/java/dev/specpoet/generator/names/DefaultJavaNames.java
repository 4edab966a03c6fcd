package dev.specpoet.generator.names;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The names stage: every Java name, decided in one pass in a fixed order before anything is
 * emitted.
 *
 * <ol>
 *   <li>Top-level classes of {@code PKG.models}: component schemas (in {@linkplain #claimOrder
 *       claim order}), then operation params classes ({@code LogListParams}), then other top-level
 *       types (inline responses, named after their operation: {@code LogListResponse}). Unique
 *       ignoring case (case-insensitive file systems); names of {@code java.lang}/{@code
 *       java.util}/{@code java.time} and Jackson types get a {@code Model} suffix ({@code Object}
 *       becomes {@code ObjectModel}).
 *   <li>Nested classes, per enclosing class: the generated ones first ({@code Builder}, {@code
 *       Visitor}, {@code Unknown}, {@code Deserializer}, {@code Known}) and the enclosing classes'
 *       own names, then inline types in spec order; an inline name depends only on where it sits,
 *       never on unrelated schemas.
 *   <li>Members per owner: the generated members first ({@code builder}, {@code toBuilder}, {@code
 *       equals}, ...), then properties (and a params class's parameters) in {@linkplain #claimOrder
 *       claim order}; Java keywords get a trailing underscore ({@code class_}); names that are not
 *       identifiers are rewritten ({@code x-foo} -> {@code xFoo}, {@code 2fa} -> {@code _2fa},
 *       {@code $type} -> {@code type}).
 * </ol>
 *
 * Collisions resolve by a numeric suffix, in that fixed order: the same input always gives the same
 * names.
 *
 * <p><b>Claim order</b> (who keeps the plain name when several want it), by how much the JSON name
 * had to change:
 *
 * <ol>
 *   <li>not at all: the JSON name is the Java name ({@code type}, {@code Foo});
 *   <li>only a suffix for a reserved word or a clash, the spelling kept ({@code class} -> {@code
 *       class_}, {@code builder} -> {@code builder_}, a schema {@code Object} -> {@code
 *       ObjectModel});
 *   <li>rewritten: characters dropped or case changed ({@code $type}, {@code x-foo}, {@code 2fa},
 *       {@code Builder} as a member, {@code foo} as a class).
 * </ol>
 *
 * Within a rank, by JSON name (ordinal {@link String#compareTo}), never by where it is declared.
 * Every candidate first tries its plain name; only those that lost it take a suffix ({@code
 * type2}), in the same order. So adding or moving a {@code $type} never renames an existing {@code
 * type}, and reordering a spec renames nothing.
 */
public final class DefaultJavaNames implements JavaNames {

  /** Simple names that would shadow types generated code uses. */
  static final Set<String> TYPE_CLASHES =
      Set.of(
          "Object",
          "String",
          "Integer",
          "Long",
          "Double",
          "Float",
          "Short",
          "Byte",
          "Boolean",
          "Character",
          "Number",
          "Math",
          "Class",
          "Enum",
          "Record",
          "Void",
          "System",
          "Thread",
          "Runtime",
          "Exception",
          "Error",
          "Throwable",
          "RuntimeException",
          "Override",
          "Deprecated",
          "SuppressWarnings",
          "FunctionalInterface",
          "SafeVarargs",
          "Iterable",
          "Comparable",
          "CharSequence",
          "StringBuilder",
          "Module",
          "Package",
          "Process",
          "Optional",
          "List",
          "Map",
          "Set",
          "Collection",
          "Collections",
          "Objects",
          "Arrays",
          "ArrayList",
          "LinkedHashMap",
          "HashMap",
          "UUID",
          "URI",
          "OffsetDateTime",
          "LocalDate",
          "Instant",
          "Duration",
          "JsonNode",
          "JsonField",
          "TypeReference",
          "CompletableFuture",
          "Function",
          "Supplier",
          "Consumer",
          "Stream");

  /** Members every generated model class has. */
  static final Set<String> OBJECT_MEMBERS =
      Set.of(
          "builder",
          "toBuilder",
          "build",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "additionalProperties",
          "putAdditionalProperty",
          "putAllAdditionalProperties",
          "removeAdditionalProperty",
          "validate");

  /** Members of params classes (written by the services emitters). */
  static final Set<String> PARAMS_MEMBERS =
      Set.of(
          "builder",
          "toBuilder",
          "build",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "additionalHeaders",
          "additionalQueryParams",
          "additionalBodyProperties",
          "putAdditionalHeader",
          "putAdditionalQueryParam",
          "putAdditionalBodyProperty",
          "pathParams",
          "queryParams",
          "headers",
          "toRequest",
          "validate");

  /** Members of services and clients. */
  static final Set<String> SERVICE_MEMBERS =
      Set.of(
          "withRawResponse",
          "withOptions",
          "async",
          "sync",
          "close",
          "options",
          "core",
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize",
          "builder",
          "fromEnv");

  private final String basePackage;
  private final String modelsPackage;
  private final String servicesPackage;
  private final String clientName;
  private final Map<String, TypeDef> defs = new LinkedHashMap<>();
  private final Map<String, ClassName> classNames = new HashMap<>();
  private final Map<String, Map<String, String>> members = new HashMap<>();
  private final Map<String, Map<Object, String>> enumConstants = new HashMap<>();
  private final Map<String, List<ClassName>> variants = new HashMap<>();
  private final Map<List<String>, ClassName> services = new HashMap<>();
  private final Map<List<String>, String> accessors = new HashMap<>();
  private final Map<String, String> methods = new HashMap<>();
  private final Set<String> takenServices = new HashSet<>();

  public DefaultJavaNames(ApiModel model, String basePackage, String clientName) {
    this.basePackage = basePackage;
    this.modelsPackage = basePackage + ".models";
    this.servicesPackage = basePackage + ".services";
    this.clientName =
        clientName != null && !clientName.isBlank()
            ? Words.pascal(clientName)
            : deriveClientName(model.title());
    for (TypeDef t : model.types()) {
      defs.put(t.id(), t);
    }
    allocateTypes(model);
    allocateMembers(model);
    allocateServices(model.root());
  }

  /** {@code Cloudflare AI Gateway API} -> {@code CloudflareAiGateway}. */
  static String deriveClientName(String title) {
    StringBuilder sb = new StringBuilder();
    for (String w : Words.split(title)) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.equals("api")
          || lower.equals("openapi")
          || lower.equals("rest")
          || lower.equals("v1")) {
        continue;
      }
      sb.append(Words.pascal(w));
    }
    String s = sb.toString();
    return s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) ? "Api" : s;
  }

  // ----------------------------------------------------------------------------------------------
  // types

  private static final class Scope {
    private final Set<String> taken = new HashSet<>();

    void reserve(String name) {
      taken.add(name.toLowerCase(Locale.ROOT));
    }

    String allocate(String wanted) {
      String name = wanted;
      for (int i = 2; taken.contains(name.toLowerCase(Locale.ROOT)); i++) {
        name = wanted + i;
      }
      taken.add(name.toLowerCase(Locale.ROOT));
      return name;
    }

    boolean isFree(String name) {
      return !taken.contains(name.toLowerCase(Locale.ROOT));
    }
  }

  private static String typeBase(String hint) {
    String base = Words.pascal(hint == null || hint.isBlank() ? "Type" : hint);
    return TYPE_CLASHES.contains(base) ? base + "Model" : base;
  }

  private void allocateTypes(ApiModel model) {
    Map<String, List<TypeDef>> children = new LinkedHashMap<>();
    List<TypeDef> components = new ArrayList<>();
    List<TypeDef> otherTop = new ArrayList<>();
    for (TypeDef t : model.types()) {
      if (t.id().startsWith("operation:")) {
        continue; // an inline request body: it IS the params class
      }
      if (t.parentId() == null) {
        (t.id().startsWith("#/components/") ? components : otherTop).add(t);
      } else {
        children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
      }
    }
    Scope top = new Scope();
    Map<TypeDef, String> componentNames =
        claim(
            components,
            TypeDef::nameHint,
            t -> typeBase(t.nameHint()),
            t -> mangling(t.nameHint(), typeBase(t.nameHint()), Words.pascal(t.nameHint())),
            top::isFree,
            top::reserve,
            top::allocate);
    for (TypeDef t : components) {
      classNames.put(t.id(), ClassName.get(modelsPackage, componentNames.get(t)));
    }
    List<Operation> ops = operations(model.root());
    for (Operation op : ops) {
      String wanted = paramsBase(op);
      String name = wanted;
      if (!top.isFree(name)) {
        // prefix more group segments: TopupConfigGetParams
        List<String> g = op.groupPath();
        for (int k = g.size() - 2; k >= 0 && !top.isFree(name); k--) {
          StringBuilder sb = new StringBuilder();
          for (int j = k; j < g.size() - 1; j++) {
            sb.append(Words.pascal(g.get(j)));
          }
          name = sb + wanted;
        }
      }
      classNames.put(op.paramsTypeId(), ClassName.get(modelsPackage, top.allocate(name)));
    }
    for (TypeDef t : otherTop) {
      classNames.put(t.id(), ClassName.get(modelsPackage, top.allocate(typeBase(t.nameHint()))));
    }
    // nested, parents first (recursively), in a fixed order
    List<String> parents = new ArrayList<>();
    components.forEach(t -> parents.add(t.id()));
    ops.forEach(op -> parents.add(op.paramsTypeId()));
    otherTop.forEach(t -> parents.add(t.id()));
    for (String p : parents) {
      allocateNested(p, children);
    }
    // orphans (a parent id nothing defines): make them top-level so nothing is lost
    for (Map.Entry<String, List<TypeDef>> e : children.entrySet()) {
      for (TypeDef t : e.getValue()) {
        if (!classNames.containsKey(t.id())) {
          classNames.put(
              t.id(), ClassName.get(modelsPackage, top.allocate(typeBase(t.nameHint()))));
          allocateNested(t.id(), children);
        }
      }
    }
  }

  static String paramsBase(Operation op) {
    List<String> g = op.groupPath();
    String resource = g.isEmpty() ? "" : Words.pascal(Words.singularLast(g.get(g.size() - 1)));
    return resource + Words.pascal(op.methodName()) + "Params";
  }

  private void allocateNested(String parentId, Map<String, List<TypeDef>> children) {
    ClassName parent = classNames.get(parentId);
    if (parent == null) {
      return;
    }
    Scope scope = new Scope();
    for (String enclosing : parent.simpleNames()) {
      scope.reserve(enclosing);
    }
    TypeDef def = defs.get(parentId);
    if (def instanceof UnionType) {
      scope.reserve("Visitor");
      scope.reserve("Unknown");
      scope.reserve("Deserializer");
    } else if (def instanceof EnumType) {
      scope.reserve("Known");
    } else {
      scope.reserve("Builder");
    }
    List<TypeDef> kids = children.getOrDefault(parentId, List.of());
    if (def instanceof UnionType u) {
      List<ClassName> names = new ArrayList<>();
      for (UnionType.Variant v : u.variants()) {
        TypeDef direct = directVariant(u, v);
        if (direct != null) {
          ClassName cn = parent.nestedClass(scope.allocate(typeBase(direct.nameHint())));
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
        classNames.put(k.id(), parent.nestedClass(scope.allocate(typeBase(k.nameHint()))));
      }
    }
    for (TypeDef k : kids) {
      allocateNested(k.id(), children);
    }
  }

  /**
   * The inline object a union variant stands for when that object sits inside the union: it
   * implements the union's interface itself (no wrapper class). Null otherwise.
   */
  public TypeDef directVariant(UnionType u, UnionType.Variant v) {
    if (v.type() instanceof TypeRef.Named n) {
      TypeDef d = defs.get(n.typeId());
      if (d instanceof ObjectType && u.id().equals(d.parentId())) {
        return d;
      }
    }
    return null;
  }

  private static List<Operation> operations(Resource r) {
    List<Operation> out = new ArrayList<>(r.operations());
    for (Resource c : r.children()) {
      out.addAll(operations(c));
    }
    return out;
  }

  // ----------------------------------------------------------------------------------------------
  // members

  /** A legal member name for a JSON name, not yet made unique. */
  static String memberBase(String jsonName, Set<String> reserved) {
    String base = Words.camel(jsonName);
    if (Words.RESERVED.contains(base) || reserved.contains(base)) {
      base = base + "_";
    }
    return base;
  }

  /**
   * How much a JSON name changed on its way to its plain Java name {@code base}: 0 not at all, 1
   * only a suffix ({@code spelled} is the name in Java's spelling before any suffix), 2 rewritten.
   */
  static int mangling(String jsonName, String base, String spelled) {
    return jsonName.equals(base) ? 0 : jsonName.equals(spelled) ? 1 : 2;
  }

  /**
   * Who keeps the plain name when several want it (see the class comment): by {@code rank}, then by
   * JSON name; equal JSON names (from different places) keep their order.
   */
  static <T> List<T> claimOrder(
      List<T> candidates, Function<T, String> jsonName, Function<T, Integer> rank) {
    List<T> out = new ArrayList<>(candidates);
    out.sort(Comparator.<T>comparingInt(rank::apply).thenComparing(jsonName::apply));
    return out;
  }

  /**
   * Names for candidates (distinct ones; two may share a JSON name, e.g. inline types with the same
   * hint) in claim order: each takes its plain name if it is still free, then those that lost it
   * take a suffix ({@code allocate}).
   */
  private static <T> Map<T, String> claim(
      List<T> candidates,
      Function<T, String> jsonName,
      Function<T, String> base,
      Function<T, Integer> rank,
      Predicate<String> isFree,
      Consumer<String> take,
      Function<String, String> allocate) {
    Map<T, String> names = new HashMap<>();
    List<T> lost = new ArrayList<>();
    for (T c : claimOrder(candidates, jsonName, rank)) {
      String b = base.apply(c);
      if (isFree.test(b)) {
        take.accept(b);
        names.put(c, b);
      } else {
        lost.add(c);
      }
    }
    for (T c : lost) {
      names.put(c, allocate.apply(base.apply(c)));
    }
    return names;
  }

  /**
   * Member names for these JSON names (one owner), in claim order; {@code reserved} are the owner's
   * own.
   */
  private static Map<String, String> memberNames(List<String> jsonNames, Set<String> reserved) {
    Set<String> used = new HashSet<>();
    Map<String, String> byJson =
        claim(
            new ArrayList<>(new LinkedHashSet<>(jsonNames)),
            n -> n,
            n -> memberBase(n, reserved),
            n -> mangling(n, memberBase(n, reserved), Words.camel(n)),
            name -> !used.contains(name),
            used::add,
            b -> unique(b, used));
    Map<String, String> m = new LinkedHashMap<>();
    for (String n : jsonNames) {
      m.put(n, byJson.get(n));
    }
    return m;
  }

  private void allocateMembers(ApiModel model) {
    for (TypeDef t : model.types()) {
      if (t instanceof ObjectType o && !o.id().startsWith("operation:")) {
        List<String> jsonNames = new ArrayList<>();
        o.properties().forEach(p -> jsonNames.add(p.jsonName()));
        members.put(o.id(), memberNames(jsonNames, OBJECT_MEMBERS));
      }
      if (t instanceof EnumType e) {
        Map<Object, String> m = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (EnumType.EnumValue v : e.values()) {
          m.put(v.value(), uniqueConstant(constantBase(v.value()), used));
        }
        enumConstants.put(e.id(), m);
      }
    }
    for (Operation op : operations(model.root())) {
      List<String> jsonNames = new ArrayList<>();
      for (Parameter p : op.parameters()) {
        jsonNames.add(p.name());
      }
      boolean flattened = false;
      if (op.body() != null
          && op.body().type() instanceof TypeRef.Named n
          && defs.get(n.typeId()) instanceof ObjectType o) {
        flattened = true;
        o.properties().forEach(p -> jsonNames.add(p.jsonName()));
      }
      if (op.body() != null && !flattened) {
        jsonNames.add("body");
      }
      members.put(op.paramsTypeId(), memberNames(jsonNames, PARAMS_MEMBERS));
    }
  }

  private static String unique(String base, Set<String> used) {
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  private static String uniqueConstant(String base, Set<String> used) {
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + "_" + i;
    }
    return name;
  }

  static String constantBase(Object value) {
    if (value instanceof Number n && n.longValue() < 0) {
      return "MINUS_" + Words.upperSnake(Long.toString(-n.longValue()));
    }
    return Words.upperSnake(String.valueOf(value));
  }

  // ----------------------------------------------------------------------------------------------
  // services

  private void allocateServices(Resource root) {
    Scope clientScope = new Scope();
    allocateResource(root, clientScope);
    // the root resource (operations in no group) last: the groups keep their natural names
    allocateServiceName(
        List.of(),
        takenServices.contains((clientName + "Service").toLowerCase(Locale.ROOT))
            ? clientName + "Root"
            : clientName);
  }

  private void allocateServiceName(List<String> path, String base) {
    String name = base + "Service";
    for (int i = 2; !takenServices.add(name.toLowerCase(Locale.ROOT)); i++) {
      name = base + i + "Service";
    }
    services.put(path, ClassName.get(servicesPackage, name));
  }

  private void allocateResource(Resource r, Scope unused) {
    if (!r.path().isEmpty()) {
      allocateServiceName(r.path(), joinPascal(r.path()));
    }
    // members of this service: generated ones, then child accessors, then methods
    Set<String> used = new HashSet<>(SERVICE_MEMBERS);
    for (Resource c : r.children()) {
      String accessor = memberBase(c.name(), Set.of());
      accessors.put(c.path(), unique(accessor, used));
    }
    for (Operation op : r.operations()) {
      methods.put(op.operationId(), unique(memberBase(op.methodName(), Set.of()), used));
    }
    for (Resource c : r.children()) {
      allocateResource(c, unused);
    }
  }

  private static String joinPascal(List<String> path) {
    StringBuilder sb = new StringBuilder();
    for (String s : path) {
      sb.append(Words.pascal(s));
    }
    return sb.toString();
  }

  // ----------------------------------------------------------------------------------------------
  // JavaNames

  @Override
  public String basePackage() {
    return basePackage;
  }

  public String modelsPackage() {
    return modelsPackage;
  }

  public String servicesPackage() {
    return servicesPackage;
  }

  /** The client's name without the {@code Client} suffix ({@code AiGateway}). */
  public String clientName() {
    return clientName;
  }

  @Override
  public ClassName typeName(String typeId) {
    ClassName cn = classNames.get(typeId);
    if (cn == null) {
      throw new IllegalArgumentException("no type named for id " + typeId);
    }
    return cn;
  }

  /** Whether a Java class is named for this id. */
  public boolean hasTypeName(String typeId) {
    return classNames.containsKey(typeId);
  }

  @Override
  public TypeName javaType(TypeRef ref) {
    if (ref instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case STRING, UUID, URI, BYTES -> ClassName.get(String.class);
        case INT32 -> ClassName.get(Integer.class);
        case INT64 -> ClassName.get(Long.class);
        case NUMBER -> ClassName.get(Double.class);
        case BOOLEAN -> ClassName.get(Boolean.class);
        case DATE -> ClassName.get("java.time", "LocalDate");
        case DATE_TIME -> ClassName.get("java.time", "OffsetDateTime");
      };
    }
    if (ref instanceof TypeRef.Named n) {
      return typeName(n.typeId());
    }
    if (ref instanceof TypeRef.ArrayOf a) {
      return ParameterizedTypeName.get(ClassName.get(List.class), javaType(a.items()));
    }
    if (ref instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), javaType(m.values()));
    }
    return ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  }

  @Override
  public String memberName(String ownerTypeId, String jsonName) {
    Map<String, String> m = members.get(ownerTypeId);
    String name = m == null ? null : m.get(jsonName);
    if (name != null) {
      return name;
    }
    return memberBase(
        jsonName, ownerTypeId.startsWith("operation:") ? PARAMS_MEMBERS : OBJECT_MEMBERS);
  }

  @Override
  public String enumConstantName(String enumTypeId, Object value) {
    Map<Object, String> m = enumConstants.get(enumTypeId);
    String name = m == null ? null : m.get(value);
    return name != null ? name : constantBase(value);
  }

  @Override
  public ClassName variantName(String unionTypeId, int variantIndex) {
    List<ClassName> v = variants.get(unionTypeId);
    if (v == null || variantIndex >= v.size()) {
      throw new IllegalArgumentException(
          "no variant " + variantIndex + " named for union " + unionTypeId);
    }
    return v.get(variantIndex);
  }

  @Override
  public ClassName clientClass() {
    return ClassName.get(basePackage, clientName + "Client");
  }

  @Override
  public ClassName asyncClientClass() {
    return ClassName.get(basePackage, clientName + "ClientAsync");
  }

  @Override
  public ClassName serviceClass(List<String> resourcePath, boolean async) {
    ClassName base = services.get(resourcePath);
    if (base == null) {
      String name = (resourcePath.isEmpty() ? clientName : joinPascal(resourcePath)) + "Service";
      base = ClassName.get(servicesPackage, name);
    }
    return async ? ClassName.get(base.packageName(), base.simpleName() + "Async") : base;
  }

  @Override
  public String resourceAccessor(List<String> resourcePath) {
    String a = accessors.get(resourcePath);
    if (a != null) {
      return a;
    }
    return resourcePath.isEmpty()
        ? "root"
        : memberBase(resourcePath.get(resourcePath.size() - 1), SERVICE_MEMBERS);
  }

  @Override
  public String methodName(Operation operation) {
    String m = methods.get(operation.operationId());
    return m != null ? m : memberBase(operation.methodName(), SERVICE_MEMBERS);
  }
}
