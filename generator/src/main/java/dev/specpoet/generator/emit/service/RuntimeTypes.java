package dev.specpoet.generator.emit.service;

import com.palantir.javapoet.ClassName;

/**
 * The runtime ({@code specpoet-runtime}) and library types the emitted services, params and clients
 * use.
 */
final class RuntimeTypes {
  private RuntimeTypes() {}

  static final String RUNTIME = "dev.specpoet.runtime";
  static final String PAGINATION = "dev.specpoet.runtime.pagination";

  static final ClassName CLIENT_OPTIONS = ClassName.get(RUNTIME, "ClientOptions");
  static final ClassName CLIENT_OPTIONS_BUILDER = CLIENT_OPTIONS.nestedClass("Builder");
  static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
  static final ClassName ENV_CREDENTIALS = ClassName.get(RUNTIME, "EnvCredentials");
  static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
  static final ClassName CLIENT_CORE = ClassName.get(RUNTIME, "ClientCore");
  static final ClassName API_REQUEST = ClassName.get(RUNTIME, "ApiRequest");
  static final ClassName API_REQUEST_BUILDER = API_REQUEST.nestedClass("Builder");
  static final ClassName RESPONSE_HANDLER = ClassName.get(RUNTIME, "ResponseHandler");
  static final ClassName RESPONSE_HANDLERS = ClassName.get(RUNTIME, "ResponseHandlers");
  static final ClassName RESPONSE_CONTEXT = ClassName.get(RUNTIME, "ResponseContext");
  static final ClassName ENVELOPED = ClassName.get(RUNTIME, "Enveloped");
  static final ClassName RAW_RESPONSE = ClassName.get(RUNTIME, "RawResponse");
  static final ClassName QUERY_STYLE = ClassName.get(RUNTIME, "QueryStyle");
  static final ClassName JSON = ClassName.get(RUNTIME + ".json", "Json");

  static final ClassName PAGE = ClassName.get(PAGINATION, "Page");
  static final ClassName ASYNC_PAGE = ClassName.get(PAGINATION, "AsyncPage");
  static final ClassName PAGINATION_INFO = ClassName.get(PAGINATION, "PaginationInfo");
  static final ClassName PAGE_NUMBER_STRATEGY = ClassName.get(PAGINATION, "PageNumberStrategy");
  static final ClassName CURSOR_STRATEGY = ClassName.get(PAGINATION, "CursorStrategy");
  static final ClassName OFFSET_STRATEGY = ClassName.get(PAGINATION, "OffsetStrategy");

  static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
  static final ClassName OBJECT_NODE =
      ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");

  static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
  static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
  static final ClassName STRING_JOINER = ClassName.get("java.util", "StringJoiner");
}
