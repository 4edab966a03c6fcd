package dev.specpoet.bench;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The floor no swagger-parser-based generator can beat: swagger-parser reading the document with
 * {@code resolve=true} (what {@code OpenAPIParser.readLocation} does for an OpenAPI 3 document: it
 * hands it to {@code OpenAPIV3Parser}). Usage: {@code ParseFloor SPEC}.
 */
public final class ParseFloor {
  private ParseFloor() {}

  public static void main(String[] args) {
    // the same YAML size limit the generator sets, so a large YAML document is read at all
    System.setProperty("maxYamlCodePoints", Integer.toString(256 * 1024 * 1024));
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(args[0], null, options);
    if (result.getOpenAPI() == null) {
      System.err.println("not parsed: " + result.getMessages());
      System.exit(1);
    }
    System.out.println("parsed " + result.getOpenAPI().getPaths().size() + " paths");
  }
}
