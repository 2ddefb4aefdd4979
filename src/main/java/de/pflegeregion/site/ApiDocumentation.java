package de.pflegeregion.site;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.stereotype.Component;

import de.pflegeregion.platform.CountySettings;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import tools.jackson.databind.JsonNode;

/**
 * Completes the OpenAPI description springdoc derives from the API controllers: who publishes it
 * under which licence, and the problem+json answers (RFC 9457) of {@link ApiProblems} on every
 * operation they can occur on. A feature declares what springdoc cannot see itself with the standard
 * annotations: {@code @Operation(summary = ...)}, {@code @ApiResponse(responseCode = "404")} for a
 * lookup that can miss, {@code @SecurityRequirement(name = "bearer")} for an endpoint that needs a token.
 */
@Component
class ApiDocumentation implements OpenApiCustomizer {

    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String BEARER = "bearer";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final CountySettings county;

    ApiDocumentation(CountySettings county) {
        this.county = county;
        // a free JSON value (e.g. an answer: a number, true/false or an object), not the getters of Jackson's tree type
        SpringDocUtils.getConfig().replaceWithSchema(JsonNode.class, new Schema<>().description("Ein JSON-Wert."));
    }

    @Override
    public void customise(OpenAPI api) {
        api.info(new Info()
                .title("Pflegeregion – Schnittstelle")
                .version("v1")
                .description("Die offene Schnittstelle der Pflegeregion: Pflegegrad-Einschätzung, Leistungen der Pflegeversicherung "
                        + "und Angebote in der Nähe. Antworten sind JSON; Fehler sind application/problem+json (RFC 9457), "
                        + "bei fehlerhafter Eingabe nennt die Eigenschaft parameter das Feld, den Parameter oder den JSON-Pfad.")
                .license(new License().name("EUPL-1.2").url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"))
                .contact(new Contact().name(county.name()).email(county.email())));
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (api.getComponents().getSecuritySchemes() == null || !api.getComponents().getSecuritySchemes().containsKey(BEARER)) {
            api.getComponents().addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("Token aus POST /api/v1/auth/token, als Authorization: Bearer <token>."));
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> documentProblems(path, operation)));
        }
    }

    private static void documentProblems(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            responses.putIfAbsent("400", problem("Ungültige Eingabe; parameter nennt das Feld, den Parameter oder den JSON-Pfad."));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            responses.putIfAbsent("401", problem("Kein oder kein gültiges Token."));
            responses.putIfAbsent("403", problem("Das Token berechtigt nicht zu dieser Änderung."));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", problem("Das Angefragte gibt es nicht oder nicht mehr."));
        }
        if (operation.getRequestBody() != null) {
            responses.putIfAbsent("415", problem("Der Inhalt ist nicht application/json."));
        }
        responses.putIfAbsent("500", problem("Interner Fehler, ohne Einzelheiten."));
        // a problem answer a feature declared itself gets the same body
        responses.forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
    }

    private static Schema<?> problemSchema() {
        Schema<?> schema = new ObjectSchema().description("Fehler nach RFC 9457 (Problem Details for HTTP APIs), auf Deutsch.");
        schema.addProperty("type", new StringSchema().format("uri").description("Art des Fehlers; about:blank, wenn der Status genügt."));
        schema.addProperty("title", new StringSchema().description("Kurzbeschreibung, z. B. „Ungültige Eingabe“."));
        schema.addProperty("status", new IntegerSchema().description("HTTP-Status."));
        schema.addProperty("detail", new StringSchema().description("Was falsch ist, in einfachen Worten."));
        schema.addProperty("instance", new StringSchema().format("uri").description("Die angefragte Adresse."));
        schema.addProperty("parameter", new StringSchema()
                .description("Nur bei fehlerhafter Eingabe: das Feld, der Parameter oder der JSON-Pfad, z. B. answers.4.8."));
        return schema;
    }
}
