package de.pflegeregion.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.pflegeregion.benefits.Benefits;
import de.pflegeregion.benefits.Carer;
import de.pflegeregion.platform.InvalidInput;
import de.pflegeregion.benefits.Land;
import de.pflegeregion.benefits.web.BenefitsJson.BenefitsResponse;
import de.pflegeregion.benefits.web.BenefitsJson.KombinationRequest;
import de.pflegeregion.benefits.web.BenefitsJson.KombinationResponse;
import de.pflegeregion.benefits.web.BenefitsJson.VerhinderungspflegeResponse;

/** The benefits API: entitlements on a day, the Kombinationsleistung and the Verhinderungspflege rules. */
@RestController
class BenefitsApi {

    private final Benefits benefits = Benefits.standard();

    @GetMapping("/api/v1/benefits")
    BenefitsResponse entitlements(@RequestParam(required = false) String pflegegrad,
            @RequestParam(required = false) String date, @RequestParam(required = false) String land) {
        return BenefitsResponse.of(benefits.entitlements(pflegegrad(pflegegrad), date(date), land(land)));
    }

    @PostMapping("/api/v1/benefits/kombination")
    KombinationResponse kombination(@RequestBody KombinationRequest request) {
        int pflegegrad = required("pflegegrad", request.pflegegrad());
        LocalDate date = required("date", request.date());
        BigDecimal serviceCosts = required("serviceCostsEuro", request.serviceCostsEuro());
        BigDecimal umwandlung = request.umwandlungCostsEuro() == null ? BigDecimal.ZERO : request.umwandlungCostsEuro();
        return KombinationResponse.of(date, pflegegrad, benefits.kombination(pflegegrad, date, serviceCosts, umwandlung));
    }

    @GetMapping("/api/v1/benefits/verhinderungspflege")
    VerhinderungspflegeResponse verhinderungspflege(@RequestParam(required = false) String pflegegrad,
            @RequestParam(required = false) String date, @RequestParam(required = false) String carer,
            @RequestParam(required = false) String ageYears) {
        int grade = pflegegrad(pflegegrad);
        LocalDate day = date(date);
        Carer who = switch (carer == null ? "" : carer) {
            case "relative" -> Carer.RELATIVE;
            case "other" -> Carer.OTHER;
            default -> throw new InvalidInput("carer", "Der Parameter 'carer' muss 'relative' (nahe Angehörige "
                    + "oder im Haushalt lebende Personen, nicht erwerbsmäßig) oder 'other' sein.");
        };
        Integer age = ageYears == null ? null : whole("ageYears", ageYears);
        return VerhinderungspflegeResponse.of(day, grade, carer, age, benefits.verhinderungspflege(grade, day, who, age));
    }

    private static int pflegegrad(String text) {
        int grade = whole("pflegegrad", text);
        if (grade < 1 || grade > 5) {
            throw new InvalidInput("pflegegrad", "Der Parameter 'pflegegrad' muss eine Zahl von 1 bis 5 sein.");
        }
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
