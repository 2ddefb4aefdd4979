package de.pflegeregion.site;

import de.pflegeregion.platform.InvalidInput;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * The one problem-details advice: every failure of an API controller becomes RFC 9457 problem+json
 * with a German title and detail; bad input names the query parameter, field or JSON path in the
 * property {@code parameter}. Spring's {@link ResponseEntityExceptionHandler} decides the status of
 * the framework's exceptions; {@link ErrorPages} uses {@link #afterErrorDispatch} for the failures that
 * happen before any controller is found (wrong media type or method, unknown path).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    /** How long a client should wait before asking again while the database is unreachable. */
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalidInput(InvalidInput e, WebRequest request) {
        return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e, WebRequest request) {
        return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    /** A broken multipart body on an endpoint that reads parts; too large ones are 413 above. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e, WebRequest request) {
        return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<Object> databaseUnavailable(Exception e, WebRequest request) {
        log.error("Database unreachable while answering an API request: {}", e.getMessage());
        return handleExceptionInternal(e, null, retryLater(), HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        if (databaseUnreachable(e)) {
            return databaseUnavailable(e, request);
        }
        if (valueOutOfRange(e)) {
            return handleExceptionInternal(new InvalidInput("", VALUE_OUT_OF_RANGE), null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
        }
        log.error("Unexpected API error", e);
        return handleExceptionInternal(e, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /**
     * Whether an error means the database is away: a failed access, a transaction that could not
     * begin for want of a connection, or one whose commit or rollback met a closed connection
     * (SQLSTATE class 08, connection exception; 57P, the server shutting down).
     */
    public static boolean databaseUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException e && databaseUnreachable(e.getApplicationException())
                    // the pool's "Connection is closed" (no SQLSTATE) when a rollback follows a connection PostgreSQL ended
                    || t instanceof TransactionSystemException e && e.getCause() instanceof SQLException s && s.getSQLState() == null
                    || t instanceof SQLException e && e.getSQLState() != null
                            && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** What a user reads when the database refused a value a form or request did not limit itself. */
    public static final String VALUE_OUT_OF_RANGE = "Eine Angabe ist zu lang oder liegt außerhalb des möglichen Bereichs "
            + "(zum Beispiel ein Text mit Tausenden Zeichen oder ein Datum im Jahr 999999). Bitte kürzen oder korrigieren Sie sie.";

    /**
     * Whether the database refused a value as too long or out of range (SQLSTATE 22001 string too long,
     * 22003 number out of range, 22008 date out of range): the caller's input, not a server fault.
     */
    public static boolean valueOutOfRange(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().equals("22001") || e.getSQLState().equals("22003") || e.getSQLState().equals("22008"))) {
                return true;
            }
        }
        return false;
    }

    /** The problem for an error the servlet container dispatched to /error for a path under /api. */
    public ResponseEntity<Object> afterErrorDispatch(Throwable error, HttpStatusCode status, String path, String detail) {
        ProblemDetail problem = problem(error instanceof Exception e ? e : null, status);
        if (detail != null) {
            problem.setDetail(detail);
        }
        problem.setInstance(URI.create(path));
        HttpHeaders headers = status.value() == HttpStatus.SERVICE_UNAVAILABLE.value() ? retryLater() : new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, headers, status);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return super.handleExceptionInternal(ex, problem(ex, status), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        HttpHeaders problemHeaders = HttpHeaders.copyOf(headers);
        // set, not negotiated: a client that accepts only text/html still learns what went wrong
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.createResponseEntity(body, problemHeaders, status, request);
    }

    static ProblemDetail problem(Exception ex, HttpStatusCode status) {
        ProblemDetail problem = switch (ex) {
            case InvalidInput e -> badInput(status, e.getMessage(), e.field());
            case NotFoundException e -> ProblemDetail.forStatusAndDetail(status, e.getMessage());
            case DataAccessResourceFailureException e -> ProblemDetail.forStatusAndDetail(status,
                    "Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es in einer Minute erneut.");
            case MethodArgumentNotValidException e -> invalidField(status, e.getBindingResult().getFieldError(),
                    requestName(e.getParameter()));
            case HandlerMethodValidationException e -> invalidParameter(status, e.getParameterValidationResults());
            case MissingServletRequestParameterException e ->
                    badInput(status, "Der Parameter '" + e.getParameterName() + "' fehlt.", e.getParameterName());
            case MethodArgumentTypeMismatchException e -> typeMismatch(status, e.getName(), e.getValue());
            case TypeMismatchException e -> typeMismatch(status, e.getPropertyName(), e.getValue());
            case HttpMessageNotReadableException e -> unreadable(status, e);
            case HttpMediaTypeNotSupportedException e -> ProblemDetail.forStatusAndDetail(status,
                    (e.getContentType() == null ? "Die Anfrage nennt keinen Content-Type. "
                            : "Den Inhaltstyp " + e.getContentType() + " nimmt diese Adresse nicht an. ")
                            + "Bitte senden Sie JSON mit Content-Type: application/json.");
            case HttpRequestMethodNotSupportedException e -> ProblemDetail.forStatusAndDetail(status,
                    "Die Methode " + e.getMethod() + " ist hier nicht erlaubt."
                            + (e.getSupportedHttpMethods() == null ? "" : " Erlaubt: " + e.getSupportedHttpMethods().stream()
                                    .map(Object::toString).collect(Collectors.joining(", ")) + "."));
            case HttpMediaTypeNotAcceptableException e -> ProblemDetail.forStatusAndDetail(status,
                    "Diese Adresse antwortet nur als " + e.getSupportedMediaTypes().stream()
                            .map(MediaType::toString).collect(Collectors.joining(" oder ")) + ".");
            case MaxUploadSizeExceededException e -> ProblemDetail.forStatusAndDetail(status,
                    "Der Inhalt der Anfrage ist zu groß" + (e.getMaxUploadSize() > 0
                            ? " (höchstens " + e.getMaxUploadSize() / (1024 * 1024) + " MB)." : "."));
            case MultipartException e -> badInput(status, "Der Inhalt der Anfrage ist kein lesbares multipart/form-data.", "body");
            case null, default -> ProblemDetail.forStatusAndDetail(status, defaultDetail(status));
        };
        problem.setTitle(title(status));
        return problem;
    }

    static String fieldPath(List<JacksonException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static ProblemDetail unreadable(HttpStatusCode status, HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = fieldPath(jackson.getPath());
            return badInput(status, "Das Feld '" + field + "' hat einen ungültigen Wert.", field);
        }
        return badInput(status, "Der Inhalt der Anfrage ist kein gültiges JSON.", "body");
    }

    private static ProblemDetail typeMismatch(HttpStatusCode status, String name, Object value) {
        return badInput(status, "Der Wert '" + value + "' passt nicht zum Parameter '" + name + "'.", name);
    }

    private static ProblemDetail invalidField(HttpStatusCode status, FieldError field, String fallbackName) {
        String name = field == null ? fallbackName : field.getField();
        String message = field == null ? null : field.getDefaultMessage();
        return badInput(status, "Das Feld '" + name + "' ist ungültig" + (message == null ? "." : ": " + message), name);
    }

    /** Names the first parameter (or the first field of a validated object) that broke a constraint. */
    private static ProblemDetail invalidParameter(HttpStatusCode status, List<ParameterValidationResult> results) {
        ParameterValidationResult first = results.getFirst();
        if (first instanceof ParameterErrors errors && errors.getFieldError() != null) {
            return invalidField(status, errors.getFieldError(), requestName(first.getMethodParameter()));
        }
        String name = requestName(first.getMethodParameter());
        String message = first.getResolvableErrors().isEmpty() ? null : first.getResolvableErrors().getFirst().getDefaultMessage();
        return badInput(status, "Der Parameter '" + name + "' ist ungültig" + (message == null ? "." : ": " + message), name);
    }

    /** The name a client uses: the request parameter's or path variable's, not the Java parameter's. */
    private static String requestName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        return parameter.getParameterName() == null ? "body" : parameter.getParameterName();
    }

    private static ProblemDetail badInput(HttpStatusCode status, String detail, String parameter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }

    private static HttpHeaders retryLater() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return headers;
    }

    private static String title(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Ungültige Eingabe";
            case 401 -> "Anmeldung erforderlich";
            case 403 -> "Keine Berechtigung";
            case 404 -> "Nicht gefunden";
            case 405 -> "Methode nicht erlaubt";
            case 406 -> "Antwortformat nicht verfügbar";
            case 413 -> "Inhalt zu groß";
            case 415 -> "Falscher Inhaltstyp";
            case 429 -> "Zu viele Anfragen";
            case 503 -> "Vorübergehend nicht verfügbar";
            default -> status.is4xxClientError() ? "Fehlerhafte Anfrage" : "Interner Fehler";
        };
    }

    private static String defaultDetail(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Die Anfrage ist ungültig.";
            case 401 -> "Für diese Anfrage ist eine Anmeldung nötig.";
            case 403 -> "Dafür fehlt die Berechtigung.";
            case 404 -> "Diese Adresse gibt es in der Schnittstelle nicht.";
            case 413 -> "Der Inhalt der Anfrage ist zu groß.";
            case 415 -> "Bitte senden Sie JSON mit Content-Type: application/json.";
            case 429 -> "Von Ihrer Adresse kamen zu viele Anfragen in kurzer Zeit. Bitte warten Sie so viele Sekunden, wie Retry-After nennt.";
            case 503 -> "Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es in einer Minute erneut.";
            default -> status.is4xxClientError() ? "Die Anfrage kann so nicht bearbeitet werden."
                    : "Die Anfrage konnte nicht bearbeitet werden. Bitte versuchen Sie es später erneut.";
        };
    }
}
