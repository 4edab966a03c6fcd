package dev.specpoet.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a deterministic OpenAPI document with {@code 4 * N} operations for the linearity check:
 * for each of N resources a list, a create (inline request and response schemas), a get and a
 * delete, and one component schema with an inline nested object. Usage: {@code SyntheticSpec N
 * OUT_FILE}.
 */
public final class SyntheticSpec {
  private SyntheticSpec() {}

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    StringBuilder paths = new StringBuilder();
    StringBuilder schemas = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String r = "Thing" + i;
      String ref = "{\"$ref\":\"#/components/schemas/" + r + "\"}";
      String inline =
          "{\"type\":\"object\",\"required\":[\"name\"],\"properties\":{\"name\":{\"type\":\"string\"},"
              + "\"size\":{\"type\":\"integer\",\"format\":\"int64\"},\"tags\":{\"type\":\"array\","
              + "\"items\":{\"type\":\"string\"}},\"mode\":{\"type\":\"string\",\"enum\":[\"a\",\"b\",\"c\"]}}}";
      String idParam =
          "{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}";
      if (i > 0) {
        paths.append(',');
        schemas.append(',');
      }
      paths
          .append("\"/things")
          .append(i)
          .append("\":{")
          .append("\"get\":{\"operationId\":\"list")
          .append(r)
          .append("\",\"tags\":[\"t")
          .append(i)
          .append(
              "\"],\"parameters\":[{\"name\":\"page\",\"in\":\"query\",\"schema\":{\"type\":\"integer\"}}],")
          .append(
              "\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":")
          .append("{\"type\":\"array\",\"items\":")
          .append(ref)
          .append("}}}}}},")
          .append("\"post\":{\"operationId\":\"create")
          .append(r)
          .append("\",\"tags\":[\"t")
          .append(i)
          .append(
              "\"],\"requestBody\":{\"required\":true,\"content\":{\"application/json\":{\"schema\":")
          .append(inline)
          .append("}}},\"responses\":{\"201\":{\"description\":\"created\",\"content\":")
          .append("{\"application/json\":{\"schema\":")
          .append(inline)
          .append("}}}}}},")
          .append("\"/things")
          .append(i)
          .append("/{id}\":{")
          .append("\"get\":{\"operationId\":\"get")
          .append(r)
          .append("\",\"tags\":[\"t")
          .append(i)
          .append("\"],\"parameters\":[")
          .append(idParam)
          .append("],\"responses\":{\"200\":{\"description\":\"ok\",")
          .append("\"content\":{\"application/json\":{\"schema\":")
          .append(ref)
          .append("}}}}},")
          .append("\"delete\":{\"operationId\":\"delete")
          .append(r)
          .append("\",\"tags\":[\"t")
          .append(i)
          .append("\"],\"parameters\":[")
          .append(idParam)
          .append("],\"responses\":{\"204\":{\"description\":\"gone\"}}}}");
      schemas
          .append('"')
          .append(r)
          .append("\":{\"type\":\"object\",\"required\":[\"id\"],\"properties\":{")
          .append(
              "\"id\":{\"type\":\"string\"},\"created_at\":{\"type\":\"string\",\"format\":\"date-time\"},")
          .append("\"owner\":{\"type\":\"object\",\"properties\":{\"login\":{\"type\":\"string\"},")
          .append("\"score\":{\"type\":\"number\"}}},\"detail\":")
          .append(inline)
          .append("}}");
    }
    String doc =
        "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Synthetic\",\"version\":\"1.0\"},"
            + "\"servers\":[{\"url\":\"https://example.com\"}],\"paths\":{"
            + paths
            + "},\"components\":{\"schemas\":{"
            + schemas
            + "}}}\n";
    Files.writeString(Path.of(args[1]), doc, StandardCharsets.UTF_8);
  }
}
