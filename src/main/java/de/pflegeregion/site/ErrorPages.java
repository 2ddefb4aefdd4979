package de.pflegeregion.site;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that reaches the servlet container's error dispatch: German pages for people,
 * RFC 9457 problem+json for the API. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, apiDetail(status));
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String view = switch (status) {
            case NOT_FOUND, METHOD_NOT_ALLOWED -> "error/not-found";
            case FORBIDDEN, UNAUTHORIZED -> "error/forbidden";
            case BAD_REQUEST -> "error/bad-request";
            default -> "error/server-error";
        };
        return new ModelAndView(view, Map.of("status", status.value()), status);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String apiDetail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Diese Adresse gibt es in der Schnittstelle nicht.";
            case FORBIDDEN, UNAUTHORIZED -> "Dafür fehlt die Berechtigung.";
            case BAD_REQUEST -> "Die Anfrage ist ungültig.";
            default -> "Die Anfrage konnte nicht bearbeitet werden. Bitte versuchen Sie es später erneut.";
        };
    }
}
