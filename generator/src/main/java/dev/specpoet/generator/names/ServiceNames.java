package dev.specpoet.generator.names;

import com.palantir.javapoet.ClassName;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.SecurityScheme;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names of what calls the API: a service class per resource ({@code AiGatewayLogsService}, the
 * root's after the groups), the accessors of child resources and the methods of operations in each
 * service (the generated members reserved first; each operation's as {@link MethodNames} chose it),
 * each operation's helpers inside its service, and the client builder's method for each credential.
 */
final class ServiceNames {
  private final String servicesPackage;
  private final String clientName;
  private final MethodNames methods;
  private final Map<List<String>, ClassName> services = new HashMap<>();
  private final Map<List<String>, String> accessors = new HashMap<>();
  private final Map<String, JavaNames.OperationMembers> operations = new HashMap<>();
  private final Map<String, String> credentials = new HashMap<>();
  private final Set<String> takenServices = new HashSet<>();

  ServiceNames(
      Resource root,
      List<SecurityScheme> schemes,
      String servicesPackage,
      String clientName,
      MethodNames methods) {
    this.servicesPackage = servicesPackage;
    this.methods = methods;
    this.clientName = clientName;
    allocateResource(root);
    // the root resource (operations in no group) last: the groups keep their natural names
    allocateServiceName(
        List.of(),
        takenServices.contains((clientName + "Service").toLowerCase(Locale.ROOT))
            ? clientName + "Root"
            : clientName);
    allocateCredentials(schemes);
  }

  private void allocateServiceName(List<String> path, String base) {
    String name = base + "Service";
    for (int i = 2; !takenServices.add(name.toLowerCase(Locale.ROOT)); i++) {
      name = base + i + "Service";
    }
    services.put(path, ClassName.get(servicesPackage, name));
  }

  private void allocateResource(Resource r) {
    if (!r.path().isEmpty()) {
      allocateServiceName(r.path(), joinPascal(r.path()));
    }
    // members of this service: generated ones, then child accessors, then methods
    NameScope members = NameScope.ofMembers(ReservedNames.SERVICE_MEMBERS);
    for (Resource c : r.children()) {
      accessors.put(c.path(), members.allocate(MemberNames.memberBase(c.name(), Set.of())));
    }
    NameScope handlers = NameScope.ofMembers(Set.of());
    for (Operation op : r.operations()) {
      String method = members.allocate(MemberNames.memberBase(methods.methodName(op), Set.of()));
      operations.put(
          op.operationId(),
          new JavaNames.OperationMembers(
              method,
              handlers.allocate(upperSnake(method)) + "_HANDLER",
              "_" + method + "Request",
              "_" + method + "Page"));
    }
    for (Resource c : r.children()) {
      allocateResource(c);
    }
  }

  static String joinPascal(List<String> path) {
    StringBuilder sb = new StringBuilder();
    for (String s : path) {
      sb.append(Words.pascal(s));
    }
    return sb.toString();
  }

  /** {@code listDeployments} to {@code LIST_DEPLOYMENTS}. */
  private static String upperSnake(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * A builder method per credential the client can send, after the builder's own methods: the
   * scheme's name ({@code api_token} gives {@code apiToken}); {@code bearerToken} or {@code
   * basicAuth} for a scheme named after its kind; {@code credential_x} for a name that is not an
   * identifier; {@code xCredential} when taken.
   */
  private void allocateCredentials(List<SecurityScheme> schemes) {
    Set<String> used = new HashSet<>(ReservedNames.CLIENT_BUILDER_METHODS);
    for (SecurityScheme s : schemes) {
      if (!s.clientCanSend()) {
        continue;
      }
      String method = Words.camelKeepingCase(s.name());
      String lower = s.name().toLowerCase(Locale.ROOT);
      if ((s.kind() == SecurityScheme.Kind.BEARER || s.kind() == SecurityScheme.Kind.OTHER)
          && (method.isEmpty()
              || lower.contains("bearer")
              || method.equals("http")
              || method.equals("jwt"))) {
        method = "bearerToken";
      }
      if (s.kind() == SecurityScheme.Kind.BASIC && (method.isEmpty() || lower.contains("basic"))) {
        method = "basicAuth";
      }
      if (method.isEmpty()
          || !Character.isJavaIdentifierStart(method.charAt(0))
          || ReservedNames.isReserved(method)) {
        method = "credential" + (method.isEmpty() ? "" : "_" + method);
      }
      String base = method;
      int n = 2;
      while (used.contains(method)) {
        method = base + (base.endsWith("Credential") ? "" : "Credential") + (n == 2 ? "" : n);
        n++;
      }
      used.add(method);
      credentials.put(s.name(), method);
    }
  }

  ClassName serviceClass(List<String> resourcePath, boolean async) {
    ClassName base = services.get(resourcePath);
    if (base == null) {
      String name = (resourcePath.isEmpty() ? clientName : joinPascal(resourcePath)) + "Service";
      base = ClassName.get(servicesPackage, name);
    }
    return async ? ClassName.get(base.packageName(), base.simpleName() + "Async") : base;
  }

  String accessor(List<String> resourcePath) {
    String a = accessors.get(resourcePath);
    if (a != null) {
      return a;
    }
    return resourcePath.isEmpty()
        ? "root"
        : MemberNames.memberBase(
            resourcePath.get(resourcePath.size() - 1), ReservedNames.SERVICE_MEMBERS);
  }

  JavaNames.OperationMembers operation(Operation op) {
    JavaNames.OperationMembers m = operations.get(op.operationId());
    if (m == null) {
      throw new IllegalArgumentException("no method named for operation " + op.operationId());
    }
    return m;
  }

  String credential(String schemeName) {
    String m = credentials.get(schemeName);
    if (m == null) {
      throw new IllegalArgumentException("no builder method named for credential " + schemeName);
    }
    return m;
  }
}
