package de.pflegeregion.assessment.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.pflegeregion.assessment.Answers;
import de.pflegeregion.assessment.PflegegradCalculator;

/** {@code POST /api/v1/assessment}: scores a Pflegegrad self-assessment. Stateless; nothing is stored. */
@RestController
class AssessmentApiController {

    @PostMapping(path = "/api/v1/assessment", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    AssessmentResponse assess(@RequestBody(required = false) AssessmentRequest request,
            @RequestParam(name = "gradeChanges", defaultValue = "false") boolean gradeChanges) {
        Answers answers = AssessmentJson.toAnswers(request);
        return AssessmentJson.toResponse(PflegegradCalculator.assess(answers),
                gradeChanges ? PflegegradCalculator.gradeChanges(answers) : null);
    }
}
