package dev.specpoet.generator.emit.service;

import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.VOLATILE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.emit.Javadocs;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.names.JavaNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The resource tree as services and clients see it: walked in a fixed order (depth first, spec
 * order), the call chains that reach a resource, and the accessor of a child resource.
 */
final class Resources {
  private Resources() {}

  record Node(Resource resource, Resource parent) {}

  static List<Node> walk(Resource root) {
    List<Node> out = new ArrayList<>();
    walk(root, null, out);
    return out;
  }

  private static void walk(Resource r, Resource parent, List<Node> out) {
    out.add(new Node(r, parent));
    for (Resource child : r.children()) {
      walk(child, r, out);
    }
  }

  /**
   * Whether a resource gets a service class: it has operations or children (the root only with
   * operations).
   */
  static boolean hasService(Resource r) {
    return r.path().isEmpty() ? !r.operations().isEmpty() : true;
  }

  /** How a user reaches the resource of {@code path}: {@code client.aiGateway().logs()}. */
  static String accessChain(List<String> path, JavaNames names) {
    StringBuilder chain = new StringBuilder("client");
    for (int i = 1; i <= path.size(); i++) {
      chain.append('.').append(names.resourceAccessor(path.subList(0, i))).append("()");
    }
    return chain.toString();
  }

  /** How a user calls an operation: {@code client.aiGateway().logs().list}. */
  static String callChain(Operation op, JavaNames names) {
    return accessChain(op.groupPath(), names) + "." + names.methodName(op);
  }

  /**
   * Adds a lazily created, cached, thread-safe accessor for the child resource {@code childPath}
   * (double-checked on a volatile field). Used by services and the clients.
   */
  static void addChildAccessor(
      TypeSpec.Builder type,
      List<String> childPath,
      JavaNames names,
      boolean async,
      String coreExpr) {
    ClassName service = names.serviceClass(childPath, async);
    String accessor = names.resourceAccessor(childPath);
    String field = accessor + "Service";
    type.addField(FieldSpec.builder(service, field, PRIVATE, VOLATILE).build());
    type.addMethod(
        MethodSpec.methodBuilder(accessor)
            .addModifiers(PUBLIC)
            .returns(service)
            .addJavadoc(
                "The {@code $L} operations.\n", Javadocs.escape(String.join(".", childPath)))
            .addStatement("$T result = $N", service, field)
            .beginControlFlow("if (result == null)")
            .beginControlFlow("synchronized (lock)")
            .addStatement("result = $N", field)
            .beginControlFlow("if (result == null)")
            .addStatement("result = new $T($L)", service, coreExpr)
            .addStatement("$N = result", field)
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .addStatement("return result")
            .build());
  }
}
