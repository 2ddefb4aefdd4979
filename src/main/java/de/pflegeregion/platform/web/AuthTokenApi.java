package de.pflegeregion.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.ApiTokens;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.platform.IssuedToken;
import de.pflegeregion.platform.PasswordLogin;
import de.pflegeregion.platform.LoginLockedException;

/**
 * {@code POST /api/v1/auth/token} (spec planning.md): username and password for a bearer token.
 * The password check is the login's, so failures here count against the same lock.
 */
@RestController
@Tag(name = "Anmeldung", description = "Tokens für Programme, die im Namen eines Kontos melden")
class AuthTokenApi {

    static final String LABEL = "über die API angefordert";

    record Credentials(String username, String password) {
    }

    record TokenJson(String token, Instant expiresAt) {
    }

    private final PasswordLogin login;
    private final ApiTokens tokens;
    private final Clock clock;

    AuthTokenApi(PasswordLogin login, ApiTokens tokens, Clock clock) {
        this.login = login;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Operation(summary = "Mit Benutzername und Passwort ein Token holen (Authorization: Bearer <token>)")
    @ApiResponse(responseCode = "201", description = "Das Token, nur dieses eine Mal im Klartext, mit Ablaufzeit.")
    @ApiResponse(responseCode = "401", description = "Benutzername oder Passwort falsch.")
    @ApiResponse(responseCode = "429", description = "Nach zu vielen Fehlversuchen kurz gesperrt; Retry-After nennt die Sekunden.")
    @PostMapping(path = "/api/v1/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenJson> token(@RequestBody Credentials credentials, HttpServletRequest request) {
        if (credentials.username() == null || credentials.username().isBlank()) {
            throw new InvalidInput("username", "Bitte geben Sie den Benutzernamen an.");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new InvalidInput("password", "Bitte geben Sie das Passwort an.");
        }
        Account account = login.check(credentials.username().strip(), credentials.password(), request.getRemoteAddr());
        IssuedToken issued = tokens.issue(account, LABEL);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(new TokenJson(issued.token(), issued.expiresAt()));
    }

    @ExceptionHandler(LoginLockedException.class)
    ResponseEntity<ProblemDetail> locked(LoginLockedException e) {
        long seconds = Math.max(1, Duration.between(clock.instant(), e.lockedUntil()).toSeconds());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Zu viele falsche Passwörter für diesen Benutzernamen. Die Anmeldung ist bis " + e.lockedUntil() + " gesperrt.");
        problem.setTitle("Anmeldung vorübergehend gesperrt");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> refused() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Benutzername oder Passwort stimmt nicht, oder das Konto ist gesperrt.");
        problem.setTitle("Anmeldung fehlgeschlagen");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pflegeregion\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
