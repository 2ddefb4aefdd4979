package de.pflegeregion.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import de.pflegeregion.benefits.Entitlement;
import de.pflegeregion.benefits.Entitlements;
import de.pflegeregion.benefits.Kombination;
import de.pflegeregion.benefits.ParameterVersion;
import de.pflegeregion.benefits.VerhinderungspflegeRules;

/** JSON shapes of the benefits API (stable contract, see the benefits spec); {@code null} = no entitlement. */
final class BenefitsJson {

    private BenefitsJson() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Amounts(BigDecimal pflegegeld, BigDecimal pflegesachleistung, BigDecimal tagespflege,
            BigDecimal entlastungsbetrag, BigDecimal pflegehilfsmittel, BigDecimal wohnumfeldverbesserung,
            BigDecimal verhinderungspflege, BigDecimal kurzzeitpflege, BigDecimal gemeinsamerJahresbetrag,
            BigDecimal vollstationaer, BigDecimal wohngruppenzuschlag) {

        static Amounts of(Entitlements entitlements) {
            var a = entitlements.amounts();
            return new Amounts(a.get("pflegegeld"), a.get("pflegesachleistung"), a.get("tagespflege"),
                    a.get("entlastungsbetrag"), a.get("pflegehilfsmittel"), a.get("wohnumfeldverbesserung"),
                    a.get("verhinderungspflege"), a.get("kurzzeitpflege"), a.get("gemeinsamerJahresbetrag"),
                    a.get("vollstationaer"), a.get("wohngruppenzuschlag"));
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(String key, String title, BigDecimal amount, String per, String legalBasis, LocalDate validFrom,
            boolean confirmed, String source, String explanation) {

        static Item of(Entitlement e) {
            return new Item(e.key(), e.title(), e.amount(), e.per().name().toLowerCase(Locale.ROOT), e.legalBasis(),
                    e.validFrom(), e.confirmed(), e.source(), e.explanation());
        }
    }

    record Parameter(String key, LocalDate validFrom, LocalDate validTo, String legalBasis, String source,
            LocalDate lastChecked, boolean confirmed) {

        static List<Parameter> of(List<ParameterVersion> versions) {
            return versions.stream().map(v -> new Parameter(v.key(), v.validFrom(), v.validTo(), v.legalBasis(),
                    v.source(), v.lastChecked(), v.confirmed())).toList();
        }
    }

    record BenefitsResponse(LocalDate date, int pflegegrad, String land, Amounts amounts, List<Item> items,
            List<Parameter> parameters) {

        static BenefitsResponse of(Entitlements e) {
            return new BenefitsResponse(e.date(), e.pflegegrad(), e.land() == null ? null : e.land().name(),
                    Amounts.of(e), e.items().stream().map(Item::of).toList(), Parameter.of(e.parameters()));
        }
    }

    record KombinationRequest(Integer pflegegrad, LocalDate date, BigDecimal serviceCostsEuro,
            BigDecimal umwandlungCostsEuro) {
    }

    record KombinationResponse(LocalDate date, int pflegegrad, BigDecimal sachleistungSharePercent,
            BigDecimal pflegegeldEuro, BigDecimal pflegegeldFullEuro, BigDecimal sachleistungEuro,
            BigDecimal serviceCostsEuro, BigDecimal serviceCoveredEuro, BigDecimal umwandlungCostsEuro,
            BigDecimal umwandlungCoveredEuro, BigDecimal ownShareEuro, String legalBasis, List<Parameter> parameters) {

        static KombinationResponse of(LocalDate date, int pflegegrad, Kombination k) {
            return new KombinationResponse(date, pflegegrad, k.sachleistungSharePercent(), k.pflegegeldEuro(),
                    k.pflegegeldFullEuro(), k.sachleistungEuro(), k.serviceCostsEuro(), k.serviceCoveredEuro(),
                    k.umwandlungCostsEuro(), k.umwandlungCoveredEuro(), k.ownShareEuro(), k.legalBasis(),
                    Parameter.of(k.parameters()));
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VerhinderungspflegeResponse(LocalDate date, int pflegegrad, String carer, Integer ageYears, boolean entitled,
            BigDecimal capEuro, BigDecimal transferFromKurzzeitpflegeMaxEuro, BigDecimal yearlyMaxEuro,
            boolean fromGemeinsamerJahresbetrag, int maxWeeks, int vorpflegezeitMonths, int halfPflegegeldWeeks,
            boolean underTwentyFiveRule, boolean claimByEndOfFollowingYear, String legalBasis,
            List<Parameter> parameters) {

        static VerhinderungspflegeResponse of(LocalDate date, int pflegegrad, String carer, Integer ageYears,
                VerhinderungspflegeRules r) {
            return new VerhinderungspflegeResponse(date, pflegegrad, carer, ageYears, r.entitled(), r.capEuro(),
                    r.transferFromKurzzeitpflegeMaxEuro(), r.yearlyMaxEuro(), r.fromGemeinsamerJahresbetrag(),
                    r.maxWeeks(), r.vorpflegezeitMonths(), r.halfPflegegeldWeeks(), r.underTwentyFiveRule(),
                    r.claimByEndOfFollowingYear(), r.legalBasis(), Parameter.of(r.parameters()));
        }
    }
}
