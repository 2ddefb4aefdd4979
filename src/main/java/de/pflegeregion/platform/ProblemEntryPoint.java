package de.pflegeregion.platform;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.ObjectMapper;

/**
 * 401 and 403 for the API as RFC 9457 problem+json in German; the 401 carries Spring Security's
 * WWW-Authenticate header (RFC 6750, with error="invalid_token" for a bad token).
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint header = new BearerTokenAuthenticationEntryPoint();
    private final ObjectMapper json;

    ProblemEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        header.commence(request, response, e);
        write(response, request, HttpServletResponse.SC_UNAUTHORIZED, "Anmeldung nötig",
                request.getHeader("Authorization") == null
                        ? "Bitte senden Sie ein Token im Kopf „Authorization: Bearer …“; Sie erhalten es über POST /api/v1/auth/token."
                        : "Das Token ist unbekannt, abgelaufen oder widerrufen. Bitte fordern Sie ein neues an.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, request, HttpServletResponse.SC_FORBIDDEN, "Kein Zugriff",
                "Ihr Konto darf diese Daten nicht sehen oder ändern.");
    }

    private void write(HttpServletResponse response, HttpServletRequest request, int status, String title, String detail)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
