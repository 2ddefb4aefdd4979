package de.pflegeregion.benefits.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import org.hibernate.validator.constraints.Range;

import com.fasterxml.jackson.annotation.JsonInclude;

import de.pflegeregion.benefits.PlanResults;
import de.pflegeregion.benefits.web.BenefitsJson.Parameter;
import de.pflegeregion.benefits.web.FormChecks.CoveredByLaw;
import de.pflegeregion.benefits.web.FormChecks.Euro;
import de.pflegeregion.benefits.web.FormChecks.Pflegegrad;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** JSON shapes of {@code POST /api/v1/benefits/monatsplan}: the inputs of the month form and what the month page shows. */
final class MonthPlanJson {

    private MonthPlanJson() {
    }

    @Schema(description = "Was eine Person in einem Monat nutzt; fehlende Beträge zählen als 0.")
    record MonthPlanRequest(
            @Schema(description = "Pflegegrad 1 bis 5", example = "3")
            @NotNull(message = "Das Feld 'pflegegrad' fehlt.") @Pflegegrad Integer pflegegrad,
            @Schema(description = "Der Monat, JJJJ-MM", example = "2024-03", type = "string")
            @NotNull(message = "Das Feld 'month' fehlt (Format JJJJ-MM, z. B. 2025-03).") @CoveredByLaw YearMonth month,
            @Schema(description = "Seit wann die Pflegeperson zu Hause pflegt, JJJJ-MM (Vorpflegezeit bis 30.06.2025)",
                    example = "2024-01", type = "string")
            YearMonth careAtHomeSince,
            @Schema(description = "Kosten des Pflegedienstes in Euro (Pflegesachleistung, § 36 SGB XI)", example = "338.60")
            @Euro BigDecimal sachleistungEuro,
            @Schema(description = "Pflegekosten der Tagespflege im Monat in Euro (§ 41 SGB XI)")
            @Euro BigDecimal tagespflegeEuro,
            @Schema(description = "Kosten anerkannter Angebote zur Unterstützung im Alltag in Euro (§§ 45a, 45b SGB XI)")
            @Euro BigDecimal entlastungEuro,
            @Valid Verhinderungspflege verhinderungspflege,
            @Valid Kurzzeitpflege kurzzeitpflege) {
    }

    @Schema(description = "Verhinderungspflege (§ 39 SGB XI) in diesem Monat")
    record Verhinderungspflege(
            @Schema(description = "Tage der Ersatzpflege im Monat") @Range(min = 0, max = 31, message = "Bitte geben Sie 0 bis 31 Tage an.") Integer days,
            @Schema(description = "true: nur stundenweise, unter 8 Stunden am Tag; das Pflegegeld bleibt voll") Boolean hoursOnly,
            @Schema(description = "relative: nahe Angehörige oder im Haushalt lebende Personen, nicht erwerbsmäßig; other: alle anderen",
                    allowableValues = {"relative", "other"}) String carer,
            @Schema(description = "Kosten der Ersatzpflege in Euro") @Euro BigDecimal costEuro) {
    }

    @Schema(description = "Kurzzeitpflege (§ 42 SGB XI) in diesem Monat")
    record Kurzzeitpflege(
            @Schema(description = "Tage in der Kurzzeitpflege im Monat") @Range(min = 0, max = 31, message = "Bitte geben Sie 0 bis 31 Tage an.") Integer days,
            @Schema(description = "Pflegekosten der Kurzzeitpflege in Euro") @Euro BigDecimal costEuro) {
    }

    record Payment(String pot, String title, BigDecimal costsEuro, BigDecimal paidEuro, String legalBasis) {
    }

    /** What is left at the end of the month; {@code null} where the pot does not exist on that date. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Remaining(BigDecimal entlastungsbetragEuro, BigDecimal entlastungsbetragVorjahrEuro,
            BigDecimal verhinderungspflegeEuro, BigDecimal kurzzeitpflegeEuro, BigDecimal gemeinsamerJahresbetragEuro) {
    }

    record Warning(String code, String message) {
    }

    record MonthPlanResponse(YearMonth month, int pflegegrad, BigDecimal paidTotalEuro, BigDecimal pflegegeldEuro,
            BigDecimal pflegegeldFullEuro, BigDecimal sachleistungEuro, BigDecimal umwandlungEuro, BigDecimal tagespflegeEuro,
            BigDecimal entlastungsbetragEuro, BigDecimal verhinderungspflegeEuro, BigDecimal kurzzeitpflegeEuro,
            BigDecimal ownShareEuro, List<Payment> payments, Remaining remaining, List<Warning> warnings,
            List<Parameter> parameters) {

        static MonthPlanResponse of(int pflegegrad, PlanResults.MonthPlan plan) {
            PlanResults.Month m = plan.month();
            PlanResults.Remaining left = m.remaining();
            return new MonthPlanResponse(m.month(), pflegegrad, cents(m.paidTotalEuro()), cents(m.pflegegeldEuro()),
                    cents(m.pflegegeldFullEuro()), paid(m, "pflegesachleistung"), paid(m, "umwandlungsanspruch"),
                    paid(m, "tagespflege"), paid(m, "entlastungsbetrag"), paid(m, "verhinderungspflege"),
                    paid(m, "kurzzeitpflege"), cents(m.ownShareEuro()),
                    m.payments().stream().map(p -> new Payment(p.pot(), p.title(), cents(p.costsEuro()), cents(p.paidEuro()),
                            p.legalBasis())).toList(),
                    new Remaining(cents(left.entlastungsbetragEuro()), cents(left.entlastungsbetragVorjahrEuro()),
                            cents(left.verhinderungspflegeEuro()), cents(left.kurzzeitpflegeEuro()),
                            cents(left.gemeinsamerJahresbetragEuro())),
                    m.warnings().stream().map(w -> new Warning(w.code(), w.message())).toList(),
                    Parameter.of(plan.parameters()));
        }

        private static BigDecimal paid(PlanResults.Month month, String pot) {
            return month.payments().stream().filter(p -> p.pot().equals(pot)).map(p -> cents(p.paidEuro())).findFirst()
                    .orElseThrow();
        }

        /** Amounts as JSON numbers with two decimals. */
        private static BigDecimal cents(BigDecimal amount) {
            return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
