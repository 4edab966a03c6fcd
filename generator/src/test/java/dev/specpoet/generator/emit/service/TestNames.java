package dev.specpoet.generator.emit.service;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, predictable {@link dev.specpoet.generator.names.JavaNames} for the hand-built test
 * models, so these tests do not depend on the names stage: types by an explicit table, members and
 * accessors in lower camel case, services named after their path.
 */
final class TestNames implements dev.specpoet.generator.names.JavaNames {
  private final String pkg;
  private final String client;
  private final Map<String, ClassName> types = new HashMap<>();

  TestNames(String pkg, String client) {
    this.pkg = pkg;
    this.client = client;
  }

  TestNames type(String id, String simpleName) {
    types.put(id, ClassName.get(pkg + ".models", simpleName));
    return this;
  }

  @Override
  public String basePackage() {
    return pkg;
  }

  @Override
  public ClassName typeName(String typeId) {
    ClassName name = types.get(typeId);
    if (name == null) {
      throw new IllegalArgumentException("no name for " + typeId);
    }
    return name;
  }

  @Override
  public TypeName javaType(TypeRef ref) {
    if (ref instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case STRING -> ClassName.get(String.class);
        case INT32 -> ClassName.get(Integer.class);
        case INT64 -> ClassName.get(Long.class);
        case NUMBER -> ClassName.get(Double.class);
        case BOOLEAN -> ClassName.get(Boolean.class);
        case DATE -> ClassName.get(java.time.LocalDate.class);
        case DATE_TIME -> ClassName.get(java.time.OffsetDateTime.class);
        case UUID -> ClassName.get(java.util.UUID.class);
        case URI -> ClassName.get(java.net.URI.class);
        default -> ClassName.get(String.class);
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
    return Credentials.lowerCamel(jsonName);
  }

  @Override
  public String enumConstantName(String enumTypeId, Object value) {
    return Credentials.upperSnake(String.valueOf(value));
  }

  @Override
  public ClassName variantName(String unionTypeId, int variantIndex) {
    return typeName(unionTypeId).nestedClass("Variant" + variantIndex);
  }

  @Override
  public ClassName clientClass() {
    return ClassName.get(pkg, client + "Client");
  }

  @Override
  public ClassName asyncClientClass() {
    return ClassName.get(pkg, client + "ClientAsync");
  }

  @Override
  public ClassName serviceClass(List<String> resourcePath, boolean async) {
    StringBuilder name = new StringBuilder();
    for (String segment : resourcePath) {
      String camel = Credentials.lowerCamel(segment);
      name.append(Character.toUpperCase(camel.charAt(0))).append(camel.substring(1));
    }
    if (resourcePath.isEmpty()) {
      name.append(client);
    }
    return ClassName.get(pkg + ".services", name + "Service" + (async ? "Async" : ""));
  }

  @Override
  public String resourceAccessor(List<String> resourcePath) {
    return Credentials.lowerCamel(resourcePath.get(resourcePath.size() - 1));
  }

  @Override
  public String methodName(Operation operation) {
    return Credentials.lowerCamel(operation.methodName());
  }
}
