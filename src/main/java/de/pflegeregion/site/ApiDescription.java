package de.pflegeregion.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The OpenAPI description as a person reads it on /schnittstelle: each endpoint with its method,
 * path, summary, parameters, request body fields (nested fields as dotted paths, as the problem
 * property {@code parameter} names them) and responses.
 */
record ApiDescription(String title, String version, String description, String licence, String licenceUrl,
        List<Endpoint> endpoints) {

    record Endpoint(String method, String path, String summary, String description, List<Field> parameters,
            String bodyType, List<Field> bodyFields, List<Answer> responses) {

        /** An id for the page's table of contents, e.g. {@code post-api-v1-assessment}. */
        public String anchor() {
            return (method + path).toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
        }
    }

    record Field(String name, String in, String type, boolean required, String description) {
    }

    record Answer(String status, String description, String mediaTypes) {
    }

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final int MAX_DEPTH = 4;

    static ApiDescription of(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        List<Endpoint> endpoints = new ArrayList<>();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    endpoints.add(endpoint(method.name(), path, operation, schemas))));
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return new ApiDescription(api.getInfo().getTitle(), api.getInfo().getVersion(), api.getInfo().getDescription(),
                api.getInfo().getLicense() == null ? null : api.getInfo().getLicense().getName(),
                api.getInfo().getLicense() == null ? null : api.getInfo().getLicense().getUrl(), List.copyOf(endpoints));
    }

    private static Endpoint endpoint(String method, String path, Operation operation, Map<String, Schema> schemas) {
        List<Field> parameters = operation.getParameters() == null ? List.of() : operation.getParameters().stream()
                .map(p -> new Field(p.getName(), p.getIn(), typeOf(p.getSchema()), Boolean.TRUE.equals(p.getRequired()),
                        p.getDescription()))
                .toList();
        Schema<?> body = operation.getRequestBody() == null ? null : firstSchema(operation.getRequestBody().getContent());
        List<Field> bodyFields = new ArrayList<>();
        if (body != null) {
            fields("", body, schemas, bodyFields, new HashSet<>(), 0);
        }
        List<Answer> responses = operation.getResponses() == null ? List.of() : operation.getResponses().entrySet().stream()
                .map(e -> new Answer(e.getKey(), e.getValue().getDescription(), e.getValue().getContent() == null ? ""
                        : String.join(", ", e.getValue().getContent().keySet())))
                .sorted(Comparator.comparing(Answer::status))
                .toList();
        return new Endpoint(method, path, operation.getSummary(), operation.getDescription(), parameters,
                body == null ? null : typeOf(body), List.copyOf(bodyFields), responses);
    }

    /** The object's properties as dotted paths, nested objects resolved once along each path. */
    private static void fields(String prefix, Schema<?> schema, Map<String, Schema> schemas, List<Field> into,
            Set<String> seen, int depth) {
        Schema<?> resolved = resolve(schema, schemas);
        if (resolved == null || resolved.getProperties() == null || depth > MAX_DEPTH
                || (schema.get$ref() != null && !seen.add(schema.get$ref()))) {
            return;
        }
        List<String> required = resolved.getRequired() == null ? List.of() : resolved.getRequired();
        resolved.getProperties().forEach((name, property) -> {
            into.add(new Field(prefix + name, "body", typeOf(property), required.contains(name), descriptionOf(property, schemas)));
            fields(prefix + name + ".", property, schemas, into, new HashSet<>(seen), depth + 1);
        });
    }

    private static Schema<?> resolve(Schema<?> schema, Map<String, Schema> schemas) {
        return schema != null && schema.get$ref() != null ? schemas.get(schema.get$ref().substring(SCHEMA_REF.length())) : schema;
    }

    private static Schema<?> firstSchema(Content content) {
        return content == null || content.isEmpty() ? null : content.values().iterator().next().getSchema();
    }

    private static String descriptionOf(Schema<?> property, Map<String, Schema> schemas) {
        if (property.getDescription() != null) {
            return property.getDescription();
        }
        Schema<?> resolved = resolve(property, schemas);
        return resolved == null ? null : resolved.getDescription();
    }

    /** "string (date)", "integer", "Liste aus OfferJson", "KombinationRequest", "string, Werte: relative, other". */
    static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "";
        }
        if (schema.get$ref() != null) {
            return schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null ? String.join(" | ", schema.getTypes().stream().filter(t -> !"null".equals(t)).toList())
                : "object";
        if ("array".equals(type)) {
            return "Liste aus " + typeOf(schema.getItems());
        }
        String format = schema.getFormat() == null ? "" : " (" + schema.getFormat() + ")";
        String values = schema.getEnum() == null ? "" : ", Werte: " + String.join(", ", schema.getEnum().stream().map(String::valueOf).toList());
        return type + format + values;
    }
}
