package de.pflegeregion.site;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

import de.pflegeregion.platform.BodyLimit;
import de.pflegeregion.platform.InvalidInput;

/**
 * Every error that reaches the servlet container's error dispatch: German pages for people,
 * RFC 9457 problem+json for the API (worded by {@link ApiProblems}). Never a stack trace. An
 * unreachable database is a 503 with Retry-After, not a server error.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ErrorAttributes errorAttributes;
    private final ApiProblems apiProblems;

    ErrorPages(ErrorAttributes errorAttributes, ApiProblems apiProblems) {
        this.errorAttributes = errorAttributes;
        this.apiProblems = apiProblems;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Throwable error = databaseFailureIn(errorAttributes.getError(new ServletWebRequest(request)));
        InvalidInput invalid = invalidInputIn(error);
        if (invalid == null && ApiProblems.valueOutOfRange(error)) {
            invalid = new InvalidInput("", ApiProblems.VALUE_OUT_OF_RANGE);
        }
        HttpStatus status = ApiProblems.databaseUnreachable(error) ? HttpStatus.SERVICE_UNAVAILABLE
                : invalid != null ? HttpStatus.BAD_REQUEST : statusOf(request);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "/";
        // the JSON interfaces (API and the OParl view of the network) answer errors as problem+json
        if (path.startsWith(request.getContextPath() + "/api/") || path.startsWith(request.getContextPath() + "/oparl/")) {
            return apiProblems.afterErrorDispatch(error, status, path, BodyLimit.of(request)
                    .map(limit -> "Der Inhalt der Anfrage ist zu groß (höchstens " + limit + ").").orElse(null));
        }
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblems.RETRY_AFTER_SECONDS);
        }
        String view = switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "error/not-found";
            case FORBIDDEN, UNAUTHORIZED -> "error/forbidden";
            case BAD_REQUEST -> "error/bad-request";
            case TOO_MANY_REQUESTS -> "error/too-many-requests";
            case SERVICE_UNAVAILABLE -> "error/unavailable";
            default -> status.value() == 413 ? "error/too-large" : "error/server-error";
        };
        Map<String, Object> model = new HashMap<>(Map.of("status", status.value()));
        if (invalid != null) {
            model.put("message", invalid.getMessage());
        }
        BodyLimit.of(request).ifPresent(limit -> model.put("limit", limit));
        if (status == HttpStatus.TOO_MANY_REQUESTS && path.equals(request.getContextPath() + "/anmelden")
                && request.getParameter("username") instanceof String username && !username.isBlank()) {
            model.put("username", username); // so the way back to the login keeps what was typed
        }
        if (response.getHeader(HttpHeaders.RETRY_AFTER) != null) {
            model.put("retryAfter", response.getHeader(HttpHeaders.RETRY_AFTER));
        }
        return new ModelAndView(view, model, status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** Bad input a page handler refused by throwing (its message is German and names the field), else null. */
    private static InvalidInput invalidInputIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidInput invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** The database failure somewhere in the chain (wrapped by a filter or the servlet), else the error itself. */
    private static Throwable databaseFailureIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException) {
                return t;
            }
        }
        return error;
    }
}
