package dev.specpoet.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.SourceLocation;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * When only the schema types are generated: for each operation whose params class holds types (the
 * inline types of its parameters or body), that class as a holder, so those types keep the names
 * they have with services ({@code LogListParams.Filter}).
 */
public final class HolderEmitter implements Emitter<Operation> {

  @Override
  public List<Operation> units(EmitContext ctx) {
    return ctx.model().operations().stream()
        .filter(
            op ->
                ctx.model().types().stream()
                    .anyMatch(t -> op.paramsTypeId().equals(t.parentId()) && ctx.emits(t)))
        .toList();
  }

  @Override
  public SourceLocation source(Operation op, EmitContext ctx) {
    return op.source();
  }

  @Override
  public EmittedType emit(Operation op, EmitContext ctx) {
    ClassName cn = ctx.names().typeName(op.paramsTypeId());
    TypeSpec holder =
        TypeSpec.classBuilder(cn)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Types of the parameters of {@code $L}; the params class itself is generated with services.\n",
                op.operationId())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .build();
    return new EmittedType(op.paramsTypeId(), null, cn.packageName(), holder, op.source());
  }
}
