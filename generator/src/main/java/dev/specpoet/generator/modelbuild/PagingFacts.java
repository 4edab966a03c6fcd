package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the pagination rules look at for one operation: its query parameters, its success response
 * and envelope, where the items are (the envelope's result array, else the body when it is an
 * array, else the body's array property), the envelope's {@code result_info} properties, the
 * response headers it declares and a declared {@code x-specpoet-pagination}. Names are compared
 * {@linkplain #norm normalised}, so {@code per_page}, {@code perPage} and {@code PerPage} are one
 * name.
 *
 * @param query the query parameters by name
 * @param items the element type of the envelope's result array, or null
 * @param itemsProperty the envelope's result property when it holds the items, or null
 * @param infoPrefix {@code result_info.} when the envelope has one, else null
 * @param infoFields the property names of {@code result_info}; null when unknown (free-form)
 * @param listItems without an envelope: the element type of the body's array of items, or null
 * @param itemsPointer without an envelope: the JSON pointer of that array ({@code ""}: the body)
 * @param responseHeaders the success response's declared headers, lower case
 * @param declared the operation's {@code x-specpoet-pagination} object, or null
 * @param get whether the operation is a GET
 * @param at the operation, for diagnostics
 */
record PagingFacts(
    Map<String, Parameter> query,
    Response response,
    TypeRef items,
    String itemsProperty,
    String infoPrefix,
    Set<String> infoFields,
    TypeRef listItems,
    String itemsPointer,
    Set<String> responseHeaders,
    Map<?, ?> declared,
    boolean get,
    SourceLocation at,
    TypeResolver resolver) {

  /** The usual names of a body's array of items, normalised, most usual first. */
  private static final List<String> ITEM_ARRAYS =
      List.of(
          "data",
          "items",
          "results",
          "result",
          "records",
          "entries",
          "elements",
          "value",
          "values",
          "list",
          "content",
          "objects",
          "nodes",
          "rows");

  static PagingFacts of(
      List<Parameter> params,
      Response response,
      Set<String> responseHeaders,
      Object declared,
      boolean get,
      SourceLocation at,
      TypeResolver resolver) {
    Map<String, Parameter> query = new LinkedHashMap<>();
    for (Parameter p : params) {
      if (p.location() == Parameter.Location.QUERY) {
        query.put(p.name(), p);
      }
    }
    Response.Envelope env = response.envelope();
    TypeRef items = null;
    String itemsProperty = null;
    if (env != null && env.resultType() instanceof TypeRef.ArrayOf a) {
      items = a.items();
      itemsProperty = env.resultProperty();
    }
    String infoPrefix =
        env != null && env.resultInfoProperty() != null ? env.resultInfoProperty() + "." : null;
    Set<String> infoFields =
        env == null || env.resultInfoType() == null
            ? null
            : resolver.propertyNames(env.resultInfoType());
    TypeRef listItems = null;
    String itemsPointer = null;
    if (env == null && response.bodyType() != null) {
      if (response.bodyType() instanceof TypeRef.ArrayOf a) {
        listItems = a.items();
        itemsPointer = "";
      } else if (object(resolver, response.bodyType()) != null) {
        Property p = itemsArray(object(resolver, response.bodyType()));
        if (p != null) {
          listItems = ((TypeRef.ArrayOf) p.type()).items();
          itemsPointer = pointer(List.of(p.jsonName()));
        }
      }
    }
    return new PagingFacts(
        query,
        response,
        items,
        itemsProperty,
        infoPrefix,
        infoFields,
        listItems,
        itemsPointer,
        responseHeaders,
        declared instanceof Map<?, ?> map ? map : null,
        get,
        at,
        resolver);
  }

  /** The body's array of items: one of the usual names, else its only array property. */
  private static Property itemsArray(ObjectType o) {
    List<Property> arrays =
        o.properties().stream().filter(p -> p.type() instanceof TypeRef.ArrayOf).toList();
    for (String name : ITEM_ARRAYS) {
      for (Property p : arrays) {
        if (norm(p.jsonName()).equals(name)) {
          return p;
        }
      }
    }
    return arrays.size() == 1 ? arrays.get(0) : null;
  }

  /** Lower case, letters and digits only: {@code per_page}, {@code perPage}, {@code Per-Page}. */
  static String norm(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  static ObjectType object(TypeResolver resolver, TypeRef ref) {
    if (ref instanceof TypeRef.Named n) {
      TypeDef t = resolver.type(n.typeId());
      return t instanceof ObjectType o ? o : null;
    }
    return null;
  }

  /** A JSON pointer of property names. */
  static String pointer(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      sb.append('/').append(n.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  boolean hasQuery(String name) {
    return query.containsKey(name);
  }

  /** The first query parameter whose normalised name is one of {@code names}, or null. */
  Parameter queryNamed(List<String> names) {
    for (String n : names) {
      for (Parameter p : query.values()) {
        if (norm(p.name()).equals(n)) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * The dotted path of a {@code result_info} property when the envelope has one that may hold it
   * (listed, or free-form), else null.
   */
  String infoPath(String name) {
    if (infoPrefix == null) {
      return null;
    }
    return infoFields == null || infoFields.contains(name) ? infoPrefix + name : null;
  }

  /** {@link #infoPath} as a JSON pointer. */
  String infoPointer(String name) {
    String path = infoPath(name);
    return path == null ? null : pointer(List.of(path.split("\\.")));
  }

  /** What a body property at the end of a path must be. */
  enum Leaf {
    /** A string, a URI included. */
    TEXT,
    /** A string without a format saying it is a URI. */
    PLAIN_TEXT,
    NUMBER,
    FLAG
  }

  /**
   * The JSON pointer of the first of {@code paths} that the response body declares, with a value of
   * the kind {@code leaf}; each path is normalised names separated by {@code /} ({@code
   * responsemetadata/nextcursor}). Null when the body is not an object or has none of them.
   */
  String bodyPointer(Leaf leaf, List<String> paths) {
    ObjectType root = object(resolver, response.bodyType());
    if (root == null) {
      return null;
    }
    for (String path : paths) {
      List<String> names = new ArrayList<>();
      ObjectType at = root;
      TypeRef found = null;
      for (String segment : path.split("/")) {
        Property p = at == null ? null : property(at, segment);
        if (p == null) {
          found = null;
          break;
        }
        names.add(p.jsonName());
        found = p.type();
        at = object(resolver, p.type());
      }
      if (found != null && is(found, leaf)) {
        return pointer(names);
      }
    }
    return null;
  }

  private static Property property(ObjectType o, String normName) {
    for (Property p : o.properties()) {
      if (norm(p.jsonName()).equals(normName)) {
        return p;
      }
    }
    return null;
  }

  private static boolean is(TypeRef ref, Leaf leaf) {
    if (!(ref instanceof TypeRef.Primitive prim)) {
      return false;
    }
    return switch (leaf) {
      case TEXT -> prim.kind() == PrimitiveKind.STRING || prim.kind() == PrimitiveKind.URI;
      case PLAIN_TEXT -> prim.kind() == PrimitiveKind.STRING;
      case NUMBER ->
          prim.kind() == PrimitiveKind.INT32
              || prim.kind() == PrimitiveKind.INT64
              || prim.kind() == PrimitiveKind.NUMBER;
      case FLAG -> prim.kind() == PrimitiveKind.BOOLEAN;
    };
  }

  /** Whether the items are objects with a property of this (normalised) name. */
  boolean itemsHave(TypeRef items, String normName) {
    ObjectType o = object(resolver, items);
    return o != null && property(o, normName) != null;
  }

  /** The JSON name of the items' property of this (normalised) name, or null. */
  String itemProperty(TypeRef items, String normName) {
    ObjectType o = object(resolver, items);
    Property p = o == null ? null : property(o, normName);
    return p == null ? null : p.jsonName();
  }
}
