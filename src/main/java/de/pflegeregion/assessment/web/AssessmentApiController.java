package de.pflegeregion.assessment.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.pflegeregion.assessment.Answers;
import de.pflegeregion.assessment.PflegegradCalculator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code POST /api/v1/assessment}: scores a Pflegegrad self-assessment. Stateless; nothing is stored. */
@RestController
@Tag(name = "Pflegegrad", description = "Selbsteinschätzung nach dem Begutachtungsinstrument (§ 15 SGB XI)")
class AssessmentApiController {

    @PostMapping(path = "/api/v1/assessment", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pflegegrad aus den Antworten der Module 1 bis 8 berechnen, mit Punkten je Modul und Erklärung")
    AssessmentResponse assess(@RequestBody(required = false) AssessmentRequest request,
            @Parameter(description = "true: auch zeigen, welche einzelne andere Antwort zu einem anderen Pflegegrad führen würde")
            @RequestParam(name = "gradeChanges", defaultValue = "false") boolean gradeChanges) {
        Answers answers = AssessmentJson.toAnswers(request);
        return AssessmentJson.toResponse(PflegegradCalculator.assess(answers),
                gradeChanges ? PflegegradCalculator.gradeChanges(answers) : null);
    }
}
