package dev.specpoet.generator.modelbuild;

import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the pagination rules look at for one operation: its query parameters, its success response
 * (and envelope), the array of items the envelope's result holds, the {@code result_info}
 * properties, and a declared {@code x-specpoet-pagination}.
 *
 * @param query the query parameters by name
 * @param items the element type of the envelope's result array, or null
 * @param itemsProperty the envelope's result property when it holds the items, or null
 * @param infoPrefix {@code result_info.} when the envelope has one, else null
 * @param infoFields the property names of {@code result_info}; null when unknown (free-form)
 * @param declared the operation's {@code x-specpoet-pagination} object, or null
 * @param at the operation, for diagnostics
 */
record PagingFacts(
    Map<String, Parameter> query,
    Response response,
    TypeRef items,
    String itemsProperty,
    String infoPrefix,
    Set<String> infoFields,
    Map<?, ?> declared,
    SourceLocation at) {

  static PagingFacts of(
      List<Parameter> params,
      Response response,
      Object declared,
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
    return new PagingFacts(
        query,
        response,
        items,
        itemsProperty,
        infoPrefix,
        infoFields,
        declared instanceof Map<?, ?> map ? map : null,
        at);
  }

  boolean hasQuery(String name) {
    return query.containsKey(name);
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
}
