package de.pflegeregion.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import de.pflegeregion.platform.InvalidInput;

/** Each kind of failure an API controller can meet, as the problem+json a client receives. */
class ApiProblemsTest {

    record Plan(@NotNull @Min(1) @Max(5) Integer pflegegrad) {
    }

    @RestController
    static class ProblemApi {

        @PostMapping(path = "/api/v1/test/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
        Plan plan(@Valid @RequestBody Plan plan) {
            return plan;
        }

        @GetMapping("/api/v1/test/grade")
        int grade(@RequestParam(name = "pflegegrad") @Min(1) @Max(5) int grade) {
            return grade;
        }

        @GetMapping("/api/v1/test/invalid")
        void invalid() {
            throw new InvalidInput("verhinderungspflege.days", "Die Zahl der Tage muss zwischen 0 und 42 liegen.");
        }

        @GetMapping("/api/v1/test/missing")
        void missing() {
            throw new NotFoundException("Das Angebot 7 gibt es nicht oder nicht mehr.");
        }

        @PostMapping("/api/v1/test/upload")
        void upload() {
            throw new MaxUploadSizeExceededException(5 * 1024 * 1024);
        }

        @GetMapping("/api/v1/test/database")
        void database() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", new java.sql.SQLException("refused"));
        }

        @GetMapping("/api/v1/test/bug")
        void bug() {
            throw new IllegalStateException("secret internal state");
        }

        @PostMapping("/api/v1/test/body")
        Plan body(@RequestBody Plan plan) {
            return plan;
        }

        @GetMapping("/api/v1/test/json")
        Plan json() {
            return new Plan(3);
        }
    }

    private final MockMvc mvc;

    ApiProblemsTest() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new ProblemApi()).setValidator(validator)
                .setControllerAdvice(new ApiProblems()).build();
    }

    private static void isProblem(ResultActions result, int status, String title) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void invalidInputNamesItsField() throws Exception {
        ResultActions result = mvc.perform(get("/api/v1/test/invalid"));
        isProblem(result, 400, "Ungültige Eingabe");
        result.andExpect(jsonPath("$.parameter").value("verhinderungspflege.days"))
                .andExpect(jsonPath("$.detail").value("Die Zahl der Tage muss zwischen 0 und 42 liegen."));
    }

    @Test
    void beanValidationOfABodyNamesTheFirstBadField() throws Exception {
        ResultActions result = mvc.perform(post("/api/v1/test/plan").contentType(MediaType.APPLICATION_JSON).content("{\"pflegegrad\": 7}"));
        isProblem(result, 400, "Ungültige Eingabe");
        result.andExpect(jsonPath("$.parameter").value("pflegegrad"))
                .andExpect(jsonPath("$.detail").value(containsString("'pflegegrad'")));
    }

    @Test
    void beanValidationOfAParameterNamesTheRequestParameter() throws Exception {
        ResultActions result = mvc.perform(get("/api/v1/test/grade").param("pflegegrad", "0"));
        isProblem(result, 400, "Ungültige Eingabe");
        result.andExpect(jsonPath("$.parameter").value("pflegegrad"));
    }

    @Test
    void typeMismatchAndMissingParameterNameTheParameter() throws Exception {
        ResultActions mismatch = mvc.perform(get("/api/v1/test/grade").param("pflegegrad", "drei"));
        isProblem(mismatch, 400, "Ungültige Eingabe");
        mismatch.andExpect(jsonPath("$.parameter").value("pflegegrad")).andExpect(jsonPath("$.detail").value(containsString("drei")));
        ResultActions missing = mvc.perform(get("/api/v1/test/grade"));
        isProblem(missing, 400, "Ungültige Eingabe");
        missing.andExpect(jsonPath("$.parameter").value("pflegegrad")).andExpect(jsonPath("$.detail").value(containsString("fehlt")));
    }

    @Test
    void unreadableJsonNamesTheJsonPathOrTheBody() throws Exception {
        ResultActions wrongType = mvc.perform(post("/api/v1/test/plan").contentType(MediaType.APPLICATION_JSON).content("{\"pflegegrad\": \"drei\"}"));
        isProblem(wrongType, 400, "Ungültige Eingabe");
        wrongType.andExpect(jsonPath("$.parameter").value("pflegegrad"));
        ResultActions broken = mvc.perform(post("/api/v1/test/plan").contentType(MediaType.APPLICATION_JSON).content("{\"pflegegrad\""));
        isProblem(broken, 400, "Ungültige Eingabe");
        broken.andExpect(jsonPath("$.parameter").value("body"));
    }

    @Test
    void wrongMediaTypeIs415NamingJson() throws Exception {
        ResultActions result = mvc.perform(post("/api/v1/test/body").contentType(MediaType.TEXT_PLAIN).content("pflegegrad=3"));
        isProblem(result, 415, "Falscher Inhaltstyp");
        result.andExpect(jsonPath("$.detail").value(containsString("application/json")));
    }

    @Test
    void unacceptableAnswerFormatIs406() throws Exception {
        isProblem(mvc.perform(get("/api/v1/test/json").accept(MediaType.APPLICATION_XML)), 406, "Antwortformat nicht verfügbar");
    }

    /** Found no handler: the container's error dispatch asks the advice for the same wording. */
    @Test
    void failuresBeforeAnyHandlerAreWordedTheSameWay() {
        ResponseEntity<Object> method = new ApiProblems().afterErrorDispatch(
                new HttpRequestMethodNotSupportedException("DELETE", List.of("GET")), HttpStatus.METHOD_NOT_ALLOWED, "/api/v1/ping", null);
        assertThat(method.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(method.getBody()).isInstanceOfSatisfying(ProblemDetail.class, problem -> {
            assertThat(problem.getTitle()).isEqualTo("Methode nicht erlaubt");
            assertThat(problem.getDetail()).contains("DELETE").contains("GET");
            assertThat(problem.getInstance()).hasToString("/api/v1/ping");
        });
        ResponseEntity<Object> mediaType = new ApiProblems().afterErrorDispatch(
                new HttpMediaTypeNotSupportedException(MediaType.MULTIPART_FORM_DATA, List.of(MediaType.APPLICATION_JSON)),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "/api/v1/assessment", null);
        assertThat(mediaType.getBody()).isInstanceOfSatisfying(ProblemDetail.class, problem -> {
            assertThat(problem.getStatus()).isEqualTo(415);
            assertThat(problem.getDetail()).contains("multipart/form-data").contains("Content-Type: application/json");
        });
        ResponseEntity<Object> unknown = new ApiProblems().afterErrorDispatch(null, HttpStatus.NOT_FOUND, "/api/v1/gibt-es-nicht", null);
        assertThat(unknown.getBody()).isInstanceOfSatisfying(ProblemDetail.class, problem ->
                assertThat(problem.getDetail()).isEqualTo("Diese Adresse gibt es in der Schnittstelle nicht."));
    }

    @Test
    void notFoundIs404WithTheDetail() throws Exception {
        ResultActions result = mvc.perform(get("/api/v1/test/missing"));
        isProblem(result, 404, "Nicht gefunden");
        result.andExpect(jsonPath("$.detail").value("Das Angebot 7 gibt es nicht oder nicht mehr."));
    }

    @Test
    void tooLargeUploadIs413() throws Exception {
        ResultActions result = mvc.perform(post("/api/v1/test/upload"));
        isProblem(result, 413, "Inhalt zu groß");
        result.andExpect(jsonPath("$.detail").value(containsString("5 MB")));
    }

    @Test
    void unreachableDatabaseIs503WithRetryAfter() throws Exception {
        ResultActions result = mvc.perform(get("/api/v1/test/database"));
        isProblem(result, 503, "Vorübergehend nicht verfügbar");
        result.andExpect(header().string("Retry-After", ApiProblems.RETRY_AFTER_SECONDS))
                .andExpect(jsonPath("$.detail").value(containsString("Datenbank")))
                .andExpect(content().string(not(containsString("JDBC"))));
    }

    @Test
    void anythingElseIs500WithoutInternals() throws Exception {
        ResultActions result = mvc.perform(get("/api/v1/test/bug"));
        isProblem(result, 500, "Interner Fehler");
        result.andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
