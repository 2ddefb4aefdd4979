package de.pflegeregion.site;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;

/**
 * {@code /schnittstelle}: the published OpenAPI description ({@code /v3/api-docs}) rendered on the
 * server as a page, so it needs no script (Swagger UI would need inline scripts our CSP forbids).
 */
@Controller
class ApiDescriptionPage {

    static final String API_DOCS = "/v3/api-docs";

    private final OpenApiWebMvcResource openApi;

    ApiDescriptionPage(OpenApiWebMvcResource openApi) {
        this.openApi = openApi;
    }

    @GetMapping("/schnittstelle")
    String page(HttpServletRequest request, Model model) throws IOException {
        // the very document /v3/api-docs serves, so page and description cannot drift apart
        OpenAPI api = Json31.mapper().readValue(openApi.openapiJson(request, API_DOCS, Locale.GERMANY), OpenAPI.class);
        model.addAttribute("api", ApiDescription.of(api));
        model.addAttribute("apiDocs", API_DOCS);
        return "api-description";
    }
}
