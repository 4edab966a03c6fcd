package dev.specpoet.generator.names;

import dev.specpoet.generator.model.EnumType;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The member names of models and params classes and the constants of enums. Per owner, the
 * generated members are reserved ({@link ReservedNames}), then the spec's names claim theirs:
 * {@code x-foo} becomes {@code xFoo}, a Java keyword gets a trailing underscore ({@code class_}),
 * and who keeps a name several want is decided by {@link NameScope#claim}.
 */
final class MemberNames {
  private final Map<String, TypeDef> defs;
  private final Map<String, Map<String, String>> members = new HashMap<>();
  private final Map<String, Map<Object, String>> enumConstants = new HashMap<>();
  private final Map<String, ParamsMembers> params = new HashMap<>();

  /** Per owner (model or params class), per member of a list or map type: its builder's adder. */
  private final Map<String, Map<String, String>> adders = new HashMap<>();

  /**
   * The members of one params class: per parameter (by location and name), per body property, and
   * the whole body's.
   */
  record ParamsMembers(
      Map<String, String> parameters, Map<String, String> bodyProperties, String body) {}

  MemberNames(List<TypeDef> types, Map<String, TypeDef> defs, List<Operation> ops) {
    this.defs = defs;
    for (TypeDef t : types) {
      if (t instanceof ObjectType o) {
        List<String> jsonNames = new ArrayList<>();
        o.properties().forEach(p -> jsonNames.add(p.jsonName()));
        Map<String, String> claimed = claim(jsonNames, ReservedNames.MODEL_MEMBERS);
        members.put(o.id(), claimed);
        Map<String, TypeRef> collections = new LinkedHashMap<>();
        for (Property p : o.properties()) {
          collections.put(claimed.get(p.jsonName()), p.type());
        }
        adders.put(o.id(), adders(collections, ReservedNames.MODEL_MEMBERS));
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
    for (Operation op : ops) {
      ParamsMembers m = params(op);
      params.put(op.paramsTypeId(), m);
      Map<String, TypeRef> collections = new LinkedHashMap<>();
      for (Parameter p : op.parameters()) {
        collections.put(m.parameters().get(parameterKey(p)), p.type());
      }
      ObjectType body = objectBody(op);
      if (body != null) {
        for (Property prop : body.properties()) {
          if (m.bodyProperties().containsKey(prop.jsonName())) {
            collections.put(m.bodyProperties().get(prop.jsonName()), prop.type());
          }
        }
      }
      adders.put(op.paramsTypeId(), adders(collections, ReservedNames.PARAMS_MEMBERS));
    }
  }

  /**
   * The adders of one owner's list and map members, in member order: {@code addTag} for {@code
   * tags}, {@code putLabel} for a map {@code labels}; when that is another member's name or taken,
   * {@code addTags}, then {@code addTagsItem} ({@code putLabelsEntry}); none when all are taken.
   */
  private static Map<String, String> adders(Map<String, TypeRef> members, Set<String> reserved) {
    Set<String> taken = new HashSet<>(reserved);
    taken.addAll(members.keySet());
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, TypeRef> e : members.entrySet()) {
      boolean map = e.getValue() instanceof TypeRef.MapOf;
      if (!map && !(e.getValue() instanceof TypeRef.ArrayOf)) {
        continue;
      }
      String member =
          e.getKey().endsWith("_") ? e.getKey().substring(0, e.getKey().length() - 1) : e.getKey();
      String verb = map ? "put" : "add";
      for (String candidate :
          List.of(
              verb + Words.pascal(Words.singularLast(member)),
              verb + Words.pascal(member),
              verb + Words.pascal(member) + (map ? "Entry" : "Item"))) {
        if (taken.add(candidate)) {
          out.put(e.getKey(), candidate);
          break;
        }
      }
    }
    return out;
  }

  /** The builder's adder of a list or map member of a model or params class, or null. */
  String adder(String ownerTypeId, String member) {
    Map<String, String> m = adders.get(ownerTypeId);
    return m == null ? null : m.get(member);
  }

  /** A legal member name for a spec name, not yet made unique. */
  static String memberBase(String specName, Set<String> reserved) {
    String base = Words.camel(specName);
    if (ReservedNames.isReserved(base) || reserved.contains(base)) {
      base = base + "_";
    }
    return base;
  }

  /** Member names for these spec names (one owner), in claim order; {@code reserved} its own. */
  private static Map<String, String> claim(List<String> specNames, Set<String> reserved) {
    Map<String, String> byName =
        NameScope.ofMembers(Set.of())
            .claim(
                new ArrayList<>(new LinkedHashSet<>(specNames)),
                n -> n,
                n -> memberBase(n, reserved),
                n -> NameScope.mangling(n, memberBase(n, reserved), Words.camel(n)));
    Map<String, String> m = new LinkedHashMap<>();
    for (String n : specNames) {
      m.put(n, byName.get(n));
    }
    return m;
  }

  /** The object body whose properties a params class flattens, or null. */
  ObjectType objectBody(Operation op) {
    if (op.body() != null
        && op.body().type() instanceof TypeRef.Named n
        && defs.get(n.typeId()) instanceof ObjectType o) {
      return o;
    }
    return null;
  }

  /**
   * A params class's members: the spec names claim theirs together (parameters, then the body's
   * properties or {@code body}); then, in that order, a parameter that shares its name with another
   * takes {@code Param}, a body property {@code Body}, and the whole body (its field, or for an
   * object body the builder's setter of all of it) {@code Value} ({@code idBody}).
   */
  private ParamsMembers params(Operation op) {
    List<String> jsonNames = new ArrayList<>();
    for (Parameter p : op.parameters()) {
      jsonNames.add(p.name());
    }
    ObjectType body = objectBody(op);
    if (body != null) {
      body.properties().forEach(p -> jsonNames.add(p.jsonName()));
    } else if (op.body() != null) {
      jsonNames.add("body");
    }
    Map<String, String> claimed = claim(jsonNames, ReservedNames.PARAMS_MEMBERS);
    NameScope used = NameScope.ofMembers(ReservedNames.PARAMS_MEMBERS);
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Parameter p : op.parameters()) {
      parameters.put(parameterKey(p), used.allocate(claimed.get(p.name()), "Param"));
    }
    Map<String, String> properties = new LinkedHashMap<>();
    String whole = null;
    if (body != null) {
      for (Property prop : body.properties()) {
        if (!prop.readOnly()) { // never sent by a client
          properties.put(prop.jsonName(), used.allocate(claimed.get(prop.jsonName()), "Body"));
        }
      }
    }
    if (op.body() != null) {
      whole = used.allocate("body", "Value"); // the whole body's field, or its setter
    }
    return new ParamsMembers(parameters, properties, whole);
  }

  private static String parameterKey(Parameter p) {
    return p.location() + ":" + p.name();
  }

  String member(String ownerTypeId, String jsonName) {
    Map<String, String> m = members.get(ownerTypeId);
    String name = m == null ? null : m.get(jsonName);
    return name != null ? name : memberBase(jsonName, ReservedNames.MODEL_MEMBERS);
  }

  ParamsMembers params(String paramsTypeId) {
    ParamsMembers m = params.get(paramsTypeId);
    if (m == null) {
      throw new IllegalArgumentException("no params class named for " + paramsTypeId);
    }
    return m;
  }

  String parameter(Operation op, Parameter p) {
    String name = params(op.paramsTypeId()).parameters().get(parameterKey(p));
    if (name == null) {
      throw new IllegalArgumentException(
          "no member named for parameter " + p.name() + " of " + op.operationId());
    }
    return name;
  }

  String enumConstant(String enumTypeId, Object value) {
    Map<Object, String> m = enumConstants.get(enumTypeId);
    String name = m == null ? null : m.get(value);
    return name != null ? name : constantBase(value);
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
}
