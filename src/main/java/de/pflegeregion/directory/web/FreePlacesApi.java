package de.pflegeregion.directory.web;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import de.pflegeregion.directory.FreePlaces;
import de.pflegeregion.directory.Offer;
import de.pflegeregion.directory.OfferAccessDeniedException;
import de.pflegeregion.directory.OfferRegistry;
import de.pflegeregion.directory.OfferValidationException;
import de.pflegeregion.directory.StaleOfferException;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.CurrentAccount;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.site.NotFoundException;

/**
 * {@code PUT /api/v1/offers/{id}/free-places}: a home's own software reports its free places (e.g.
 * daily, as Heimfinder NRW asks of homes) with a bearer token of the provider's or the county
 * admin's account. Same checks and the same audit entry as the provider's form.
 */
@RestController
@Tag(name = "Angebote")
class FreePlacesApi {

    record FreePlacesReport(String type, Integer places) {
    }

    record FreePlacesJson(long offerId, String type, int places, Instant reportedAt, String reportedBy) {
    }

    private final OfferRegistry registry;
    private final CurrentAccount currentAccount;
    private final OfferViews views;

    FreePlacesApi(OfferRegistry registry, CurrentAccount currentAccount, OfferViews views) {
        this.registry = registry;
        this.currentAccount = currentAccount;
        this.views = views;
    }

    @Operation(summary = "Freie Plätze eines eigenen Angebots melden (Anbieter- oder Verwaltungskonto)")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "Gespeichert, mit Zeitpunkt und Konto der Meldung.")
    @ApiResponse(responseCode = "409", description = "Das Angebot wurde inzwischen geändert; erneut melden.")
    @PutMapping(path = "/api/v1/offers/{id}/free-places", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    FreePlacesJson report(@PathVariable long id, @RequestBody FreePlacesReport report, Authentication authentication) {
        Account account = currentAccount.of(authentication);
        Offer offer = registry.find(id).filter(o -> !o.retired())
                .orElseThrow(() -> new NotFoundException("Das Angebot " + id + " gibt es nicht oder nicht mehr."));
        if (!registry.mayEdit(account, offer)) {
            throw new OfferAccessDeniedException(account.username(), id);
        }
        Set<String> countable = views.countableTypes(offer.tenantId(), offer.types());
        if (report.type() == null || !countable.contains(report.type())) {
            throw new InvalidInput("type", "Das Angebot hat keine Angebotsart „" + report.type() + "“ mit Plätzen. Möglich: "
                    + String.join(", ", countable) + ".");
        }
        if (report.places() == null) {
            throw new InvalidInput("places", "Bitte geben Sie die Zahl der freien Plätze an, 0 wenn keiner frei ist.");
        }
        try {
            Offer saved = registry.reportFreePlaces(id, offer.version(), Map.of(report.type(), report.places()), account);
            FreePlaces free = saved.freePlaces().get(report.type());
            return new FreePlacesJson(id, report.type(), free.count(), free.reportedAt(), free.reportedBy());
        } catch (OfferValidationException e) {
            // the type is checked above, so what is left concerns the number
            throw new InvalidInput("places", e.errors().getFirst().message());
        }
    }

    @ExceptionHandler({OfferAccessDeniedException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Freie Plätze dieses Angebots meldet nur der Anbieter, dem es zugeordnet ist, oder die Verwaltung seines Landkreises.");
        problem.setTitle("Kein Zugriff");
        return problem(problem);
    }

    @ExceptionHandler(StaleOfferException.class)
    ResponseEntity<ProblemDetail> conflict() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Das Angebot wurde gerade von jemand anderem geändert. Bitte senden Sie die Meldung noch einmal.");
        problem.setTitle("Gleichzeitige Änderung");
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
