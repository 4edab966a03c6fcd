package dev.specpoet.generator.emit;

import com.palantir.javapoet.TypeSpec;
import dev.specpoet.generator.model.SourceLocation;

/**
 * One type produced by an emitter. The write stage nests types whose {@code parentId} is set into
 * their parent's {@link TypeSpec} and writes each top-level type as one file whose header names
 * {@code source}.
 *
 * @param typeId the model id ({@link dev.specpoet.generator.model.TypeDef#id()}, an operation's
 *     params id, or an emitter-chosen id such as {@code service:ai-gateway.logs})
 * @param parentId the id of the type to nest into, or null for a top-level type
 * @param packageName the package (only read for top-level types)
 */
public record EmittedType(
    String typeId, String parentId, String packageName, TypeSpec spec, SourceLocation source) {}
