package dev.specpoet.generator.changes;

import dev.specpoet.generator.changes.Change.Action;
import dev.specpoet.generator.changes.Change.Element;
import dev.specpoet.generator.changes.Change.JavaImpact;
import dev.specpoet.generator.changes.Change.Wire;
import dev.specpoet.generator.changes.JavaSurface.Field;
import dev.specpoet.generator.changes.JavaSurface.Member;
import dev.specpoet.generator.changes.Usage.Direction;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two versions of an API as the generator models them and reports every difference that
 * matters to users of the generated client: operations, parameters, responses, types, properties,
 * enum values and union variants added, removed, renamed or changed, each classified for Java code
 * written against the old version (source-, binary- or run-time-breaking, or compatible) and for an
 * old client on the wire. README.md ("When the API changes") has the table of rules.
 *
 * <p>Elements are matched by what identifies them in the spec, never by guesswork: an operation by
 * HTTP method and path (its path parameters' names aside), else by operationId (a moved route); a
 * type by its JSON pointer (inline types follow the operation or type they sit in); a property by
 * its JSON name; an enum value by its value; a union variant by its type, else its name. A schema
 * that disappears while one of exactly the same shape appears under another name is reported as
 * renamed; anything less certain is reported as removed plus added.
 */
public final class ApiComparator {
  private static final Pattern TEMPLATE_VAR = Pattern.compile("\\{([^}]*)}");

  private final Side a;
  private final Side b;

  /** Old type id to the id of the same type in the new version. */
  private final Map<String, String> typeMap = new HashMap<>();

  /** Old id to new id of the top-level types whose schema was renamed. */
  private final Map<String, String> renamedSchemas = new LinkedHashMap<>();

  /** Pointer prefixes of matched operations and renamed types: old prefix to new prefix. */
  private final Map<String, String> prefixes = new TreeMap<>(Comparator.reverseOrder());

  private final List<Change> changes = new ArrayList<>();

  private ApiComparator(ApiSnapshot before, ApiSnapshot after) {
    this.a = new Side(before);
    this.b = new Side(after);
  }

  /** Every difference between {@code before} and {@code after}, breaking changes first. */
  public static ChangeReport compare(ApiSnapshot before, ApiSnapshot after) {
    return new ApiComparator(before, after).run();
  }

  private ChangeReport run() {
    List<Operation[]> pairs = matchOperations();
    matchTypes();
    compareOperations(pairs);
    compareTypes();
    compareServers();
    List<Change> ordered = new ArrayList<>(changes);
    ordered.sort(Comparator.comparing(Change::category)); // stable: keeps discovery order
    return new ChangeReport(a.snapshot.label(), b.snapshot.label(), ordered);
  }

  // one version -------------------------------------------------------------------------------

  private static final class Side {
    final ApiSnapshot snapshot;
    final Map<String, TypeDef> types = new LinkedHashMap<>();
    final List<Operation> operations = new ArrayList<>();
    final Usage usage;
    final JavaSurface java;

    Side(ApiSnapshot snapshot) {
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
  }

  private static String where(SourceLocation location) {
    return location == null ? null : location.toString();
  }

  private static boolean isParamsType(String id) {
    return id.startsWith("operation:");
  }

  // matching ----------------------------------------------------------------------------------

  /** {@code GET /accounts/{}/gateways}: the route without its path parameters' names. */
  private static String route(Operation op) {
    return op.httpMethod() + " " + TEMPLATE_VAR.matcher(op.pathTemplate()).replaceAll("{}");
  }

  private List<Operation[]> matchOperations() {
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

  private void matchTypes() {
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
  private boolean same(TypeRef old, TypeRef now) {
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

  // operations --------------------------------------------------------------------------------

  private void compareOperations(List<Operation[]> pairs) {
    for (Operation[] pair : pairs) {
      Operation old = pair[0];
      Operation now = pair[1];
      if (old == null) {
        List<Member> members =
            new ArrayList<>(b.java.operation(now, anyRequired(now, b), returnType(now, b)));
        members.addAll(inlineClasses(now, b, new HashSet<>(typeMap.values())));
        add(
            Element.OPERATION,
            Action.ADDED,
            describe(now),
            null,
            null,
            now.source(),
            JavaSurface.diff(List.of(), members),
            Wire.COMPATIBLE,
            null);
      } else if (now == null) {
        List<Member> members =
            new ArrayList<>(a.java.operation(old, anyRequired(old, a), returnType(old, a)));
        members.addAll(inlineClasses(old, a, typeMap.keySet()));
        add(
            Element.OPERATION,
            Action.REMOVED,
            describe(old),
            null,
            old.source(),
            null,
            JavaSurface.diff(members, List.of()),
            Wire.BREAKING,
            "old clients call an endpoint that is gone");
      } else {
        compareOperation(old, now);
      }
    }
  }

  /**
   * The classes of the inline schemas of an operation that only it has (its params' nested types,
   * an inline response): they come and go with it. {@code matched} are the ids of {@code side} that
   * the other version has too.
   */
  private static List<Member> inlineClasses(Operation op, Side side, Set<String> matched) {
    String pointer = op.source().pointer() + "/";
    List<Member> out = new ArrayList<>();
    for (TypeDef t : side.types.values()) {
      if (!isParamsType(t.id())
          && !matched.contains(t.id())
          && (t.id().startsWith(pointer) || op.paramsTypeId().equals(t.parentId()))) {
        out.addAll(side.java.typeClass(t));
      }
    }
    return out;
  }

  private static String describe(Operation op) {
    return "operation " + op.httpMethod() + " " + op.pathTemplate() + " (" + op.operationId() + ")";
  }

  private void compareOperation(Operation old, Operation now) {
    // identity: route, operationId, where it sits in Java
    List<String> details = new ArrayList<>();
    boolean routeChanged = !route(old).equals(route(now));
    if (routeChanged) {
      details.add(
          old.httpMethod()
              + " "
              + old.pathTemplate()
              + " -> "
              + now.httpMethod()
              + " "
              + now.pathTemplate());
    }
    if (!old.operationId().equals(now.operationId())) {
      details.add("operationId " + old.operationId() + " -> " + now.operationId());
    }
    JavaSurface.Diff identity =
        JavaSurface.diff(a.java.operation(old, true, null), b.java.operation(now, true, null));
    if (!details.isEmpty() || !identity.isEmpty()) {
      add(
          Element.OPERATION,
          routeChanged || identity.isEmpty() ? Action.CHANGED : Action.RENAMED,
          describe(now),
          String.join("; ", details),
          old.source(),
          now.source(),
          identity,
          routeChanged ? Wire.BREAKING : Wire.COMPATIBLE,
          routeChanged ? "old clients call the old route" : null);
    }
    deprecation(Element.OPERATION, describe(now), old.doc(), now.doc(), old.source(), now.source());

    // what it returns
    String oldReturn = returnType(old, a);
    String newReturn = returnType(now, b);
    if (!sameResult(old, now)) {
      List<Member> before = a.java.operation(old, true, oldReturn);
      List<Member> after = b.java.operation(now, true, newReturn);
      add(
          Element.RESPONSE,
          Action.CHANGED,
          "response of " + describe(now),
          "returns "
              + (oldReturn == null ? "void" : oldReturn)
              + " -> "
              + (newReturn == null ? "void" : newReturn),
          old.response() == null ? old.source() : old.response().source(),
          now.response() == null ? now.source() : now.response().source(),
          JavaSurface.diff(before, after),
          Wire.BREAKING,
          "old clients read the response as the old type");
    }

    compareFields(old, now);
  }

  private static boolean anyRequired(Operation op, Side side) {
    return JavaSurface.fields(op, side.types).stream().anyMatch(Field::required);
  }

  /** What the blocking call returns, as the service emitter decides it; null for void. */
  private static String returnType(Operation op, Side side) {
    TypeRef item = pagedItem(op, side);
    if (item != null) {
      return "Page<" + side.java.type(item) + ">";
    }
    TypeRef result = result(op);
    if (result != null) {
      return side.java.type(result);
    }
    Response.Envelope env = op.response() == null ? null : op.response().envelope();
    return env != null && env.resultProperty() != null ? "JsonNode" : null;
  }

  private static TypeRef result(Operation op) {
    Response r = op.response();
    if (r == null) {
      return null;
    }
    if (r.envelope() != null && r.envelope().resultProperty() != null) {
      return r.envelope().resultType();
    }
    return r.bodyType();
  }

  /** The item type when the call returns a page (the same conditions as the service emitter). */
  private static TypeRef pagedItem(Operation op, Side side) {
    Pagination p = op.pagination();
    if (p == null || p.itemType() == null || p.requestParam() == null) {
      return null;
    }
    Response.Envelope env = op.response() == null ? null : op.response().envelope();
    if (env == null && p.itemsProperty() == null) {
      return null;
    }
    boolean hasParam =
        op.parameters().stream()
            .anyMatch(
                q ->
                    q.location() == dev.specpoet.generator.model.Parameter.Location.QUERY
                        && q.name().equals(p.requestParam()));
    return hasParam ? p.itemType() : null;
  }

  private boolean sameResult(Operation old, Operation now) {
    TypeRef oldItem = pagedItem(old, a);
    TypeRef newItem = pagedItem(now, b);
    if (oldItem != null || newItem != null) {
      return oldItem != null && newItem != null && same(oldItem, newItem);
    }
    TypeRef o = result(old);
    TypeRef n = result(now);
    if (o == null || n == null) {
      return Objects.equals(returnType(old, a), returnType(now, b));
    }
    return same(o, n);
  }

  // params fields -----------------------------------------------------------------------------

  private void compareFields(Operation old, Operation now) {
    List<Field> before = JavaSurface.fields(old, a.types);
    List<Field> after = JavaSurface.fields(now, b.types);
    String paramsClass = b.java.className(now.paramsTypeId());
    Map<Field, Field> match = new LinkedHashMap<>();
    Set<Field> taken = new HashSet<>();
    for (Field f : before) {
      after.stream()
          .filter(
              g ->
                  !taken.contains(g)
                      && g.group().equals(f.group())
                      && g.jsonName().equals(f.jsonName()))
          .findFirst()
          .ifPresent(
              g -> {
                match.put(f, g);
                taken.add(g);
              });
    }
    // moved between locations (query -> header), then path parameters renamed in place
    for (Field f : before) {
      if (!match.containsKey(f) && !f.group().equals("path")) {
        after.stream()
            .filter(g -> !taken.contains(g) && g.jsonName().equals(f.jsonName()))
            .findFirst()
            .ifPresent(
                g -> {
                  match.put(f, g);
                  taken.add(g);
                });
      }
    }
    List<String> oldVars = templateVars(old.pathTemplate());
    List<String> newVars = templateVars(now.pathTemplate());
    Set<Field> renamed = new HashSet<>();
    if (route(old).equals(route(now))) {
      for (Field f : before) {
        if (!match.containsKey(f) && f.group().equals("path")) {
          int at = oldVars.indexOf(f.jsonName());
          String newName = at >= 0 && at < newVars.size() ? newVars.get(at) : null;
          after.stream()
              .filter(
                  g ->
                      !taken.contains(g)
                          && g.group().equals("path")
                          && g.jsonName().equals(newName))
              .findFirst()
              .ifPresent(
                  g -> {
                    match.put(f, g);
                    taken.add(g);
                    renamed.add(f);
                  });
        }
      }
    }

    boolean oldRequired = before.stream().anyMatch(Field::required);
    boolean newRequired = after.stream().anyMatch(Field::required);
    // the no-argument overloads exist only while nothing is required
    List<Member> noArgBefore = oldRequired ? List.of() : noArg(old, a);
    List<Member> noArgAfter = newRequired ? List.of() : noArg(now, b);

    for (Field f : before) {
      Field g = match.get(f);
      if (g == null) {
        boolean explains = oldRequired && f.required() && !newRequired;
        List<Member> removed = new ArrayList<>(a.java.field(old, f, paramsClass));
        List<Member> added = explains ? new ArrayList<>(noArgAfter) : new ArrayList<>();
        add(
            Element.PARAMETER,
            Action.REMOVED,
            f.label() + " of " + describe(now),
            null,
            location(old, f),
            null,
            JavaSurface.diff(removed, added),
            Wire.COMPATIBLE,
            "old clients still send it; the API no longer documents it");
      } else {
        compareField(
            old,
            now,
            f,
            g,
            renamed.contains(f),
            new NoArgOverloads(noArgBefore, noArgAfter, oldRequired != newRequired));
      }
    }
    for (Field g : after) {
      if (!taken.contains(g)) {
        boolean explains = newRequired && g.required() && !oldRequired;
        List<Member> removed = explains ? new ArrayList<>(noArgBefore) : new ArrayList<>();
        JavaSurface.Diff java = JavaSurface.diff(removed, b.java.field(now, g, paramsClass));
        if (g.required()) {
          java =
              new JavaSurface.Diff(
                  java.removed(), java.added(), java.impact().or(JavaImpact.RUNTIME));
        }
        add(
            Element.PARAMETER,
            Action.ADDED,
            g.label() + " of " + describe(now),
            g.required() ? "required" : "optional",
            null,
            location(now, g),
            java,
            g.required() ? Wire.BREAKING : Wire.COMPATIBLE,
            g.required()
                ? "build() of "
                    + b.java.className(now.paramsTypeId())
                    + " throws until it is set; old clients do not send it"
                : null);
      }
    }
  }

  /**
   * The {@code method()} overloads before and after; {@code change} when one version has them and
   * the other not (a field's required-ness explains it).
   */
  private record NoArgOverloads(List<Member> before, List<Member> after, boolean change) {}

  private List<Member> noArg(Operation op, Side side) {
    List<Member> all = side.java.operation(op, false, returnType(op, side));
    return all.subList(all.size() - 2, all.size());
  }

  private static List<String> templateVars(String path) {
    List<String> out = new ArrayList<>();
    Matcher m = TEMPLATE_VAR.matcher(path);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static SourceLocation location(Operation op, Field f) {
    if (f.parameter() != null) {
      return f.parameter().source();
    }
    return op.body() == null ? op.source() : op.body().source();
  }

  private void compareField(
      Operation old, Operation now, Field f, Field g, boolean renamed, NoArgOverloads noArg) {
    String paramsClass = b.java.className(now.paramsTypeId());
    List<String> details = new ArrayList<>();
    Wire wire = Wire.COMPATIBLE;
    JavaImpact extra = JavaImpact.COMPATIBLE;
    String note = null;
    if (renamed) {
      details.add("path parameter {" + f.jsonName() + "} -> {" + g.jsonName() + "}");
    }
    if (!f.group().equals(g.group())) {
      details.add("sent in " + f.group() + " -> " + g.group());
      wire = Wire.BREAKING;
    }
    if (!same(f.type(), g.type())) {
      details.add("type " + a.java.type(f.type()) + " -> " + b.java.type(g.type()));
      wire = Wire.BREAKING;
    }
    if (f.required() != g.required()) {
      details.add(f.required() ? "required -> optional" : "optional -> required");
      if (g.required()) {
        wire = Wire.BREAKING;
        extra = JavaImpact.RUNTIME;
        note =
            "build() of "
                + b.java.className(now.paramsTypeId())
                + " throws until it is set; old clients may not send it";
      }
    }
    if (f.nullable() != g.nullable()) {
      details.add(f.nullable() ? "no longer nullable" : "nullable");
      if (f.nullable()) {
        wire = Wire.BREAKING;
        note = "old clients may send null";
      }
    }
    if (f.deprecated() != g.deprecated()) {
      details.add(g.deprecated() ? "deprecated" : "no longer deprecated");
    }
    List<Member> before = new ArrayList<>(a.java.field(old, f, paramsClass));
    List<Member> after = new ArrayList<>(b.java.field(now, g, paramsClass));
    if (noArg.change() && f.required() != g.required()) {
      before.addAll(noArg.before());
      after.addAll(noArg.after());
    }
    JavaSurface.Diff java = JavaSurface.diff(before, after);
    if (details.isEmpty() && java.isEmpty()) {
      return;
    }
    add(
        Element.PARAMETER,
        renamed ? Action.RENAMED : Action.CHANGED,
        g.label() + " of " + describe(now),
        String.join("; ", details),
        location(old, f),
        location(now, g),
        new JavaSurface.Diff(java.removed(), java.added(), java.impact().or(extra)),
        wire,
        note);
  }

  // types -------------------------------------------------------------------------------------

  private void compareTypes() {
    Set<String> targets = new HashSet<>(typeMap.values());
    Map<String, String> reverse = new HashMap<>();
    typeMap.forEach((k, v) -> reverse.put(v, k));
    for (TypeDef now : b.types.values()) {
      if (isParamsType(now.id())) {
        continue;
      }
      String oldId = reverse.get(now.id());
      if (oldId == null) {
        // report the outermost new type only; its nested types come with it
        if (now.parentId() == null || targets.contains(now.parentId())) {
          add(
              Element.TYPE,
              Action.ADDED,
              "type " + b.name(now),
              null,
              null,
              now.source(),
              JavaSurface.diff(List.of(), b.java.typeClass(now)),
              Wire.COMPATIBLE,
              null);
        }
      } else {
        compareType(a.types.get(oldId), now);
      }
    }
    for (TypeDef old : a.types.values()) {
      if (!isParamsType(old.id())
          && !typeMap.containsKey(old.id())
          && (old.parentId() == null || typeMap.containsKey(old.parentId()))) {
        add(
            Element.TYPE,
            Action.REMOVED,
            "type " + a.name(old),
            null,
            old.source(),
            null,
            JavaSurface.diff(a.java.typeClass(old), List.of()),
            Wire.COMPATIBLE,
            null);
      }
    }
  }

  private Set<Direction> directions(TypeDef old, TypeDef now) {
    EnumSet<Direction> d = EnumSet.noneOf(Direction.class);
    d.addAll(a.usage.of(old.id()));
    d.addAll(b.usage.of(now.id()));
    return d;
  }

  private void compareType(TypeDef old, TypeDef now) {
    String subject = "type " + b.name(now);
    boolean schemaRenamed = renamedSchemas.containsKey(old.id());
    JavaSurface.Diff cls = JavaSurface.diff(a.java.typeClass(old), b.java.typeClass(now));
    // a nested class whose own name stays moves with its renamed parent: reported there
    boolean parentRenamed =
        old.parentId() != null && simpleName(a.name(old)).equals(simpleName(b.name(now)));
    if (schemaRenamed || (!cls.isEmpty() && !parentRenamed && old.getClass() == now.getClass())) {
      add(
          Element.TYPE,
          Action.RENAMED,
          "type " + a.name(old) + " -> " + b.name(now),
          schemaRenamed
              ? "schema " + old.id() + " -> " + now.id() + " (same shape)"
              : "Java class name",
          old.source(),
          now.source(),
          cls,
          Wire.COMPATIBLE,
          null);
    }
    if (old.getClass() != now.getClass()) {
      add(
          Element.TYPE,
          Action.CHANGED,
          subject,
          kind(old) + " -> " + kind(now),
          old.source(),
          now.source(),
          new JavaSurface.Diff(
              cls.removed().isEmpty() ? List.of("class " + a.name(old)) : cls.removed(),
              cls.added().isEmpty() ? List.of(kind(now) + " " + b.name(now)) : cls.added(),
              JavaImpact.SOURCE_AND_BINARY),
          Wire.BREAKING,
          null);
      return;
    }
    deprecation(Element.TYPE, subject, old.doc(), now.doc(), old.source(), now.source());
    Set<Direction> dirs = directions(old, now);
    if (old instanceof ObjectType o && now instanceof ObjectType n) {
      compareProperties(o, n, dirs);
    } else if (old instanceof EnumType o && now instanceof EnumType n) {
      compareEnums(o, n, dirs);
    } else if (old instanceof UnionType o && now instanceof UnionType n) {
      compareUnions(o, n, dirs);
    }
  }

  private static String simpleName(String cls) {
    return cls.substring(cls.lastIndexOf('.') + 1);
  }

  private static String kind(TypeDef t) {
    return t instanceof ObjectType ? "object" : t instanceof EnumType ? "enum" : "union";
  }

  private void compareProperties(ObjectType old, ObjectType now, Set<Direction> dirs) {
    boolean request = dirs.contains(Direction.REQUEST);
    boolean response = dirs.contains(Direction.RESPONSE);
    Map<String, Property> after = new LinkedHashMap<>();
    now.properties().forEach(p -> after.put(p.jsonName(), p));
    Set<String> seen = new HashSet<>();
    for (Property p : old.properties()) {
      Property q = after.get(p.jsonName());
      seen.add(p.jsonName());
      String subject = "property '" + p.jsonName() + "' of " + b.name(now);
      if (q == null) {
        add(
            Element.PROPERTY,
            Action.REMOVED,
            subject,
            null,
            p.source(),
            null,
            JavaSurface.diff(a.java.property(old, p, b.name(now)), List.of()),
            p.required() && response ? Wire.BREAKING : Wire.COMPATIBLE,
            p.required() && response
                ? "old clients refuse responses without it (it was required)"
                : null);
        continue;
      }
      List<String> details = new ArrayList<>();
      Wire wire = Wire.COMPATIBLE;
      JavaImpact extra = JavaImpact.COMPATIBLE;
      List<String> notes = new ArrayList<>();
      if (!same(p.type(), q.type())) {
        details.add("type " + a.java.type(p.type()) + " -> " + b.java.type(q.type()));
        wire = Wire.BREAKING;
      }
      if (p.required() != q.required()) {
        details.add(p.required() ? "required -> optional" : "optional -> required");
        if (p.required() && response) {
          wire = Wire.BREAKING;
          notes.add("old clients refuse responses without it");
        }
        if (q.required() && request) {
          wire = Wire.BREAKING;
          extra = JavaImpact.RUNTIME;
          notes.add("build() of " + b.name(now) + " throws until it is set");
        }
      }
      if (p.nullable() != q.nullable()) {
        details.add(p.nullable() ? "no longer nullable" : "nullable");
        if (q.nullable() && q.required() && response) {
          wire = Wire.BREAKING;
          notes.add("old clients refuse a null where they expect a value");
        }
        if (p.nullable() && request) {
          wire = Wire.BREAKING;
          notes.add("old clients may send null");
        }
      }
      if (p.doc().deprecated() != q.doc().deprecated()) {
        details.add(q.doc().deprecated() ? "deprecated" : "no longer deprecated");
      }
      JavaSurface.Diff java =
          JavaSurface.diff(
              a.java.property(old, p, b.name(now)), b.java.property(now, q, b.name(now)));
      if (details.isEmpty() && java.isEmpty()) {
        continue;
      }
      add(
          Element.PROPERTY,
          Action.CHANGED,
          subject,
          String.join("; ", details),
          p.source(),
          q.source(),
          new JavaSurface.Diff(java.removed(), java.added(), java.impact().or(extra)),
          wire,
          notes.isEmpty() ? null : String.join("; ", notes));
    }
    for (Property q : now.properties()) {
      if (seen.contains(q.jsonName())) {
        continue;
      }
      JavaSurface.Diff java = JavaSurface.diff(List.of(), b.java.property(now, q, b.name(now)));
      String note = null;
      if (q.required() && request) {
        java = new JavaSurface.Diff(java.removed(), java.added(), JavaImpact.RUNTIME);
        note = "build() of " + b.name(now) + " throws until it is set; old clients do not send it";
      } else if (q.required()) {
        note = "code that builds " + b.name(now) + " itself (tests, fakes) must now set it";
      }
      add(
          Element.PROPERTY,
          Action.ADDED,
          "property '" + q.jsonName() + "' of " + b.name(now),
          q.required() ? "required" : "optional",
          null,
          q.source(),
          java,
          q.required() && request ? Wire.BREAKING : Wire.COMPATIBLE,
          note);
    }
  }

  private void compareEnums(EnumType old, EnumType now, Set<Direction> dirs) {
    String subject = "enum " + b.name(now);
    if (old.base() != now.base()) {
      add(
          Element.TYPE,
          Action.CHANGED,
          subject,
          "values of kind " + old.base() + " -> " + now.base(),
          old.source(),
          now.source(),
          new JavaSurface.Diff(
              List.of(a.name(old) + ".of(" + base(old) + ")"),
              List.of(b.name(now) + ".of(" + base(now) + ")"),
              JavaImpact.SOURCE_AND_BINARY),
          Wire.BREAKING,
          null);
      return;
    }
    Set<Object> before = new HashSet<>();
    old.values().forEach(v -> before.add(v.value()));
    Set<Object> after = new HashSet<>();
    now.values().forEach(v -> after.add(v.value()));
    for (EnumType.EnumValue v : now.values()) {
      if (!before.contains(v.value())) {
        add(
            Element.ENUM_VALUE,
            Action.ADDED,
            "value " + quote(v.value()) + " of " + subject,
            null,
            null,
            now.source(),
            JavaSurface.diff(List.of(), b.java.enumValue(now, v.value(), b.name(now))),
            Wire.COMPATIBLE,
            "a switch over "
                + b.name(now)
                + ".Known without a default branch no longer covers"
                + " every value (exhaustive switch expressions stop compiling)"
                + (dirs.contains(Direction.RESPONSE)
                    ? "; old clients receive it as an unknown value, kept as is"
                    : ""));
      }
    }
    for (EnumType.EnumValue v : old.values()) {
      if (!after.contains(v.value())) {
        boolean request = dirs.contains(Direction.REQUEST);
        add(
            Element.ENUM_VALUE,
            Action.REMOVED,
            "value " + quote(v.value()) + " of " + subject,
            null,
            old.source(),
            null,
            JavaSurface.diff(a.java.enumValue(old, v.value(), b.name(now)), List.of()),
            request ? Wire.BREAKING : Wire.COMPATIBLE,
            request ? "old clients may still send it" : null);
      }
    }
  }

  private static String base(EnumType e) {
    return switch (e.base()) {
      case INT32 -> "Integer";
      case INT64 -> "Long";
      case BOOLEAN -> "Boolean";
      default -> "String";
    };
  }

  private static String quote(Object value) {
    return value instanceof String ? "'" + value + "'" : String.valueOf(value);
  }

  private void compareUnions(UnionType old, UnionType now, Set<Direction> dirs) {
    String subject = "union " + b.name(now);
    if (!Objects.equals(old.discriminatorProperty(), now.discriminatorProperty())) {
      add(
          Element.TYPE,
          Action.CHANGED,
          subject,
          "discriminator " + old.discriminatorProperty() + " -> " + now.discriminatorProperty(),
          old.source(),
          now.source(),
          JavaSurface.diff(List.of(), List.of()),
          Wire.BREAKING,
          "old clients pick variants by the old discriminator");
    }
    Map<Integer, Integer> match = new LinkedHashMap<>();
    Set<Integer> taken = new HashSet<>();
    for (int i = 0; i < old.variants().size(); i++) {
      for (int j = 0; j < now.variants().size(); j++) {
        if (!taken.contains(j)
            && same(old.variants().get(i).type(), now.variants().get(j).type())) {
          match.put(i, j);
          taken.add(j);
          break;
        }
      }
    }
    for (int i = 0; i < old.variants().size(); i++) {
      if (!match.containsKey(i)) {
        for (int j = 0; j < now.variants().size(); j++) {
          if (!taken.contains(j)
              && old.variants().get(i).nameHint().equals(now.variants().get(j).nameHint())) {
            match.put(i, j);
            taken.add(j);
            break;
          }
        }
      }
    }
    boolean request = dirs.contains(Direction.REQUEST);
    boolean response = dirs.contains(Direction.RESPONSE);
    for (int i = 0; i < old.variants().size(); i++) {
      UnionType.Variant v = old.variants().get(i);
      Integer j = match.get(i);
      if (j == null) {
        add(
            Element.UNION_VARIANT,
            Action.REMOVED,
            "variant " + v.nameHint() + " of " + subject,
            null,
            old.source(),
            null,
            JavaSurface.diff(a.java.variant(old, i, b.name(now)), List.of()),
            request ? Wire.BREAKING : Wire.COMPATIBLE,
            request ? "old clients may still send it" : null);
        continue;
      }
      UnionType.Variant w = now.variants().get(j);
      List<String> details = new ArrayList<>();
      Wire wire = Wire.COMPATIBLE;
      if (!same(v.type(), w.type())) {
        details.add("type " + a.java.type(v.type()) + " -> " + b.java.type(w.type()));
        wire = Wire.BREAKING;
      }
      if (!v.discriminatorValues().equals(w.discriminatorValues())) {
        details.add(
            "discriminator values " + v.discriminatorValues() + " -> " + w.discriminatorValues());
        wire = Wire.BREAKING;
      }
      JavaSurface.Diff java =
          JavaSurface.diff(
              a.java.variant(old, i, b.name(now)), b.java.variant(now, j, b.name(now)));
      if (!details.isEmpty() || !java.isEmpty()) {
        add(
            Element.UNION_VARIANT,
            Action.CHANGED,
            "variant " + w.nameHint() + " of " + subject,
            String.join("; ", details),
            old.source(),
            now.source(),
            java,
            wire,
            null);
      }
    }
    for (int j = 0; j < now.variants().size(); j++) {
      if (!taken.contains(j)) {
        add(
            Element.UNION_VARIANT,
            Action.ADDED,
            "variant " + now.variants().get(j).nameHint() + " of " + subject,
            null,
            null,
            now.source(),
            JavaSurface.diff(List.of(), b.java.variant(now, j, b.name(now))),
            Wire.COMPATIBLE,
            "implementations of "
                + b.name(now)
                + ".Visitor and exhaustive switches over "
                + b.name(now)
                + " must handle it"
                + (response ? "; old clients receive it as " + b.name(now) + ".Unknown" : ""));
      }
    }
  }

  // servers -----------------------------------------------------------------------------------

  private void compareServers() {
    List<String> old = a.snapshot.model().serverUrls();
    List<String> now = b.snapshot.model().serverUrls();
    String before = old.isEmpty() ? null : old.get(0);
    String after = now.isEmpty() ? null : now.get(0);
    if (!Objects.equals(before, after)) {
      add(
          Element.SERVER,
          Action.CHANGED,
          "default base URL",
          before + " -> " + after,
          null,
          null,
          JavaSurface.diff(List.of(), List.of()),
          Wire.COMPATIBLE,
          "clients that do not set a base URL now call " + after);
    }
  }

  // -------------------------------------------------------------------------------------------

  /** A change of deprecation alone: {@code @Deprecated} added or removed, nothing else. */
  private void deprecation(
      Element element,
      String subject,
      Doc old,
      Doc now,
      SourceLocation before,
      SourceLocation after) {
    if (old.deprecated() != now.deprecated()) {
      add(
          element,
          Action.CHANGED,
          subject,
          now.deprecated() ? "deprecated" : "no longer deprecated",
          before,
          after,
          JavaSurface.diff(List.of(), List.of()),
          Wire.COMPATIBLE,
          null);
    }
  }

  private void add(
      Element element,
      Action action,
      String subject,
      String detail,
      SourceLocation before,
      SourceLocation after,
      JavaSurface.Diff java,
      Wire wire,
      String note) {
    changes.add(
        new Change(
            element,
            action,
            subject,
            detail == null || detail.isEmpty() ? null : detail,
            where(before),
            where(after),
            java.removed(),
            java.added(),
            java.impact(),
            wire,
            note));
  }
}
