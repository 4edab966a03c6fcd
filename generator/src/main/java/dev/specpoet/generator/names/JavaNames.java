package dev.specpoet.generator.names;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.Webhook;
import java.util.List;

/**
 * Every Java name the emitters use, decided once by the names stage before anything is emitted
 * (reserved words, collisions, java.lang clashes, stable nested names). Emitters never invent
 * names: they ask here, or use the generated names of {@link ReservedNames}.
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
   * The Java member name (field, getter, builder setter) of a property of an object type, or of a
   * params class built from an inline body.
   */
  String memberName(String ownerTypeId, String jsonName);

  /**
   * The accessor of a model property's {@code JsonField} (null, absent or a value): {@code _name}.
   */
  default String jsonFieldAccessor(String ownerTypeId, String jsonName) {
    return "_" + memberName(ownerTypeId, jsonName);
  }

  /**
   * The builder's method adding one element to a list member ({@code addTag} for {@code tags}) or
   * putting one entry into a map member ({@code putLabel}) of a model or params class, or null when
   * the member has none.
   *
   * @param ownerTypeId the model's type id, or a params class's ({@link Operation#paramsTypeId()})
   * @param member the member's Java name
   */
  String builderAdder(String ownerTypeId, String member);

  /** The member (field, getter, builder setter) of a parameter in its operation's params class. */
  String parameterMember(Operation op, Parameter parameter);

  /**
   * The params class's member for a property of the operation's object body (its builder setter and
   * getter).
   */
  String bodyPropertyMember(Operation op, String jsonName);

  /**
   * The params class's member for the whole body ({@code body}): its field when it is not an
   * object, else the builder's setter of the whole object.
   */
  String bodyMember(Operation op);

  /** The Java constant name of an enum value inside its enum type. */
  String enumConstantName(String enumTypeId, Object value);

  /** The Java class name of a union variant inside its union type. */
  ClassName variantName(String unionTypeId, int variantIndex);

  /** The union's factory of a variant: {@code ofStart}. */
  default String variantFactory(String unionTypeId, int variantIndex) {
    return "of" + variantName(unionTypeId, variantIndex).simpleName();
  }

  /** The union visitor's method for a variant: {@code visitStart}. */
  default String variantVisit(String unionTypeId, int variantIndex) {
    return "visit" + variantName(unionTypeId, variantIndex).simpleName();
  }

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
  default String methodName(Operation operation) {
    return operationMembers(operation).method();
  }

  /**
   * What an operation's service declares for it.
   *
   * @param method the method ({@code list})
   * @param handler the constant holding its response handler ({@code LIST_HANDLER})
   * @param request the static method turning params into a request ({@code _listRequest})
   * @param page the method wrapping a response in a page ({@code _listPage})
   */
  record OperationMembers(String method, String handler, String request, String page) {}

  OperationMembers operationMembers(Operation operation);

  /** The client builder's method setting the credential of a security scheme ({@code apiToken}). */
  String credentialMethod(String schemeName);

  /**
   * The class of the webhook parse helpers, beside the clients, e.g. {@code
   * <pkg>.AiGatewayWebhooks}.
   */
  ClassName webhooksClass();

  /**
   * The parse helper of a webhook or callback: {@code parse} and its name ({@code parseNewPet},
   * {@code parseSubscribeOnEvent}), the HTTP method added when its path item has several ({@code
   * parseNewPetPut}); unique in the class.
   */
  String webhookMethod(Webhook webhook);
}
