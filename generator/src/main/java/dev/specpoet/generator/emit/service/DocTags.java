package dev.specpoet.generator.emit.service;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import javax.lang.model.element.Modifier;

/**
 * Completes the javadoc of emitted methods with the {@code @param} and {@code @return} tags they
 * lack, so the generated sources pass {@code javadoc -Xdoclint:all} without warnings.
 */
final class DocTags {
  private DocTags() {}

  /**
   * {@code type} (a plain class, as the service emitters make them) with its methods' tags
   * completed.
   */
  static TypeSpec complete(TypeSpec type) {
    TypeSpec.Builder b =
        TypeSpec.classBuilder(type.name())
            .addJavadoc(type.javadoc())
            .addAnnotations(type.annotations())
            .addModifiers(type.modifiers().toArray(new Modifier[0]))
            .addTypeVariables(type.typeVariables())
            .addSuperinterfaces(type.superinterfaces())
            .addFields(type.fieldSpecs());
    if (!type.superclass().equals(ClassName.OBJECT)) {
      b.superclass(type.superclass());
    }
    for (MethodSpec m : type.methodSpecs()) {
      b.addMethod(complete(m));
    }
    for (TypeSpec nested : type.typeSpecs()) {
      b.addType(complete(nested));
    }
    return b.build();
  }

  private static MethodSpec complete(MethodSpec m) {
    if (m.javadoc() == null || m.javadoc().isEmpty()) {
      return m;
    }
    String doc = m.javadoc().toString();
    MethodSpec.Builder b = m.toBuilder();
    // the first tag added to a comment that has none is set off from the text by a blank line
    boolean[] separated = {doc.startsWith("@") || doc.contains("\n@") || doc.endsWith("\n\n")};
    Runnable separate =
        () -> {
          if (!separated[0]) {
            b.addJavadoc("\n");
            separated[0] = true;
          }
        };
    for (ParameterSpec p : m.parameters()) {
      if (!doc.contains("@param " + p.name() + " ")) {
        separate.run();
        b.addJavadoc("@param $L $L\n", p.name(), paramText(p.name()));
      }
    }
    if (!m.isConstructor() && !m.returnType().equals(TypeName.VOID) && !doc.contains("@return")) {
      separate.run();
      b.addJavadoc("@return $L\n", returnText(m));
    }
    return b.build();
  }

  private static String paramText(String name) {
    return switch (name) {
      case "core" -> "the client's core: connection pool, retries and options";
      case "modifier" -> "changes the options";
      case "builder" -> "the builder";
      case "name" -> "the name";
      case "token" -> "the token";
      case "username" -> "the user name";
      case "password" -> "the password";
      case "env" -> "the environment variables";
      case "headers" -> "the headers";
      case "params" -> "the parameters";
      case "properties" -> "the properties";
      case "sync" -> "the blocking client";
      case "key" -> "the key";
      case "item" -> "the element to add";
      default -> "the value";
    };
  }

  private static String returnText(MethodSpec m) {
    TypeName r = m.returnType();
    String simple = r instanceof ClassName c ? c.simpleName() : "";
    if (simple.equals("Builder") || r instanceof TypeVariableName) {
      return m.modifiers().contains(Modifier.STATIC) ? "a new builder" : "this builder";
    }
    if (m.name().equals("toBuilder")) {
      return "a builder holding a copy of these values";
    }
    if (r instanceof ParameterizedTypeName p && p.rawType().simpleName().equals("Optional")) {
      return "the value, or empty when it is not set";
    }
    if (simple.equals("ApiRequest")) {
      return "the request";
    }
    if (simple.endsWith("Service") || simple.endsWith("ServiceAsync")) {
      return "the service";
    }
    return switch (m.name()) {
      case "build" -> "the new instance";
      case "toString" -> "the text";
      case "fromEnv" -> "the client";
      case "withOptions" -> "the new client";
      case "options" -> "the options";
      default -> "the value";
    };
  }
}
