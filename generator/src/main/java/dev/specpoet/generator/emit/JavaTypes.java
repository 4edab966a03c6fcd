package dev.specpoet.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** Class names the emitters reference (Jackson, the SpecPoet runtime), in one place. */
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
