package de.pflegeregion.benefits.web;

import de.pflegeregion.site.GermanNumbers;
import de.pflegeregion.site.GermanTime;
import java.math.BigDecimal;
import java.util.List;

import de.pflegeregion.benefits.PlanResults;

/** A year budget as shown: one row per month with what was paid and what is left. */
record YearView(int year, List<Row> months, String paidTotal, String pflegegeldTotal, String ownShareTotal,
        String entlastungIntoNextYear) {

    record Row(String month, String sachleistung, String tagespflege, String entlastung, String replacement,
            String pflegegeld, String ownShare, String entlastungLeft, String replacementLeft, List<String> warnings) {
    }

    static YearView of(PlanResults.Year year) {
        List<Row> rows = year.months().stream().map(YearView::row).toList();
        return new YearView(year.year(), rows, GermanNumbers.euro(year.paidTotalEuro()), GermanNumbers.euro(year.pflegegeldTotalEuro()),
                GermanNumbers.euro(year.ownShareTotalEuro()), GermanNumbers.euro(year.entlastungsbetragIntoNextYearEuro()));
    }

    private static Row row(PlanResults.Month month) {
        PlanResults.Remaining left = month.remaining();
        BigDecimal replacementLeft = left.gemeinsamerJahresbetragEuro() != null ? left.gemeinsamerJahresbetragEuro()
                : left.verhinderungspflegeEuro() == null ? null : left.verhinderungspflegeEuro().add(left.kurzzeitpflegeEuro());
        String replacementText = replacementLeft == null ? "–"
                : GermanNumbers.euro(replacementLeft) + (left.gemeinsamerJahresbetragEuro() != null ? " (gemeinsam)" : " (VP + KZP)");
        return new Row(GermanTime.month(month.month()), GermanNumbers.euro(paid(month, "pflegesachleistung").add(paid(month, "umwandlungsanspruch"))),
                GermanNumbers.euro(paid(month, "tagespflege")), GermanNumbers.euro(paid(month, "entlastungsbetrag")),
                GermanNumbers.euro(paid(month, "verhinderungspflege").add(paid(month, "kurzzeitpflege"))),
                GermanNumbers.euro(month.pflegegeldEuro()), GermanNumbers.euro(month.ownShareEuro()),
                GermanNumbers.euro(left.entlastungsbetragEuro().add(left.entlastungsbetragVorjahrEuro())), replacementText,
                month.warnings().stream().map(PlanResults.Warning::message).toList());
    }

    private static BigDecimal paid(PlanResults.Month month, String pot) {
        return month.payments().stream().filter(payment -> payment.pot().equals(pot)).map(PlanResults.Payment::paidEuro)
                .findFirst().orElse(BigDecimal.ZERO);
    }
}
