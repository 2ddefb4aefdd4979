package de.pflegeregion.platform.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body larger than its kind allows before anything reads it: JSON and other small bodies, form
 * posts, and uploads (multipart and raw files) each have their limit ({@link AbuseLimits}). A body whose
 * length is announced is judged by Content-Length; the container enforces the form and multipart limits
 * for chunked bodies. Also answers 400 for query or form parameters the container cannot decode (invalid
 * UTF-8, too many) or that hold a NUL character, which would otherwise surface as an unexpected error
 * inside a handler or the database.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    static final String LIMIT_ATTRIBUTE = RequestSizeFilter.class.getName() + ".limit";

    private final AbuseLimits limits;

    RequestSizeFilter(AbuseLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        DataSize limit = limitFor(contentType);
        if (request.getContentLengthLong() > limit.toBytes()) {
            request.setAttribute(LIMIT_ATTRIBUTE, limit);
            response.sendError(413);
            return;
        }
        if (!contentType.startsWith("multipart/")) {
            try {
                if (containsNul(request.getParameterMap())) {
                    // no text anyone types holds U+0000, and PostgreSQL cannot store it
                    response.sendError(400);
                    return;
                }
            } catch (IllegalStateException undecodable) {
                // Tomcat's InvalidParameterException: a parameter that is not UTF-8, or more parameters than allowed
                logger.debug("Undecodable request parameters: " + undecodable.getMessage());
                response.sendError(400);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean containsNul(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value.indexOf('\u0000') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private DataSize limitFor(String contentType) {
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            return limits.formBody();
        }
        if (contentType.contains("json") || contentType.startsWith("text/plain") || contentType.contains("xml")) {
            return limits.jsonBody();
        }
        return limits.uploadBody();
    }
}
