package dev.specpoet.generator.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.specpoet.generator.model.Diagnostic;
import dev.specpoet.generator.model.SourceLocation;
import io.swagger.v3.oas.models.callbacks.Callback;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.ResolverCache;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The load stage: reads the root document and every file it references with swagger-parser ({@code
 * resolve=true}, never {@code resolveFully}/{@code flatten}: {@code $ref}s name the types), and
 * turns the parser's messages into diagnostics. A missing or unreadable input is a diagnostic,
 * never a stack trace.
 */
public final class SpecLoader {
  /** SnakeYAML's default limit (3 MiB) is too small for real specs; this allows 256 MiB. */
  static final int MAX_YAML_CODE_POINTS = 256 * 1024 * 1024;

  static {
    // swagger-parser reads this property (and its Options) when it builds SnakeYAML's LoaderOptions
    if (System.getProperty("maxYamlCodePoints") == null) {
      System.setProperty("maxYamlCodePoints", Integer.toString(MAX_YAML_CODE_POINTS));
    }
    DeserializationUtils.getOptions().setMaxYamlCodePoints(MAX_YAML_CODE_POINTS);
    YAMLFactory yaml30 = yamlFactory();
    YAMLFactory yaml31 = yamlFactory();
    DeserializationUtils.setYaml30Mapper(yaml30);
    DeserializationUtils.setYaml31Mapper(yaml31);
  }

  static YAMLFactory yamlFactory() {
    LoaderOptions loaderOptions = new LoaderOptions();
    loaderOptions.setCodePointLimit(MAX_YAML_CODE_POINTS);
    return YAMLFactory.builder().loaderOptions(loaderOptions).build();
  }

  public LoadedSpec load(Path input) {
    Path root = input.toAbsolutePath().normalize();
    String display = root.getFileName() == null ? root.toString() : root.getFileName().toString();
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (!Files.exists(root)) {
      diagnostics.add(
          Diagnostic.error(
              SourceLocation.of(display, "#"),
              "input file not found: " + root,
              "check the --input path (or the plugin's inputSpec)"));
      return new LoadedSpec(
          null,
          root,
          display,
          List.of(root),
          diagnostics,
          SourceMap.singleFile(display, LineIndex.empty()));
    }
    if (!Files.isRegularFile(root) || !Files.isReadable(root)) {
      diagnostics.add(
          Diagnostic.error(
              SourceLocation.of(display, "#"),
              "input is not a readable file: " + root,
              "point the input at an OpenAPI .yaml or .json file"));
      return new LoadedSpec(
          null,
          root,
          display,
          List.of(root),
          diagnostics,
          SourceMap.singleFile(display, LineIndex.empty()));
    }

    // 1. our own read of the raw documents: syntax errors with lines, the pointer->line index and
    // the
    //    files reached through $ref (for up-to-date checks)
    Set<Path> files = new LinkedHashSet<>();
    Map<String, String> rootRefs =
        new HashMap<>(); // $ref text -> pointer of its first use in the root file
    Map<String, String> rootPathRefs =
        new HashMap<>(); // #/paths/X -> the $ref of a path item written elsewhere
    Map<String, SourceLocation> refUses =
        new HashMap<>(); // target file (display name) + fragment -> first $ref to it
    Map<String, LineIndex> lineIndexes = new HashMap<>(); // by display name
    Set<String> missingFiles = new LinkedHashSet<>();
    LineIndex rootLines = new LineIndex();
    Deque<Path> queue = new ArrayDeque<>();
    queue.add(root);
    boolean syntaxOk = true;
    while (!queue.isEmpty()) {
      Path file = queue.poll();
      if (!files.add(file)) {
        continue;
      }
      String name = displayName(root, display, file);
      if (!Files.isRegularFile(file)) {
        // the parser reports the unresolvable $ref itself, with its location
        continue;
      }
      List<String> refs = new ArrayList<>();
      LineIndex fileLines = file.equals(root) ? rootLines : new LineIndex();
      lineIndexes.put(name, fileLines);
      try {
        DocumentScanner.scan(file, fileLines, refs);
      } catch (JsonProcessingException e) {
        syntaxOk = false;
        JsonLocation loc = e.getLocation();
        int line = loc == null ? -1 : loc.getLineNr();
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
          line =
              y.getProblemMark().getLine() + 1; // the line SnakeYAML names (its marks count from 0)
        }
        diagnostics.add(
            Diagnostic.error(
                new SourceLocation(name, "#", line),
                "not valid "
                    + (DocumentScanner.isJson(file) ? "JSON" : "YAML")
                    + ": "
                    + e.getOriginalMessage(),
                "fix the syntax at this line"));
        continue;
      } catch (IOException e) {
        syntaxOk = false;
        diagnostics.add(
            Diagnostic.error(
                SourceLocation.of(name, "#"), "cannot read " + file + ": " + e.getMessage(), null));
        continue;
      }
      for (String entry : refs) {
        int tab = entry.indexOf('\t');
        String pointer = entry.substring(0, tab);
        String ref = entry.substring(tab + 1);
        if (file.equals(root)) {
          rootRefs.putIfAbsent(ref, pointer);
          if (PATH_ITEM_REF.matcher(pointer).matches()) {
            rootPathRefs.put(pointer.substring(0, pointer.length() - "/$ref".length()), ref);
          }
        }
        String target = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
        if (target.contains("://")) {
          continue;
        }
        Path targetFile = target.isEmpty() ? file : file.getParent().resolve(target).normalize();
        String fragment = ref.contains("#") ? ref.substring(ref.indexOf('#') + 1) : "";
        refUses.putIfAbsent(
            displayName(root, display, targetFile) + "#" + fragment,
            new SourceLocation(name, pointer, fileLines.lineOf(pointer)));
        if (target.isEmpty()) {
          continue;
        }
        if (!Files.isRegularFile(targetFile)) {
          missingFiles.add(target);
          diagnostics.add(
              Diagnostic.error(
                  new SourceLocation(name, pointer, fileLines.lineOf(pointer)),
                  "unresolvable $ref: " + ref + " (file not found: " + targetFile + ")",
                  "check the path, relative to the file that holds the $ref"));
          continue;
        }
        queue.add(targetFile);
      }
    }
    SourceMap rootOnly = new SourceMap(display, lineIndexes, Map.of());
    // a $ref to a missing file is reported above; the document is still read, so that its other
    // problems are reported too
    if (!syntaxOk) {
      return new LoadedSpec(null, root, display, List.copyOf(files), diagnostics, rootOnly);
    }

    if (rootLines.has("#/swagger") && !rootLines.has("#/openapi")) {
      diagnostics.add(
          Diagnostic.error(
              new SourceLocation(display, "#/swagger", rootLines.lineOf("#/swagger")),
              "this is a Swagger 2.0 document; SpecPoet reads OpenAPI 3.0 and 3.1",
              "convert it to OpenAPI 3 first, e.g. with the Swagger Editor (Edit > Convert to OpenAPI 3) or swagger2openapi"));
      return new LoadedSpec(null, root, display, List.copyOf(files), diagnostics, rootOnly);
    }

    // 2. swagger-parser: read, then resolve with our own OpenAPIResolver (what readLocation does
    // for 3.0
    //    with resolve=true), for 3.1 too: its cache tells which file each moved component comes
    // from.
    //    (readLocation's 3.1 dereferencer would copy every external schema inline instead, once per
    // use.)
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    options.setResolveFully(false);
    options.setFlatten(false);
    SwaggerParseResult result;
    OpenAPIResolver resolver = null;
    boolean resolved = false;
    RefRepairs repairs;
    try {
      // the root document as swagger-parser reads it (readLocation's own steps), with its local
      // $refs made readable for the parser first (see RefRepairs)
      SwaggerParseResult read = new SwaggerParseResult();
      JsonNode tree =
          DeserializationUtils.deserializeIntoTree(
              DocumentScanner.readText(root), root.toString(), options, read);
      if (tree != null && !tree.isObject()) {
        diagnostics.add(
            Diagnostic.error(
                new SourceLocation(display, "#", 1),
                "the document is a " + (tree.isArray() ? "list" : "single value") + ", not a map",
                "an OpenAPI document is a map with openapi, info and paths at its root"));
        return new LoadedSpec(null, root, display, List.copyOf(files), diagnostics, rootOnly);
      }
      repairs = RefRepairs.run(tree, root, display);
      result = new OpenAPIV3Parser().parseJsonNode(root.toString(), tree, options);
      if (read.getMessages() != null && result != null && result.getMessages() != null) {
        result.getMessages().addAll(0, read.getMessages());
      }
      if (result != null && result.getOpenAPI() != null) {
        options.setResolve(true);
        // path-level parameters stay where they are written (the model merges them into each
        // operation)
        resolver =
            new OpenAPIResolver(
                result.getOpenAPI(),
                new ArrayList<>(),
                root.toString().replace('\\', '/'),
                new OpenAPIResolver.Settings().addParametersToEachOperation(false),
                options);
        try {
          resolver.resolve(result);
          resolved = true;
        } catch (RuntimeException e) {
          // what readLocation does: the message is a problem of the input (a missing $ref target),
          // the
          // document as resolved so far is kept
          result.getMessages().add(e.getMessage());
        }
      }
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.error(
              SourceLocation.of(display, "#"),
              "cannot read " + root + ": " + e.getMessage(),
              null));
      return new LoadedSpec(null, root, display, List.copyOf(files), diagnostics, rootOnly);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      diagnostics.add(
          Diagnostic.error(
              SourceLocation.of(display, "#"),
              "the OpenAPI parser failed: " + cause.getMessage(),
              "check that the file is an OpenAPI 3.0 or 3.1 document"));
      return new LoadedSpec(null, root, display, List.copyOf(files), diagnostics, rootOnly);
    }
    Map<String, SourceLocation> origins = new HashMap<>(repairs.origins());
    if (resolver != null) {
      origins.putAll(origins(root, display, rootLines, rootPathRefs, resolver.getCache()));
    }
    if (resolved) {
      try {
        new LeftoverRefs(
                result.getOpenAPI(),
                resolver.getCache(),
                root,
                pointer ->
                    fileOf(
                        root,
                        display,
                        new SourceMap(display, lineIndexes, origins).locate(pointer)),
                (name, ref) -> {
                  String component = "#/components/schemas/" + escape(name);
                  SourceLocation at = external(root, display, ref);
                  if (at != null && !writtenInRoot(rootLines, component)) {
                    origins.putIfAbsent(component, at);
                  }
                })
            .run();
      } catch (RuntimeException e) {
        result.getMessages().add(e.getMessage());
      }
    }
    SourceMap sources = new SourceMap(display, lineIndexes, origins);
    for (Diagnostic d : repairs.diagnostics()) {
      diagnostics.add(
          new Diagnostic(
              d.severity(),
              d.message(),
              sources.locate(d.location().pointer()),
              d.hint(),
              d.repair()));
    }
    boolean fatal = result == null || result.getOpenAPI() == null;
    List<String> messages =
        result == null || result.getMessages() == null ? List.of() : result.getMessages();
    for (String message : new LinkedHashSet<>(messages)) {
      if (message == null
          || message.isBlank()
          || (!fatal && ParserMessages.reportedByModelStage(message))
          || missingFiles.stream().anyMatch(message::contains)) {
        continue;
      }
      diagnostics.add(ParserMessages.diagnostic(message, sources, rootRefs, refUses, fatal));
    }
    if (fatal && diagnostics.stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR)) {
      diagnostics.add(
          Diagnostic.error(
              SourceLocation.of(display, "#"),
              "not an OpenAPI 3.x document",
              "the root needs an 'openapi: 3.0.x' or 'openapi: 3.1.x' field"));
    }
    return new LoadedSpec(
        fatal ? null : result.getOpenAPI(),
        root,
        display,
        List.copyOf(files),
        diagnostics,
        sources);
  }

  private static final Pattern PATH_ITEM_REF = Pattern.compile("#/paths/[^/]+/\\$ref");

  /**
   * How diagnostics and headers name a file: the root by its name, others relative to the root's
   * folder.
   */
  static String displayName(Path root, String rootDisplay, Path file) {
    if (file.equals(root)) {
      return rootDisplay;
    }
    return root.getParent().relativize(file).toString().replace('\\', '/');
  }

  /** The component section swagger-parser puts an external element of this kind into, or null. */
  private static String section(Object resolved) {
    if (resolved instanceof Schema<?>) {
      return "schemas";
    }
    if (resolved instanceof io.swagger.v3.oas.models.parameters.Parameter) {
      return "parameters";
    }
    if (resolved instanceof ApiResponse) {
      return "responses";
    }
    if (resolved instanceof io.swagger.v3.oas.models.parameters.RequestBody) {
      return "requestBodies";
    }
    if (resolved instanceof Header) {
      return "headers";
    }
    if (resolved instanceof Example) {
      return "examples";
    }
    if (resolved instanceof io.swagger.v3.oas.models.security.SecurityScheme) {
      return "securitySchemes";
    }
    if (resolved instanceof Link) {
      return "links";
    }
    if (resolved instanceof Callback) {
      return "callbacks";
    }
    return null;
  }

  /**
   * Where the elements swagger-parser moved into the root are written (see {@link SourceMap}): each
   * external {@code $ref} the resolver followed, by the component name it chose ({@code
   * Gateway_1}), and each path item the root takes from another file.
   */
  static Map<String, SourceLocation> origins(
      Path root,
      String display,
      LineIndex rootLines,
      Map<String, String> rootPathRefs,
      ResolverCache cache) {
    Map<String, SourceLocation> origins = new HashMap<>();
    Map<String, Object> resolved = cache.getResolutionCache();
    for (Map.Entry<String, String> e : new TreeMap<>(cache.getRenameCache()).entrySet()) {
      String ref = e.getKey();
      String section = section(resolved.get(ref));
      if (section == null || e.getValue() == null) {
        continue;
      }
      String component = "#/components/" + section + "/" + escape(e.getValue());
      if (writtenInRoot(rootLines, component)) {
        continue;
      }
      SourceLocation at = external(root, display, ref);
      if (at != null) {
        origins.putIfAbsent(component, at);
      }
    }
    for (Map.Entry<String, String> e : rootPathRefs.entrySet()) {
      SourceLocation at = external(root, display, e.getValue());
      if (at != null) {
        origins.put(e.getKey(), at);
      }
    }
    return origins;
  }

  /** The file a location names, absolute; null for a remote one. */
  private static Path fileOf(Path root, String display, SourceLocation at) {
    if (at.file() == null || at.file().equals(display)) {
      return root;
    }
    return at.file().contains("://") ? null : root.getParent().resolve(at.file()).normalize();
  }

  /**
   * Whether the root writes this component itself (swagger-parser then reuses its name for an equal
   * external schema); one that is only a {@code $ref} to another file is written there.
   */
  private static boolean writtenInRoot(LineIndex rootLines, String component) {
    return rootLines.has(component) && !rootLines.has(component + "/$ref");
  }

  /**
   * {@code ./schemas/gateway.yaml#/Gateway}, relative to the root's folder, as a file and a
   * pointer; null when local.
   */
  private static SourceLocation external(Path root, String display, String ref) {
    int hash = ref.indexOf('#');
    String target = hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "#" : "#" + ref.substring(hash + 1);
    if (target.isEmpty()) {
      return null;
    }
    if (target.contains("://")) {
      return SourceLocation.of(target, pointer);
    }
    Path file = root.getParent().resolve(target).normalize();
    return SourceLocation.of(displayName(root, display, file), pointer);
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
