package de.pflegeregion.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a person with this Pflegegrad is entitled to on that day: the eleven headline
 * {@code amounts} (stable keys, {@code null} = no entitlement) and all {@code items} with their basis.
 */
public record Entitlements(LocalDate date, int pflegegrad, Land land, Map<String, BigDecimal> amounts,
        List<Entitlement> items, List<ParameterVersion> parameters) {

    /** The keys of {@link #amounts()} in their fixed order. */
    public static final List<BenefitKind> HEADLINE = List.of(BenefitKind.PFLEGEGELD, BenefitKind.PFLEGESACHLEISTUNG,
            BenefitKind.TAGESPFLEGE, BenefitKind.ENTLASTUNGSBETRAG, BenefitKind.PFLEGEHILFSMITTEL,
            BenefitKind.WOHNUMFELDVERBESSERUNG, BenefitKind.VERHINDERUNGSPFLEGE, BenefitKind.KURZZEITPFLEGE,
            BenefitKind.GEMEINSAMER_JAHRESBETRAG, BenefitKind.VOLLSTATIONAER, BenefitKind.WOHNGRUPPENZUSCHLAG);

    public Entitlement item(String key) {
        return items.stream().filter(item -> item.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + key));
    }
}
