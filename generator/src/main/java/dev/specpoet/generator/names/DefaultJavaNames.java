package dev.specpoet.generator.names;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.TypeDef;
import dev.specpoet.generator.model.TypeRef;
import dev.specpoet.generator.model.Webhook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names stage: every Java name, decided in one pass in a fixed order before anything is
 * emitted.
 *
 * <ol>
 *   <li>Classes ({@link TypeNames}): top-level classes of {@code PKG.models} (component schemas in
 *       claim order, then operation params classes {@code LogListParams}, then the other top-level
 *       types, such as inline responses named after their operation: {@code LogListResponse}),
 *       unique ignoring case; names of {@code java.lang}/{@code java.util}/{@code java.time} and
 *       Jackson types get a {@code Model} suffix ({@code Object} becomes {@code ObjectModel}); then
 *       nested classes per enclosing class, the generated ones reserved first.
 *   <li>Members ({@link MemberNames}): per owner, the generated members first ({@link
 *       ReservedNames}), then properties (and a params class's parameters) in claim order; Java
 *       keywords get a trailing underscore ({@code class_}); names that are not identifiers are
 *       rewritten ({@code x-foo} -> {@code xFoo}, {@code 2fa} -> {@code _2fa}, {@code $type} ->
 *       {@code type}).
 *   <li>Services, accessors, methods and credential methods ({@link ServiceNames}); a method that
 *       is its operationId drops its service's noun first, unless the short name clashes ({@link
 *       MethodNames}): {@code bookings.createBooking} is {@code bookings.create}. Params classes
 *       and inline responses are named after the method ({@code BookingCreateParams}), so this is
 *       decided before the classes are.
 * </ol>
 *
 * Collisions resolve in {@link NameScope} by a numeric suffix, in that fixed order: the same input
 * always gives the same names.
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
  private final String basePackage;
  private final String clientName;
  private final TypeNames types;
  private final MemberNames members;
  private final ServiceNames services;
  private final Map<Webhook, String> webhookMethods = new HashMap<>();

  public DefaultJavaNames(ApiModel model, String basePackage, String clientName) {
    this.basePackage = basePackage;
    this.clientName =
        clientName != null && !clientName.isBlank()
            ? Words.pascal(clientName)
            : deriveClientName(model.title());
    Map<String, TypeDef> defs = new LinkedHashMap<>();
    for (TypeDef t : model.types()) {
      defs.put(t.id(), t);
    }
    List<Operation> ops = operations(model.root());
    MethodNames methods = new MethodNames(model.root());
    this.types = new TypeNames(model, basePackage + ".models", defs, ops, methods);
    this.members = new MemberNames(model.types(), defs, ops);
    this.services =
        new ServiceNames(
            model.root(),
            model.securitySchemes(),
            basePackage + ".services",
            this.clientName,
            methods);
    // the parse helpers, in spec order: static methods of a class of their own (nothing reserved
    // but Object's methods, which no 'parse...' name can be)
    NameScope parsers = NameScope.ofMembers(Set.of());
    for (Webhook w : model.webhooks()) {
      String base =
          "parse"
              + Words.pascal(w.name())
              + (w.onlyOperation() ? "" : Words.pascal(w.httpMethod().toLowerCase(Locale.ROOT)));
      webhookMethods.put(w, parsers.allocate(base));
    }
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

  private static List<Operation> operations(Resource r) {
    List<Operation> out = new ArrayList<>(r.operations());
    for (Resource c : r.children()) {
      out.addAll(operations(c));
    }
    return out;
  }

  @Override
  public String basePackage() {
    return basePackage;
  }

  /** The client's name without the {@code Client} suffix ({@code AiGateway}). */
  public String clientName() {
    return clientName;
  }

  @Override
  public ClassName typeName(String typeId) {
    ClassName cn = types.get(typeId);
    if (cn == null) {
      throw new IllegalArgumentException("no type named for id " + typeId);
    }
    return cn;
  }

  /** Whether a Java class is named for this id. */
  public boolean hasTypeName(String typeId) {
    return types.get(typeId) != null;
  }

  @Override
  public TypeName javaType(TypeRef ref) {
    if (ref instanceof TypeRef.Primitive p) {
      return switch (p.kind()) {
        case STRING, UUID, URI, BYTES -> ClassName.get(String.class);
        case FILE -> ClassName.get("dev.specpoet.runtime", "Upload");
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
    return members.member(ownerTypeId, jsonName);
  }

  @Override
  public String builderAdder(String ownerTypeId, String member) {
    return members.adder(ownerTypeId, member);
  }

  @Override
  public String parameterMember(Operation op, Parameter parameter) {
    return members.parameter(op, parameter);
  }

  @Override
  public String bodyPropertyMember(Operation op, String jsonName) {
    String m = members.params(op.paramsTypeId()).bodyProperties().get(jsonName);
    if (m == null) {
      throw new IllegalArgumentException(
          "no member named for body property " + jsonName + " of " + op.operationId());
    }
    return m;
  }

  @Override
  public String bodyMember(Operation op) {
    String m = members.params(op.paramsTypeId()).body();
    if (m == null) {
      throw new IllegalArgumentException("no body member named for " + op.operationId());
    }
    return m;
  }

  @Override
  public String enumConstantName(String enumTypeId, Object value) {
    return members.enumConstant(enumTypeId, value);
  }

  @Override
  public ClassName variantName(String unionTypeId, int variantIndex) {
    List<ClassName> v = types.variants(unionTypeId);
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
  public ClassName webhooksClass() {
    return ClassName.get(basePackage, clientName + "Webhooks");
  }

  @Override
  public String webhookMethod(Webhook webhook) {
    String m = webhookMethods.get(webhook);
    if (m == null) {
      throw new IllegalArgumentException("no parse method named for webhook " + webhook.name());
    }
    return m;
  }

  @Override
  public ClassName serviceClass(List<String> resourcePath, boolean async) {
    return services.serviceClass(resourcePath, async);
  }

  @Override
  public String resourceAccessor(List<String> resourcePath) {
    return services.accessor(resourcePath);
  }

  @Override
  public OperationMembers operationMembers(Operation operation) {
    return services.operation(operation);
  }

  @Override
  public String credentialMethod(String schemeName) {
    return services.credential(schemeName);
  }
}
