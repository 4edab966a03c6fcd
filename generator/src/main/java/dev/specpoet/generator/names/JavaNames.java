package dev.specpoet.generator.names;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.TypeRef;
import java.util.List;

/**
 * Every Java name the emitters use, decided once by the names stage before anything is emitted
 * (reserved words, collisions, java.lang clashes, stable nested names). Emitters never invent
 * names.
 */
public interface JavaNames {

  /** The package the user asked for, e.g. {@code dev.specpoet.aigateway}. */
  String basePackage();

  /**
   * The class of a {@link dev.specpoet.generator.model.TypeDef} or of an operation's params class
   * ({@link Operation#paramsTypeId()}).
   */
  ClassName typeName(String typeId);

  /**
   * The Java type of a use of a type (boxed; {@code List<...>}, {@code Map<String, ...>}, {@code
   * JsonNode} for free-form).
   */
  TypeName javaType(TypeRef ref);

  /**
   * The Java member name (field, getter, builder setter) of a property or parameter inside its
   * owner: an object type id, or an operation's params type id.
   */
  String memberName(String ownerTypeId, String jsonName);

  /** The Java constant name of an enum value inside its enum type. */
  String enumConstantName(String enumTypeId, Object value);

  /** The Java class name of a union variant inside its union type. */
  ClassName variantName(String unionTypeId, int variantIndex);

  /** The blocking client, e.g. {@code <pkg>.AiGatewayClient}. */
  ClassName clientClass();

  /** The async client, e.g. {@code <pkg>.AiGatewayClientAsync}. */
  ClassName asyncClientClass();

  /**
   * The service class of a resource (e.g. {@code <pkg>.services.AiGatewayLogsService}, or its async
   * twin).
   */
  ClassName serviceClass(List<String> resourcePath, boolean async);

  /**
   * The accessor a parent service (or the client) exposes for a child resource, e.g. {@code logs}.
   */
  String resourceAccessor(List<String> resourcePath);

  /**
   * The Java method name of an operation inside its service, e.g. {@code list}, {@code
   * listDeployments}.
   */
  String methodName(Operation operation);
}
