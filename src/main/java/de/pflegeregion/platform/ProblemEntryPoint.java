package de.pflegeregion.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import tools.jackson.databind.ObjectMapper;

/**
 * 401 for the API: Spring Security's WWW-Authenticate header (RFC 6750, with error="invalid_token"
 * for a bad token) and an RFC 9457 problem+json body in German.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint header = new BearerTokenAuthenticationEntryPoint();
    private final ObjectMapper json;

    ProblemEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        header.commence(request, response, e);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Anmeldung nötig");
        problem.put("status", HttpServletResponse.SC_UNAUTHORIZED);
        problem.put("detail", request.getHeader("Authorization") == null
                ? "Bitte senden Sie ein Token im Kopf „Authorization: Bearer …“; Sie erhalten es über POST /api/v1/auth/token."
                : "Das Token ist unbekannt, abgelaufen oder widerrufen. Bitte fordern Sie ein neues an.");
        problem.put("instance", request.getRequestURI());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
