package dev.specpoet.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** Class names the emitters reference (Jackson, the SpecPoet runtime, the JDK), in one place. */
public final class JavaTypes {
  private JavaTypes() {}

  public static final String JACKSON_ANNOTATION = "com.fasterxml.jackson.annotation";
  public static final String JACKSON_DATABIND = "com.fasterxml.jackson.databind";
  public static final String RUNTIME_JSON = "dev.specpoet.runtime.json";

  public static final ClassName JSON_NODE = ClassName.get(JACKSON_DATABIND, "JsonNode");
  public static final ClassName JSON_PROPERTY = ClassName.get(JACKSON_ANNOTATION, "JsonProperty");
  public static final ClassName JSON_INCLUDE = ClassName.get(JACKSON_ANNOTATION, "JsonInclude");
  public static final ClassName JSON_INCLUDE_INCLUDE = JSON_INCLUDE.nestedClass("Include");
  public static final ClassName JSON_ANY_GETTER =
      ClassName.get(JACKSON_ANNOTATION, "JsonAnyGetter");
  public static final ClassName JSON_ANY_SETTER =
      ClassName.get(JACKSON_ANNOTATION, "JsonAnySetter");
  public static final ClassName JSON_AUTO_DETECT =
      ClassName.get(JACKSON_ANNOTATION, "JsonAutoDetect");
  public static final ClassName JSON_AUTO_DETECT_VISIBILITY =
      JSON_AUTO_DETECT.nestedClass("Visibility");
  public static final ClassName JSON_CREATOR = ClassName.get(JACKSON_ANNOTATION, "JsonCreator");
  public static final ClassName JSON_VALUE = ClassName.get(JACKSON_ANNOTATION, "JsonValue");
  public static final ClassName JSON_DESERIALIZE =
      ClassName.get(JACKSON_DATABIND + ".annotation", "JsonDeserialize");
  public static final ClassName JSON_POJO_BUILDER =
      ClassName.get(JACKSON_DATABIND + ".annotation", "JsonPOJOBuilder");
  public static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  public static final ClassName JSON_FIELD = ClassName.get(RUNTIME_JSON, "JsonField");
  public static final ClassName UNION_DESERIALIZER =
      ClassName.get(RUNTIME_JSON, "UnionDeserializer");
  public static final ClassName UNION_JSON_KIND = UNION_DESERIALIZER.nestedClass("JsonKind");

  // the runtime (specpoet-runtime) and the JDK types of params, services and clients

  public static final String RUNTIME = "dev.specpoet.runtime";
  public static final String PAGINATION = "dev.specpoet.runtime.pagination";

  public static final ClassName CLIENT_OPTIONS = ClassName.get(RUNTIME, "ClientOptions");
  public static final ClassName BUILDER_VALUES = ClassName.get(RUNTIME, "BuilderValues");
  public static final ClassName CLIENT_OPTIONS_BUILDER = CLIENT_OPTIONS.nestedClass("Builder");
  public static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
  public static final ClassName BASE_PARAMS = ClassName.get(RUNTIME + ".params", "BaseParams");
  public static final ClassName BASE_PARAMS_BUILDER =
      ClassName.get(RUNTIME + ".params", "BaseParamsBuilder");
  public static final ClassName BODY_PARAMS_BUILDER =
      ClassName.get(RUNTIME + ".params", "BodyParamsBuilder");
  public static final ClassName ENV_CREDENTIALS = ClassName.get(RUNTIME, "EnvCredentials");
  public static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
  public static final ClassName WEBHOOK_PAYLOADS = ClassName.get(RUNTIME, "WebhookPayloads");
  public static final ClassName WEBHOOK_PARSE_EXCEPTION =
      ClassName.get(RUNTIME + ".errors", "WebhookParseException");
  public static final ClassName CLIENT_CORE = ClassName.get(RUNTIME, "ClientCore");
  public static final ClassName API_REQUEST = ClassName.get(RUNTIME, "ApiRequest");
  public static final ClassName API_REQUEST_BUILDER = API_REQUEST.nestedClass("Builder");
  public static final ClassName RESPONSE_HANDLER = ClassName.get(RUNTIME, "ResponseHandler");
  public static final ClassName RESPONSE_HANDLERS = ClassName.get(RUNTIME, "ResponseHandlers");
  public static final ClassName ENVELOPED = ClassName.get(RUNTIME, "Enveloped");
  public static final ClassName RAW_RESPONSE = ClassName.get(RUNTIME, "RawResponse");
  public static final ClassName BINARY_RESPONSE = ClassName.get(RUNTIME, "BinaryResponse");
  public static final ClassName EVENT_STREAM = ClassName.get(RUNTIME, "EventStream");
  public static final ClassName ERROR_BODIES = ClassName.get(RUNTIME, "ErrorBodies");
  public static final ClassName PROBLEM = ClassName.get(RUNTIME + ".errors", "Problem");
  public static final ClassName QUERY_STYLE = ClassName.get(RUNTIME, "QueryStyle");
  public static final ClassName LOG_LEVEL = ClassName.get(RUNTIME, "LogLevel");
  public static final ClassName RETRY_POLICY = ClassName.get(RUNTIME, "RetryPolicy");
  public static final ClassName HTTP_TRANSPORT = ClassName.get(RUNTIME + ".http", "HttpTransport");
  public static final ClassName JSON = ClassName.get(RUNTIME + ".json", "Json");

  public static final ClassName PAGE = ClassName.get(PAGINATION, "Page");
  public static final ClassName ASYNC_PAGE = ClassName.get(PAGINATION, "AsyncPage");
  public static final ClassName PAGINATION_INFO = ClassName.get(PAGINATION, "PaginationInfo");
  public static final ClassName PAGE_NUMBER_STRATEGY =
      ClassName.get(PAGINATION, "PageNumberStrategy");
  public static final ClassName CURSOR_STRATEGY = ClassName.get(PAGINATION, "CursorStrategy");
  public static final ClassName OFFSET_STRATEGY = ClassName.get(PAGINATION, "OffsetStrategy");
  public static final ClassName ITEM_CURSOR_STRATEGY =
      ClassName.get(PAGINATION, "ItemCursorStrategy");
  public static final ClassName NEXT_LINK_STRATEGY = ClassName.get(PAGINATION, "NextLinkStrategy");
  public static final ClassName LIST_RESPONSE = ClassName.get(PAGINATION, "ListResponse");

  public static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  public static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  public static final ClassName LIST = ClassName.get("java.util", "List");
  public static final ClassName MAP = ClassName.get("java.util", "Map");
  public static final ClassName SET = ClassName.get("java.util", "Set");
  public static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  public static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  public static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
  public static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
  public static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  public static final ClassName DURATION = ClassName.get("java.time", "Duration");
  public static final ClassName CONSUMER = ClassName.get("java.util.function", "Consumer");
  public static final ClassName STRING_JOINER = ClassName.get("java.util", "StringJoiner");

  /**
   * {@code @JsonAutoDetect} with every kind of auto-detection off: only annotated members count.
   */
  public static AnnotationSpec noAutoDetect() {
    return AnnotationSpec.builder(JSON_AUTO_DETECT)
        .addMember("fieldVisibility", "$T.NONE", JSON_AUTO_DETECT_VISIBILITY)
        .addMember("getterVisibility", "$T.NONE", JSON_AUTO_DETECT_VISIBILITY)
        .addMember("isGetterVisibility", "$T.NONE", JSON_AUTO_DETECT_VISIBILITY)
        .addMember("setterVisibility", "$T.NONE", JSON_AUTO_DETECT_VISIBILITY)
        .addMember("creatorVisibility", "$T.NONE", JSON_AUTO_DETECT_VISIBILITY)
        .build();
  }

  public static AnnotationSpec jsonProperty(String jsonName) {
    return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$S", jsonName).build();
  }
}
