package dev.specpoet.generator.changes;

import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.UnionType;
import dev.specpoet.generator.model.Webhook;
import dev.specpoet.generator.names.JavaNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The public Java members the generator emits for one element of a model, as signatures a user
 * writes: what the change report compares to tell source- and binary-breaking changes from
 * additions. It follows what the emitters produce:
 *
 * <ul>
 *   <li>an object property: a getter returning the value when required and not nullable, else an
 *       {@code Optional}; a {@code JsonField} view {@code _name()} when nullable; builder setters
 *       to match (one taking an {@code Optional} too when not required);
 *   <li>a params field (parameter or body property): a getter ({@code Optional} unless required and
 *       not nullable) and a builder setter (and one taking an {@code Optional} when optional);
 *   <li>an operation: {@code method(Params)} and {@code method(Params, RequestOptions)} on its
 *       service, plus {@code method()} and {@code method(RequestOptions)} when nothing is required
 *       (the async service and the raw-response view mirror these);
 *   <li>an enum value: a constant of the enum class and of its {@code Known} enum;
 *   <li>a union variant: its class, {@code ofX(..)}/{@code of(..)} factories and an abstract {@code
 *       Visitor.visitX(..)} method;
 *   <li>a webhook or callback: its {@code parseX(String)} and {@code parseX(byte[])} helpers.
 * </ul>
 */
final class JavaSurface {
  /** A member: {@code key} identifies it across versions, {@code display} is its signature. */
  record Member(String key, String display, boolean abstractInInterface) {}

  /** What changed between two lists of members, and what that does to compiled users. */
  record Diff(List<String> removed, List<String> added, Change.JavaImpact impact) {
    boolean isEmpty() {
      return removed.isEmpty() && added.isEmpty();
    }
  }

  private static final Pattern PACKAGE_PREFIX =
      Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Z])");
  private static final String REQUEST_OPTIONS = "RequestOptions";

  private final JavaNames names;

  JavaSurface(JavaNames names) {
    this.names = names;
  }

  /** A Java type as a user writes it with imports: {@code Optional<List<Log>>}. */
  static String simple(TypeName t) {
    return PACKAGE_PREFIX.matcher(t.toString()).replaceAll("");
  }

  String type(TypeRef ref) {
    return simple(names.javaType(ref));
  }

  String className(String typeId) {
    return simple(names.typeName(typeId));
  }

  /** The class of a type of the model (its members are listed per property, value or variant). */
  List<Member> typeClass(TypeDef t) {
    String kind = t instanceof UnionType ? "interface " : "class ";
    String cls = className(t.id());
    return List.of(new Member("type " + cls, kind + cls, false));
  }

  /**
   * @param cls the class name to show the members in (the new one, when comparing a renamed type,
   *     so that only the members' own changes show)
   */
  List<Member> property(ObjectType owner, Property p, String cls) {
    String member = names.memberName(owner.id(), p.jsonName());
    String type = type(p.type());
    List<Member> out = new ArrayList<>();
    String getterType = p.required() && !p.nullable() ? type : "Optional<" + type + ">";
    out.add(getter(cls, member, getterType));
    if (!p.preset()) { // a preset constant's setter is private
      out.add(setter(cls, member, type));
    }
    if (!p.required()) {
      out.add(setter(cls, member, "Optional<" + type + ">"));
    }
    if (p.nullable()) {
      out.add(getter(cls, "_" + member, "JsonField<" + type + ">"));
      out.add(setter(cls, "_" + member, "JsonField<" + type + ">"));
    }
    return out;
  }

  /**
   * One field of an operation's params class: a parameter, a property of a flattened object body,
   * or the whole body.
   *
   * @param group {@code path}, {@code query}, {@code header}, {@code cookie}, {@code body} (a
   *     property of the body) or {@code whole body}
   * @param preset a body property the builders preset ({@link Property#preset}): no setter
   */
  record Field(
      String group,
      String jsonName,
      TypeRef type,
      boolean required,
      boolean nullable,
      boolean deprecated,
      boolean preset,
      Parameter parameter) {
    String label() {
      return group.equals("whole body")
          ? "request body"
          : group.equals("body")
              ? "body property '" + jsonName + "'"
              : group + " parameter '" + jsonName + "'";
    }
  }

  /** The fields of the params class of {@code op}, as the params emitter lays them out. */
  static List<Field> fields(Operation op, Map<String, TypeDef> types) {
    List<Field> out = new ArrayList<>();
    for (Parameter p : op.parameters()) {
      out.add(
          new Field(
              p.location().name().toLowerCase(java.util.Locale.ROOT),
              p.name(),
              p.type(),
              p.required() || p.location() == Parameter.Location.PATH,
              false,
              p.doc().deprecated(),
              false,
              p));
    }
    if (op.body() != null) {
      TypeDef def = op.body().type() instanceof TypeRef.Named n ? types.get(n.typeId()) : null;
      if (def instanceof ObjectType obj) {
        for (Property prop : obj.properties()) {
          if (!prop.readOnly()) { // never sent by a client
            out.add(
                new Field(
                    "body",
                    prop.jsonName(),
                    prop.type(),
                    prop.required() && op.body().required(),
                    prop.nullable(),
                    prop.doc().deprecated(),
                    prop.preset(),
                    null));
          }
        }
      } else {
        out.add(
            new Field(
                "whole body",
                "body",
                op.body().type(),
                op.body().required(),
                false,
                op.body().doc().deprecated(),
                false,
                null));
      }
    }
    return out;
  }

  /**
   * @param cls the params class name to show the members in (see {@link #property})
   */
  List<Member> field(Operation op, Field f, String cls) {
    String member =
        f.group().equals("whole body") ? "body" : names.memberName(op.paramsTypeId(), f.jsonName());
    String type = type(f.type());
    List<Member> out = new ArrayList<>();
    out.add(getter(cls, member, f.required() && !f.nullable() ? type : "Optional<" + type + ">"));
    if (f.preset()) { // the params builder has no setter for a preset constant
      return out;
    }
    out.add(setter(cls, member, type));
    if (!f.required()) {
      out.add(setter(cls, member, "Optional<" + type + ">"));
    }
    return out;
  }

  /**
   * The methods that call {@code op}: {@code client.bookings().get(BookingGetParams): Booking}, and
   * its params class.
   *
   * @param returns the Java type the call returns, as {@link #returnType} gives it
   */
  List<Member> operation(Operation op, boolean anyRequired, String returns) {
    String service = simple(names.serviceClass(op.groupPath(), false));
    String chain = callChain(op);
    String params = className(op.paramsTypeId());
    List<Member> out = new ArrayList<>();
    out.add(new Member("type " + params, "class " + params, false));
    out.add(call(service, chain, params, returns));
    out.add(call(service, chain, params + ", " + REQUEST_OPTIONS, returns));
    if (!anyRequired) {
      out.add(call(service, chain, "", returns));
      out.add(call(service, chain, REQUEST_OPTIONS, returns));
    }
    return out;
  }

  /** {@code client.aiGateway().logs().list}. */
  String callChain(Operation op) {
    StringBuilder chain = new StringBuilder("client");
    List<String> path = op.groupPath();
    for (int i = 1; i <= path.size(); i++) {
      chain.append('.').append(names.resourceAccessor(path.subList(0, i))).append("()");
    }
    return chain.append('.').append(names.methodName(op)).toString();
  }

  List<Member> enumValue(EnumType e, Object value, String cls) {
    String constant = names.enumConstantName(e.id(), value);
    return List.of(
        new Member(cls + "#" + constant, cls + "." + constant, false),
        new Member(cls + ".Known#" + constant, cls + ".Known." + constant, false));
  }

  List<Member> variant(UnionType u, int index, String cls) {
    String qualified = simple(names.variantName(u.id(), index));
    String simpleVariant = qualified.substring(qualified.lastIndexOf('.') + 1);
    String variant = cls + "." + simpleVariant;
    String type = type(u.variants().get(index).type());
    return List.of(
        new Member("type " + variant, "record " + variant, false),
        new Member(
            cls + "#of" + simpleVariant + "(" + type + ")",
            cls + ".of" + simpleVariant + "(" + type + ")",
            false),
        new Member(cls + "#of(" + type + ")", cls + ".of(" + type + ")", false),
        new Member(
            cls + ".Visitor#visit" + simpleVariant + "(" + type + ")",
            cls + ".Visitor.visit" + simpleVariant + "(" + type + ")",
            true));
  }

  /** A webhook's parse helpers: {@code Webhooks.parseNewPet(String): Pet} and the byte[] one. */
  List<Member> webhook(Webhook w) {
    String cls = simple(names.webhooksClass());
    String method = names.webhookMethod(w);
    String returns = type(w.payload());
    List<Member> out = new ArrayList<>();
    for (String arg : List.of("String", "byte[]")) {
      out.add(
          new Member(
              cls + "#" + method + "(" + arg + ")",
              cls + "." + method + "(" + arg + "): " + returns,
              false));
    }
    return out;
  }

  /** Compares the members of one element before and after. */
  static Diff diff(List<Member> before, List<Member> after) {
    Map<String, Member> old = index(before);
    Map<String, Member> now = index(after);
    Set<String> removed = new LinkedHashSet<>();
    Set<String> added = new LinkedHashSet<>();
    Change.JavaImpact impact = Change.JavaImpact.COMPATIBLE;
    for (Member m : old.values()) {
      Member n = now.get(m.key());
      if (n == null || !n.display().equals(m.display())) {
        removed.add(m.display());
        impact = Change.JavaImpact.SOURCE_AND_BINARY;
        if (n != null) {
          added.add(n.display());
        }
      }
    }
    for (Member n : now.values()) {
      if (!old.containsKey(n.key())) {
        added.add(n.display());
        if (n.abstractInInterface()) {
          impact = impact.or(Change.JavaImpact.SOURCE_ONLY);
        }
      }
    }
    return new Diff(List.copyOf(removed), List.copyOf(added), impact);
  }

  private static Map<String, Member> index(List<Member> members) {
    Map<String, Member> out = new LinkedHashMap<>();
    members.forEach(m -> out.putIfAbsent(m.key(), m));
    return out;
  }

  private static Member getter(String cls, String member, String returns) {
    return new Member(cls + "#" + member + "()", cls + "." + member + "(): " + returns, false);
  }

  private static Member setter(String cls, String member, String type) {
    return new Member(
        cls + ".Builder#" + member + "(" + type + ")",
        cls + ".Builder." + member + "(" + type + ")",
        false);
  }

  private static Member call(String service, String chain, String args, String returns) {
    return new Member(
        service + "#" + chain + "(" + args + ")",
        chain + "(" + args + ")" + (returns == null ? "" : ": " + returns),
        false);
  }
}
