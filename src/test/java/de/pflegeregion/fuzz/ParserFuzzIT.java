package de.pflegeregion.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import de.pflegeregion.IntegrationTest;
import de.pflegeregion.directory.ImportReport;
import de.pflegeregion.directory.OfferImport;
import de.pflegeregion.planning.PopulationFile;
import de.pflegeregion.planning.QuotaFile;
import de.pflegeregion.planning.RejectedFile;
import de.pflegeregion.platform.Account;
import de.pflegeregion.platform.Accounts;
import de.pflegeregion.platform.Role;
import de.pflegeregion.platform.Tenant;
import de.pflegeregion.platform.Tenants;

/**
 * The parsers of everything users upload or post, fuzzed from their seed corpora ({@link SeedFuzzer}):
 * the offers CSV import, the GENESIS population import, the quota CSV, the questionnaire's answers file,
 * and the month-plan and assessment JSON through the application's own Jackson mapping and advice. Each
 * input must end in a clean result or the module's own rejection; an unchecked exception or a 500 fails.
 */
@IntegrationTest
class ParserFuzzIT {

    @Autowired
    OfferImport offerImport;

    @Autowired
    Tenants tenants;

    @Autowired
    Accounts accounts;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void offersCsvImportReportsOrImports() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant county = tenants.create("fuzz-" + suffix, "Landkreis Fuzz " + suffix, "09186");
        Account admin = accounts.create("fuzz-admin-" + suffix, "Sicheres-Test-Passwort-1", Role.COUNTY_ADMIN, county.id(), "Fuzz", "test");
        TransactionTemplate rollback = new TransactionTemplate(transactions);
        long runs = SeedFuzzer.fuzz("offers-csv", data -> rollback.executeWithoutResult(status -> {
            status.setRollbackOnly(); // what a valid input imports is not kept
            ImportReport report = offerImport.importCsv(county.id(), data, "Fuzz", admin);
            assertThat(report).isNotNull();
        }));
        assertThat(runs).isGreaterThan(10); // seeds plus mutations; a count, not a speed (4 s on a loaded machine)
    }

    @Test
    void populationImportReadsOrRejects() {
        long runs = SeedFuzzer.fuzz("population", data -> {
            try {
                assertThat(PopulationFile.read(new ByteArrayInputStream(data), "09186", null)).isNotNull();
            } catch (RejectedFile clean) {
                assertThat(clean.errors()).isNotEmpty();
            }
        });
        assertThat(runs).isGreaterThan(10); // seeds plus mutations; a count, not a speed (4 s on a loaded machine)
    }

    @Test
    void quotaFileReadsOrRejects() {
        long runs = SeedFuzzer.fuzz("quotas", data -> {
            try {
                assertThat(QuotaFile.read(new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8),
                        "Fuzz", "Fuzz", LocalDate.of(2023, 12, 31))).isNotNull();
            } catch (RejectedFile clean) {
                assertThat(clean.errors()).isNotEmpty();
            }
        });
        assertThat(runs).isGreaterThan(10); // seeds plus mutations; a count, not a speed (4 s on a loaded machine)
    }

    @Test
    void answersFileUploadContinuesOrShowsItsMessage() {
        long runs = SeedFuzzer.fuzz("answers-file", data -> {
            MvcResult result = perform(() -> mvc.perform(multipart("/pflegegrad/antworten")
                    .file(new MockMultipartFile("datei", "pflegegrad-antworten.json", "application/json", data))
                    .session(new MockHttpSession())).andReturn());
            int status = result.getResponse().getStatus();
            assertThat(status).as("answers file").isIn(200, 302);
            if (status == 200) {
                assertThat(body(result)).contains("Datei mit Ihren Antworten:");
            }
        });
        assertThat(runs).isGreaterThan(10); // seeds plus mutations; a count, not a speed (4 s on a loaded machine)
    }

    @Test
    void monthPlanJsonAnswersOrIsAProblem() {
        fuzzJsonApi("month-plan-json", "/api/v1/benefits/monatsplan");
    }

    @Test
    void assessmentJsonAnswersOrIsAProblem() {
        fuzzJsonApi("assessment-json", "/api/v1/assessment");
    }

    private void fuzzJsonApi(String target, String path) {
        long runs = SeedFuzzer.fuzz(target, data -> {
            MvcResult result = perform(() -> mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(data)).andReturn());
            int status = result.getResponse().getStatus();
            assertThat(status).as(target + ": " + body(result)).isIn(200, 400, 422);
            if (status != 200) {
                assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
            }
        });
        assertThat(runs).isGreaterThan(10); // seeds plus mutations; a count, not a speed (4 s on a loaded machine)
    }

    private static String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private interface Request {
        MvcResult run() throws Exception;
    }

    /** A request whose handler threw past the advice fails the fuzz run with that exception. */
    private static MvcResult perform(Request request) {
        try {
            return request.run();
        } catch (Exception e) {
            throw new AssertionError("unhandled " + e, e);
        }
    }

    static final Map<String, List<String>> TARGETS = Map.of();
}
