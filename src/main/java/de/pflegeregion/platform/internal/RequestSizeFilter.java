package de.pflegeregion.platform.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import de.pflegeregion.platform.BodyLimit;

/**
 * Refuses a body larger than its kind allows before anything reads it: JSON and other small bodies, form
 * posts, and uploads (multipart and raw files) each have their limit ({@link AbuseLimits}). A body whose
 * length is announced is judged by Content-Length; a chunked one is counted while it is read
 * ({@link LimitedBodyRequest}), whatever the method. Form and multipart bodies the container reads itself,
 * past that count, and limits: forms of every method with a body under our form limit
 * ({@link AbuseLimitsConfiguration}), multipart under {@code spring.servlet.multipart.max-request-size}.
 * Also answers 400 for query or form parameters the container cannot decode (invalid UTF-8, too many) or
 * that hold a NUL character, which would otherwise surface as an unexpected error inside a handler or the
 * database.
 */
class RequestSizeFilter extends OncePerRequestFilter {

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
            BodyLimit.exceeded(request, limit);
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
            } catch (IllegalStateException unreadable) {
                // Tomcat's InvalidParameterException: a parameter that is not UTF-8, more parameters than allowed,
                // or a chunked form above the limit (error code 413)
                logger.debug("Unreadable request parameters: " + unreadable.getMessage());
                boolean tooLarge = unreadable instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413;
                if (tooLarge) {
                    BodyLimit.exceeded(request, limit);
                }
                response.sendError(tooLarge ? 413 : 400);
                return;
            }
        }
        if (request.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        LimitedBodyRequest limited = new LimitedBodyRequest(request, limit.toBytes());
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded() || response.isCommitted()) {
                throw e;
            }
        }
        if (limited.exceeded() && !response.isCommitted() && response.getStatus() != 413) {
            // the handler turned the failed read into another answer (or an exception): the cause is the size
            response.resetBuffer();
            BodyLimit.exceeded(request, limit);
            response.sendError(413);
        }
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
