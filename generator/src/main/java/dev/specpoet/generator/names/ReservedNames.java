package dev.specpoet.generator.names;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Every name the generated code keeps for itself, in one place: Java's reserved words, the simple
 * names of the library types it uses, the nested types and members each generated kind declares.
 * The names stage never gives a spec name one of these; emitters use the constants here for the
 * generated ones.
 */
public final class ReservedNames {
  private ReservedNames() {}

  /** The nested builder of models, params and clients. */
  public static final String BUILDER = "Builder";

  /** The visitor interface of a union. */
  public static final String VISITOR = "Visitor";

  /** A union's variant for JSON no variant matches. */
  public static final String UNKNOWN = "Unknown";

  /** A union's Jackson deserializer. */
  public static final String DESERIALIZER = "Deserializer";

  /** An enum's Java {@code enum} of the listed values. */
  public static final String KNOWN = "Known";

  /** A service's view returning raw responses. */
  public static final String RAW_VIEW = "WithRawResponse";

  /** The release generated code must compile at: its keywords are reserved. */
  private static final SourceVersion RELEASE = SourceVersion.RELEASE_17;

  /**
   * Words that are not keywords but cannot name a member or type everywhere (contextual keywords of
   * the release or later ones).
   */
  private static final Set<String> CONTEXTUAL =
      Set.of("var", "yield", "record", "sealed", "permits", "non-sealed");

  /** Whether {@code name} is a keyword, literal or contextual word of Java. */
  public static boolean isReserved(String name) {
    return SourceVersion.isKeyword(name, RELEASE) || CONTEXTUAL.contains(name);
  }

  /** Simple names that would shadow types generated code uses (a schema named so gets a suffix). */
  static final Set<String> TYPE_CLASHES =
      Set.of(
          "BaseParams",
          "BaseParamsBuilder",
          "BodyParamsBuilder",
          "Object",
          "String",
          "Integer",
          "Long",
          "Double",
          "Float",
          "Short",
          "Byte",
          "Boolean",
          "Character",
          "Number",
          "Math",
          "Class",
          "Enum",
          "Record",
          "Void",
          "System",
          "Thread",
          "Runtime",
          "Exception",
          "Error",
          "Throwable",
          "RuntimeException",
          "Override",
          "Deprecated",
          "SuppressWarnings",
          "FunctionalInterface",
          "SafeVarargs",
          "Iterable",
          "Comparable",
          "CharSequence",
          "StringBuilder",
          "Module",
          "Package",
          "Process",
          "Optional",
          "List",
          "Map",
          "Set",
          "Collection",
          "Collections",
          "Objects",
          "Arrays",
          "ArrayList",
          "LinkedHashMap",
          "HashMap",
          "UUID",
          "URI",
          "OffsetDateTime",
          "LocalDate",
          "Instant",
          "Duration",
          "JsonNode",
          "JsonField",
          "TypeReference",
          "CompletableFuture",
          "Function",
          "Supplier",
          "Consumer",
          "Stream");

  /** Methods of {@code java.lang.Object} that every generated class has. */
  private static final Set<String> OBJECT_METHODS =
      Set.of(
          "equals",
          "hashCode",
          "toString",
          "getClass",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  /** Members every generated model class has (a property never takes one). */
  static final Set<String> MODEL_MEMBERS =
      with(
          OBJECT_METHODS,
          "builder",
          "toBuilder",
          "build",
          "additionalProperties",
          "putAdditionalProperty",
          "putAllAdditionalProperties",
          "removeAdditionalProperty",
          "validate",
          "buildUnchecked");

  /**
   * Members of params classes and their builders (a parameter or body property never takes one).
   */
  static final Set<String> PARAMS_MEMBERS =
      with(
          OBJECT_METHODS,
          "builder",
          "toBuilder",
          "build",
          "additionalHeaders",
          "additionalQueryParams",
          "additionalBodyProperties",
          "putAdditionalHeader",
          "putAdditionalQueryParam",
          "putAdditionalBodyProperty",
          "pathParams",
          "queryParams",
          "headers",
          "toRequest",
          "validate",
          "_body",
          "_present",
          // inherited from the runtime's BaseParams, BaseParamsBuilder and BodyParamsBuilder
          "self",
          "_additionalEquals",
          "_hash",
          "_toString",
          "_requireAll",
          "_additionalBodyProperties");

  /**
   * Members of services and clients (a resource accessor or operation method never takes one);
   * {@code root} is the client's accessor of its root service.
   */
  static final Set<String> SERVICE_MEMBERS =
      with(
          OBJECT_METHODS,
          "withRawResponse",
          "withOptions",
          "async",
          "sync",
          "close",
          "options",
          "core",
          "builder",
          "fromEnv",
          "root");

  /**
   * Methods a client builder has anyway, from the runtime's {@code ClientBuilder} (public and
   * protected) and {@code Object}; a credential method never takes one of these names.
   */
  public static final Set<String> CLIENT_BUILDER_METHODS =
      Set.of(
          "baseUrl",
          "header",
          "connectTimeout",
          "readTimeout",
          "writeTimeout",
          "callTimeout",
          "maxRetries",
          "retryPolicy",
          "logLevel",
          "transport",
          "env",
          "fromEnv",
          "options",
          "build",
          "bearerToken",
          "secretHeader",
          "secretQueryParam",
          "self",
          "buildOptions",
          "getClass",
          "hashCode",
          "equals",
          "toString",
          "notify",
          "notifyAll",
          "wait",
          "clone",
          "finalize");

  private static Set<String> with(Set<String> base, String... more) {
    Set<String> out = new HashSet<>(base);
    out.addAll(Set.of(more));
    return Set.copyOf(out);
  }
}
