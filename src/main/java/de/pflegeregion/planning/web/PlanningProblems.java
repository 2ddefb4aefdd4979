package de.pflegeregion.planning.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import de.pflegeregion.planning.ImportError;
import de.pflegeregion.planning.YearNotAvailable;

/** The planning API's RFC 9457 answers beyond bad parameters (those are {@link de.pflegeregion.platform.InvalidInput}, 400). */
final class PlanningProblems {

    private PlanningProblems() {
    }

    /** 422 with every {row, field, message}; nothing was stored. */
    static ErrorResponseException rejectedFile(List<ImportError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Die Datei wurde nicht übernommen (" + errors.size() + " Fehler); es wurde nichts gespeichert.");
        problem.setTitle("Datei abgelehnt");
        problem.setProperty("errors", errors);
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }

    /** 422 naming the years a forecast can be made for. */
    static ErrorResponseException yearNotAvailable(YearNotAvailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setTitle("Jahr nicht vorausberechnet");
        problem.setProperty("parameter", "year");
        problem.setProperty("possibleYears", List.copyOf(e.possibleYears()));
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }

    static ErrorResponseException unprocessable(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, detail);
        problem.setTitle(title);
        return new ErrorResponseException(HttpStatus.UNPROCESSABLE_CONTENT, problem, null);
    }

    /** Another county's data, or a county that does not exist, look the same. */
    static ErrorResponseException notFound(String kreisAgs) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Für den Kreis " + kreisAgs + " gibt es hier keine Planungsdaten, die Sie sehen dürfen.");
        problem.setTitle("Nicht gefunden");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
