package de.pflegeregion.assessment.web;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import de.pflegeregion.site.ApiProblems;

/** The contract of POST /api/v1/assessment: results as specified, every bad input a 400 naming the field. */
class AssessmentApiControllerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new AssessmentApiController())
            .setControllerAdvice(new ApiProblems()).build();

    private ResultActions post(String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/assessment").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void scoresTheSpecExampleRequest() throws Exception {
        String json = """
                {
                  "ageMonths": 840,
                  "specialConstellation": false,
                  "continence": {"urinary": "ueberwiegend-inkontinent", "faecal": "kontinent"},
                  "answers": {
                    "1.1": 2, "2.5": 1, "3.2": 3, "4.8": 1, "4.13": 1, "4.K": false,
                    "5.1": {"perDay": 3, "perWeek": 0, "perMonth": 0},
                    "5.12": {"daily": false, "perWeek": 1, "perMonth": 0},
                    "5.13": {"perWeek": 0, "perMonth": 2},
                    "5.16": 1, "6.3": 2, "7.1": 1, "8.1": 3
                  }
                }""";
        // Module 1: 2 → 2.5; module 2: 1 → 0; module 3: 5 → 11.25 (counts); module 4: 3 + 6 = 9 → 20;
        // module 5: 5.1 three a day → 1, 5.12 weekly 8.6 + 5.13 2 = 10.6 → 2, 5.16 → 1: raw 4 → 15;
        // module 6: 2 → 3.75. Total 52.5 → Pflegegrad 3.
        post(json).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.modules.length()").value(6))
                .andExpect(jsonPath("$.modules[0].module").value(1))
                .andExpect(jsonPath("$.modules[0].rawPoints").value(2))
                .andExpect(jsonPath("$.modules[0].weightedPoints").value(2.5))
                .andExpect(jsonPath("$.modules[2].weightedPoints").value(11.25))
                .andExpect(jsonPath("$.modules[3].rawPoints").value(9))
                .andExpect(jsonPath("$.modules[4].rawPoints").value(4))
                .andExpect(jsonPath("$.modules[4].weightedPoints").value(15))
                .andExpect(jsonPath("$.countedModuleOf2And3").value(3))
                .andExpect(jsonPath("$.totalPoints").value(52.5))
                .andExpect(jsonPath("$.pflegegrad").value(3))
                .andExpect(jsonPath("$.pointsToNextPflegegrad").value(17.5))
                .andExpect(jsonPath("$.gradeChanges").doesNotExist());
    }

    @Test
    void emptyAnswersGiveNoGrade() throws Exception {
        post("{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalPoints").value(0))
                .andExpect(jsonPath("$.pflegegrad").value(0));
    }

    @Test
    void listsSingleAnswersThatChangeTheGradeOnRequest() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/assessment?gradeChanges=true").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\": {\"4.1\": 3, \"1.5\": 2}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pflegegrad").value(1))
                .andExpect(jsonPath("$.gradeChanges[0].criterion").value("1.5"))
                .andExpect(jsonPath("$.gradeChanges[0].pflegegrad").value(0));
    }

    @Test
    void infantIsPlacedOneGradeHigher() throws Exception {
        post("{\"ageMonths\": 10, \"answers\": {\"4.K\": true}}").andExpect(status().isOk())
                .andExpect(jsonPath("$.totalPoints").value(30))
                .andExpect(jsonPath("$.pflegegrad").value(3));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"answers\": {\"9.9\": 1}}|answers.9.9",
            "{\"answers\": {\"1.1\": 4}}|answers.1.1",
            "{\"answers\": {\"1.1\": -1}}|answers.1.1",
            "{\"answers\": {\"4.13\": 3}}|answers.4.13",
            "{\"answers\": {\"1.1\": \"zwei\"}}|answers.1.1",
            "{\"answers\": {\"1.1\": 1.5}}|answers.1.1",
            "{\"answers\": {\"1.1\": null}}|answers.1.1",
            "{\"answers\": {\"4.K\": 1}}|answers.4.K",
            "{\"answers\": {\"5.1\": 3}}|answers.5.1",
            "{\"answers\": {\"5.1\": {\"perWeek\": -1}}}|answers.5.1.perWeek",
            "{\"answers\": {\"5.1\": {\"perDay\": \"drei\"}}}|answers.5.1.perDay",
            "{\"answers\": {\"5.1\": {\"perYear\": 1}}}|answers.5.1.perYear",
            "{\"answers\": {\"5.13\": {\"perDay\": 1}}}|answers.5.13.perDay",
            "{\"answers\": {\"5.12\": {\"daily\": 1}}}|answers.5.12.daily",
            "{\"answers\": {\"5.1\": {\"perDay\": 100000}}}|answers.5.1.perDay",
            "{\"ageMonths\": -3}|ageMonths",
            "{\"ageMonths\": \"alt\"}|ageMonths",
            "{\"specialConstellation\": \"ja\"}|specialConstellation",
            "{\"continence\": {\"urinary\": \"manchmal\"}}|continence.urinary",
            "{\"continence\": {\"faecal\": 3}}|continence.faecal",
            "{\"answers\": [1, 2]}|answers",
            "{\"answers\": {\"1.1\": 1|answers",
            "not json|body",
            "''|body"})
    void badInputIsA400ProblemNamingTheField(String json, String field) throws Exception {
        post(json).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value(field))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
