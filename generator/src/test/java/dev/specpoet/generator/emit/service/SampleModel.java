package dev.specpoet.generator.emit.service;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.specpoet.generator.model.ApiModel;
import dev.specpoet.generator.model.Constraints;
import dev.specpoet.generator.model.Doc;
import dev.specpoet.generator.model.ObjectType;
import dev.specpoet.generator.model.Operation;
import dev.specpoet.generator.model.Operation.HttpMethod;
import dev.specpoet.generator.model.Pagination;
import dev.specpoet.generator.model.Parameter;
import dev.specpoet.generator.model.PrimitiveKind;
import dev.specpoet.generator.model.Property;
import dev.specpoet.generator.model.RequestBody;
import dev.specpoet.generator.model.Resource;
import dev.specpoet.generator.model.Response;
import dev.specpoet.generator.model.SecurityScheme;
import dev.specpoet.generator.model.SourceLocation;
import dev.specpoet.generator.model.TypeRef;
import java.util.List;

/**
 * A hand-built model of a small API shaped like the AI Gateway one ("Mini Gateway"): a root call, a
 * gateways resource (create with a flattened body, get, delete, a call whose body is an array) and
 * its logs (page-number list with filters in indexed brackets), events (cursor list) and
 * evaluations (offset list). The model types it names ({@code Gateway}, {@code Log}, {@code
 * LogFilter}, {@code Event}, {@code Evaluation}) are hand-written stand-ins under {@code
 * src/test/resources/service/support}.
 */
final class SampleModel {
  private SampleModel() {}

  static final String PKG = "com.example.gw";
  static final String FILE = "mini-gateway.yaml";
  static final String GATEWAY = "#/components/schemas/Gateway";
  static final String CREATE_BODY = "#/components/schemas/GatewayCreateBody";
  static final String LOG = "#/components/schemas/Log";
  static final String FILTER = "#/components/schemas/LogFilter";
  static final String EVENT = "#/components/schemas/Event";
  static final String EVALUATION = "#/components/schemas/Evaluation";

  static TypeRef string() {
    return new TypeRef.Primitive(PrimitiveKind.STRING);
  }

  static TypeRef prim(PrimitiveKind kind) {
    return new TypeRef.Primitive(kind);
  }

  static SourceLocation at(String pointer) {
    return SourceLocation.of(FILE, pointer);
  }

  static Doc doc(String text) {
    return new Doc(text, false);
  }

  static Parameter path(String name, String description) {
    return new Parameter(
        name,
        Parameter.Location.PATH,
        string(),
        true,
        Parameter.Style.SIMPLE,
        false,
        doc(description),
        null,
        Constraints.NONE,
        at("#/components/parameters/" + name));
  }

  static Parameter query(
      String name, TypeRef type, Parameter.Style style, boolean explode, String description) {
    return new Parameter(
        name,
        Parameter.Location.QUERY,
        type,
        false,
        style,
        explode,
        doc(description),
        null,
        Constraints.NONE,
        at("#/components/parameters/" + name));
  }

  static Property prop(
      String name,
      TypeRef type,
      boolean required,
      boolean nullable,
      boolean secret,
      String description) {
    return new Property(
        name,
        type,
        required,
        nullable,
        doc(description),
        null,
        null,
        Constraints.NONE,
        false,
        false,
        secret,
        at(CREATE_BODY + "/properties/" + name));
  }

  static Response envelope(TypeRef result, boolean withInfo) {
    return new Response(
        200,
        "application/json",
        new TypeRef.AnyJson(),
        new Response.Envelope(
            "result",
            result,
            false,
            "success",
            withInfo ? "result_info" : null,
            withInfo ? new TypeRef.AnyJson() : null),
        at("#/responses/200"));
  }

  static Operation op(
      String id,
      String method,
      List<String> group,
      HttpMethod http,
      String pathTemplate,
      String text,
      List<Parameter> params,
      RequestBody body,
      Response response,
      Pagination pagination) {
    return new Operation(
        id,
        method,
        group,
        http,
        pathTemplate,
        doc(text),
        params,
        body,
        response,
        List.of(),
        pagination,
        at("#/paths/" + pathTemplate.replace("/", "~1") + "/" + http.name().toLowerCase()));
  }

  static TestNames names() {
    return new TestNames(PKG, "MiniGateway")
        .type(GATEWAY, "Gateway")
        .type(CREATE_BODY, "GatewayCreateBody")
        .type(LOG, "Log")
        .type(FILTER, "LogFilter")
        .type(EVENT, "Event")
        .type(EVALUATION, "Evaluation")
        .type("operation:evaluationList:params", "EvaluationListParams")
        .type("operation:ping:params", "PingParams")
        .type("operation:version:params", "VersionParams")
        .type("operation:gatewayCreate:params", "GatewayCreateParams")
        .type("operation:gatewayGet:params", "GatewayGetParams")
        .type("operation:gatewayDelete:params", "GatewayDeleteParams")
        .type("operation:gatewayTag:params", "GatewayTagParams")
        .type("operation:logList:params", "LogListParams")
        .type("operation:eventList:params", "EventListParams");
  }

  static ApiModel model() {
    List<String> gateways = List.of("gateways");
    List<String> logs = List.of("gateways", "logs");
    List<String> events = List.of("gateways", "events");

    ObjectType createBody =
        new ObjectType(
            CREATE_BODY,
            null,
            "GatewayCreateBody",
            Doc.NONE,
            at(CREATE_BODY),
            List.of(
                prop("id", string(), true, false, false, "gateway id"),
                prop(
                    "cache_ttl",
                    prim(PrimitiveKind.INT32),
                    true,
                    true,
                    false,
                    "Cache time to live in seconds; null: no caching."),
                prop(
                    "collect_logs",
                    prim(PrimitiveKind.BOOLEAN),
                    false,
                    false,
                    false,
                    "Whether logs are kept."),
                prop(
                    "rate_limiting_technique",
                    string(),
                    false,
                    true,
                    false,
                    "fixed or sliding; null clears it."),
                prop(
                    "logpush_public_key",
                    string(),
                    false,
                    false,
                    true,
                    "The key <b>logpush</b> encrypts with @since v2 */.")),
            null);

    Operation ping =
        op(
            "ping",
            "ping",
            List.of(),
            HttpMethod.GET,
            "/ping",
            "Checks the API is up.",
            List.of(),
            null,
            new Response(
                200,
                "application/json",
                new TypeRef.MapOf(new TypeRef.AnyJson()),
                null,
                at("#/ping")),
            null);
    Operation version =
        op(
            "version",
            "version",
            List.of(),
            HttpMethod.GET,
            "/version",
            "The API version, as text.",
            List.of(),
            null,
            new Response(200, "text/plain", string(), null, at("#/version")),
            null);
    Operation create =
        op(
            "gatewayCreate",
            "create",
            gateways,
            HttpMethod.POST,
            "/accounts/{account_id}/gateways",
            "Create a new Gateway.",
            List.of(path("account_id", "The account.")),
            new RequestBody(
                "application/json", new TypeRef.Named(CREATE_BODY), true, Doc.NONE, at("#/body")),
            envelope(new TypeRef.Named(GATEWAY), false),
            null);
    Operation get =
        op(
            "gatewayGet",
            "get",
            gateways,
            HttpMethod.GET,
            "/accounts/{account_id}/gateways/{id}",
            "Fetch a Gateway.",
            List.of(path("account_id", "The account."), path("id", "The gateway.")),
            null,
            envelope(new TypeRef.Named(GATEWAY), false),
            null);
    Operation delete =
        op(
            "gatewayDelete",
            "delete",
            gateways,
            HttpMethod.DELETE,
            "/accounts/{account_id}/gateways/{id}",
            "Delete a Gateway.",
            List.of(path("account_id", "The account."), path("id", "The gateway.")),
            null,
            new Response(204, null, null, null, at("#/204")),
            null);
    Operation tag =
        op(
            "gatewayTag",
            "tag",
            gateways,
            HttpMethod.PUT,
            "/accounts/{account_id}/gateways/{id}/tags",
            "Replace the tags of a Gateway.",
            List.of(path("account_id", "The account."), path("id", "The gateway.")),
            new RequestBody(
                "application/json",
                new TypeRef.ArrayOf(string(), false),
                true,
                doc("The tags."),
                at("#/b")),
            envelope(new TypeRef.ArrayOf(string(), false), false),
            null);

    Parameter page =
        new Parameter(
            "page",
            Parameter.Location.QUERY,
            prim(PrimitiveKind.INT64),
            false,
            Parameter.Style.FORM,
            true,
            doc("Page number, from 1."),
            IntNode.valueOf(1),
            Constraints.NONE,
            at("#/page"));
    Parameter perPage =
        new Parameter(
            "per_page",
            Parameter.Location.QUERY,
            prim(PrimitiveKind.INT32),
            false,
            Parameter.Style.FORM,
            true,
            doc("Items per page."),
            IntNode.valueOf(20),
            Constraints.NONE,
            at("#/per_page"));
    Parameter trace =
        new Parameter(
            "cf-aig-trace",
            Parameter.Location.HEADER,
            string(),
            false,
            Parameter.Style.SIMPLE,
            false,
            doc("A trace id echoed in the logs."),
            null,
            Constraints.NONE,
            at("#/trace"));
    Operation logList =
        op(
            "logList",
            "list",
            logs,
            HttpMethod.GET,
            "/accounts/{account_id}/gateways/{gateway_id}/logs",
            "List Gateway Logs.",
            List.of(
                path("account_id", "The account."),
                path("gateway_id", "The gateway."),
                query(
                    "filters",
                    new TypeRef.ArrayOf(new TypeRef.Named(FILTER), false),
                    Parameter.Style.INDEXED_BRACKETS,
                    true,
                    "Filters, sent as filters[0][key]=..."),
                query(
                    "tags",
                    new TypeRef.ArrayOf(string(), false),
                    Parameter.Style.FORM,
                    false,
                    "Tags, comma-separated."),
                query("search", string(), Parameter.Style.FORM, true, "Full-text search."),
                page,
                perPage,
                trace),
            null,
            envelope(new TypeRef.ArrayOf(new TypeRef.Named(LOG), false), true),
            new Pagination(
                Pagination.Kind.PAGE_NUMBER,
                new TypeRef.Named(LOG),
                "result",
                "page",
                "per_page",
                null,
                "result_info.total_count",
                "result_info.total_pages",
                null));
    Operation eventList =
        op(
            "eventList",
            "list",
            events,
            HttpMethod.GET,
            "/accounts/{account_id}/events",
            "List events, newest first.",
            List.of(
                path("account_id", "The account."),
                query("cursor", string(), Parameter.Style.FORM, true, "Where the page starts."),
                query(
                    "limit",
                    prim(PrimitiveKind.INT32),
                    Parameter.Style.FORM,
                    true,
                    "Items per page.")),
            null,
            envelope(new TypeRef.ArrayOf(new TypeRef.Named(EVENT), false), true),
            new Pagination(
                Pagination.Kind.CURSOR,
                new TypeRef.Named(EVENT),
                "result",
                "cursor",
                "limit",
                "result_info.cursor",
                null,
                null,
                null));

    Operation evaluationList =
        op(
            "evaluationList",
            "list",
            List.of("gateways", "evaluations"),
            HttpMethod.GET,
            "/accounts/{account_id}/evaluations",
            "List evaluations.",
            List.of(
                path("account_id", "The account."),
                query(
                    "offset",
                    prim(PrimitiveKind.INT32),
                    Parameter.Style.FORM,
                    true,
                    "How many items to skip."),
                query(
                    "limit",
                    prim(PrimitiveKind.INT32),
                    Parameter.Style.FORM,
                    true,
                    "Items per page.")),
            null,
            envelope(new TypeRef.ArrayOf(new TypeRef.Named(EVALUATION), false), true),
            new Pagination(
                Pagination.Kind.OFFSET,
                new TypeRef.Named(EVALUATION),
                "result",
                "offset",
                "limit",
                null,
                "result_info.total_count",
                null,
                null));

    Resource logsResource = new Resource(logs, List.of(logList), List.of());
    Resource evaluationsResource =
        new Resource(List.of("gateways", "evaluations"), List.of(evaluationList), List.of());
    Resource eventsResource = new Resource(events, List.of(eventList), List.of());
    Resource gatewaysResource =
        new Resource(
            gateways,
            List.of(create, get, delete, tag),
            List.of(logsResource, eventsResource, evaluationsResource));
    Resource root = new Resource(List.of(), List.of(ping, version), List.of(gatewaysResource));

    List<SecurityScheme> schemes =
        List.of(
            new SecurityScheme(
                "api_token",
                SecurityScheme.Kind.BEARER,
                null,
                null,
                doc("An API token."),
                "MINI_TOKEN"),
            new SecurityScheme(
                "api_email",
                SecurityScheme.Kind.API_KEY,
                Parameter.Location.HEADER,
                "X-Auth-Email",
                doc("The account email."),
                null),
            new SecurityScheme(
                "api_key",
                SecurityScheme.Kind.API_KEY,
                Parameter.Location.HEADER,
                "X-Auth-Key",
                doc("The global API key."),
                null));
    return new ApiModel(
        "Mini Gateway API",
        "1.0.0",
        doc("A small API shaped like Cloudflare's AI Gateway."),
        FILE,
        List.of("https://api.example.com/client/v4"),
        schemes,
        List.of(createBody),
        root,
        null,
        List.of());
  }
}
