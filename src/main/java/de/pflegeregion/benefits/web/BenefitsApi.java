package de.pflegeregion.benefits.web;

import static de.pflegeregion.benefits.web.FormChecks.zeroIfBlank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.pflegeregion.benefits.Benefits;
import de.pflegeregion.benefits.Carer;
import de.pflegeregion.benefits.Land;
import de.pflegeregion.benefits.MonthPlanInput;
import de.pflegeregion.benefits.MonthUsage;
import de.pflegeregion.benefits.web.BenefitsJson.BenefitsResponse;
import de.pflegeregion.benefits.web.BenefitsJson.KombinationRequest;
import de.pflegeregion.benefits.web.BenefitsJson.KombinationResponse;
import de.pflegeregion.benefits.web.BenefitsJson.VerhinderungspflegeResponse;
import de.pflegeregion.benefits.web.MonthPlanJson.MonthPlanRequest;
import de.pflegeregion.benefits.web.MonthPlanJson.MonthPlanResponse;
import de.pflegeregion.platform.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** The benefits API: entitlements on a day, the Kombinationsleistung, the Verhinderungspflege rules and the month plan. */
@RestController
@Tag(name = "Leistungen", description = "Leistungen der Pflegeversicherung (SGB XI) an einem Tag, ab 2017")
class BenefitsApi {

    private final Benefits benefits = Benefits.standard();
    private final ObjectReader monthPlanReader;
    private final Validator validator;

    BenefitsApi(JsonMapper json, Validator validator) {
        // unknown fields are mistakes of the caller, not something to ignore silently
        this.monthPlanReader = json.readerFor(MonthPlanRequest.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = validator;
    }

    @GetMapping("/api/v1/benefits")
    @Operation(summary = "Alle Leistungen an einem Tag, mit Rechtsgrundlage und Geltungsbeginn")
    BenefitsResponse entitlements(
            @Parameter(description = "Pflegegrad 1 bis 5", example = "3") @RequestParam(required = false) String pflegegrad,
            @Parameter(description = "Tag im Format JJJJ-MM-TT, ab 2017-01-01", example = "2025-03-15")
            @RequestParam(required = false) String date,
            @Parameter(description = "Kürzel des Bundeslandes für Landesleistungen, z. B. BY") @RequestParam(required = false) String land) {
        return BenefitsResponse.of(benefits.entitlements(pflegegrad(pflegegrad), date(date), land(land)));
    }

    @PostMapping("/api/v1/benefits/kombination")
    @Operation(summary = "Kombinationsleistung: Pflegegeld neben der Pflegesachleistung (§ 38 SGB XI)")
    KombinationResponse kombination(@RequestBody KombinationRequest request) {
        int pflegegrad = required("pflegegrad", request.pflegegrad());
        LocalDate date = required("date", request.date());
        BigDecimal serviceCosts = required("serviceCostsEuro", request.serviceCostsEuro());
        BigDecimal umwandlung = request.umwandlungCostsEuro() == null ? BigDecimal.ZERO : request.umwandlungCostsEuro();
        return KombinationResponse.of(date, pflegegrad, benefits.kombination(pflegegrad, date, serviceCosts, umwandlung));
    }

    @GetMapping("/api/v1/benefits/verhinderungspflege")
    @Operation(summary = "Regeln der Verhinderungspflege an einem Tag (§ 39 SGB XI)")
    VerhinderungspflegeResponse verhinderungspflege(
            @Parameter(description = "Pflegegrad 1 bis 5", example = "3") @RequestParam(required = false) String pflegegrad,
            @Parameter(description = "Tag im Format JJJJ-MM-TT, ab 2017-01-01", example = "2022-06-01")
            @RequestParam(required = false) String date,
            @Parameter(description = "relative: nahe Angehörige oder im Haushalt lebende Personen, nicht erwerbsmäßig; other: alle anderen")
            @RequestParam(required = false) String carer,
            @Parameter(description = "Alter in Jahren; nur für die Regel bei Pflegegrad 4 oder 5 unter 25 Jahren")
            @RequestParam(required = false) String ageYears) {
        int grade = pflegegrad(pflegegrad);
        LocalDate day = date(date);
        Carer who = carer("carer", carer);
        Integer age = ageYears == null ? null : whole("ageYears", ageYears);
        return VerhinderungspflegeResponse.of(day, grade, carer, age, benefits.verhinderungspflege(grade, day, who, age));
    }

    @PostMapping(path = "/api/v1/benefits/monatsplan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Einen Monat planen: was die Pflegekasse zahlt, wie viel Pflegegeld bleibt, was man selbst zahlt",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(schema = @Schema(implementation = MonthPlanRequest.class))))
    MonthPlanResponse monthPlan(@RequestBody JsonNode body) {
        MonthPlanRequest request = valid(read(body));
        MonthUsage usage = MonthUsage.none()
                .withPflegedienst(zeroIfBlank(request.sachleistungEuro()))
                // the rules multiply days by a rate; the API takes the month's costs as one day's rate
                .withTagespflege(1, zeroIfBlank(request.tagespflegeEuro()))
                .withEntlastungsangebote(zeroIfBlank(request.entlastungEuro()));
        if (request.verhinderungspflege() != null) {
            MonthPlanJson.Verhinderungspflege vp = request.verhinderungspflege();
            int days = zeroIfBlank(vp.days());
            boolean hoursOnly = Boolean.TRUE.equals(vp.hoursOnly());
            usage = usage.withVerhinderungspflege(zeroIfBlank(vp.costEuro()), hoursOnly ? 0 : days, hoursOnly ? days : 0,
                    carer("verhinderungspflege.carer", vp.carer()), BigDecimal.ZERO);
        }
        if (request.kurzzeitpflege() != null) {
            usage = usage.withKurzzeitpflege(zeroIfBlank(request.kurzzeitpflege().costEuro()),
                    zeroIfBlank(request.kurzzeitpflege().days()));
        }
        MonthPlanInput input = new MonthPlanInput(request.month(), request.pflegegrad(), null,
                request.careAtHomeSince() == null ? null : request.careAtHomeSince().atDay(1), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, usage);
        return MonthPlanResponse.of(request.pflegegrad(), benefits.monthPlan(input));
    }

    private MonthPlanRequest read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidInput("body", "Der Inhalt der Anfrage muss ein JSON-Objekt sein.");
        }
        try {
            return monthPlanReader.readValue(body);
        } catch (JacksonException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new InvalidInput(field, "Das Feld '" + field + "' ist unbekannt oder hat einen ungültigen Wert.");
        }
    }

    /** The first violation in field order becomes the problem; every field is named by its JSON path. */
    private MonthPlanRequest valid(MonthPlanRequest request) {
        validator.validate(request).stream()
                .min(Comparator.comparing((ConstraintViolation<MonthPlanRequest> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new InvalidInput(v.getPropertyPath().toString(), v.getMessage());
                });
        return request;
    }

    private static Carer carer(String field, String text) {
        return switch (text == null ? "" : text) {
            case "relative" -> Carer.RELATIVE;
            case "other" -> Carer.OTHER;
            default -> throw new InvalidInput(field, "Der Parameter '" + field + "' muss 'relative' (nahe Angehörige "
                    + "oder im Haushalt lebende Personen, nicht erwerbsmäßig) oder 'other' sein.");
        };
    }

    /** A whole number; the range is the rules' one check. */
    private static int pflegegrad(String text) {
        int grade = whole("pflegegrad", text);
        Benefits.checkPflegegrad(grade);
        return grade;
    }

    private static int whole(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(name, "Der Parameter '" + name + "' fehlt.");
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "Der Parameter '" + name + "' muss eine ganze Zahl sein, nicht '" + text + "'.");
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("date", "Der Parameter 'date' fehlt (Format JJJJ-MM-TT, z. B. 2025-03-15).");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("date", "Der Parameter 'date' muss ein Datum im Format JJJJ-MM-TT sein, nicht '"
                    + text + "'.");
        }
    }

    private static Land land(String code) {
        if (code == null) {
            return null;
        }
        return Land.fromCode(code).orElseThrow(() -> new InvalidInput("land",
                "Der Parameter 'land' muss das Kürzel eines Bundeslandes sein, z. B. BY für Bayern."));
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInput(field, "Das Feld '" + field + "' fehlt.");
        }
        return value;
    }
}
