package de.pflegeregion.benefits.web;

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
        return new YearView(year.year(), rows, Display.euro(year.paidTotalEuro()), Display.euro(year.pflegegeldTotalEuro()),
                Display.euro(year.ownShareTotalEuro()), Display.euro(year.entlastungsbetragIntoNextYearEuro()));
    }

    private static Row row(PlanResults.Month month) {
        PlanResults.Remaining left = month.remaining();
        BigDecimal replacementLeft = left.gemeinsamerJahresbetragEuro() != null ? left.gemeinsamerJahresbetragEuro()
                : left.verhinderungspflegeEuro() == null ? null : left.verhinderungspflegeEuro().add(left.kurzzeitpflegeEuro());
        String replacementText = replacementLeft == null ? "–"
                : Display.euro(replacementLeft) + (left.gemeinsamerJahresbetragEuro() != null ? " (gemeinsam)" : " (VP + KZP)");
        return new Row(Display.month(month.month()), Display.euro(paid(month, "pflegesachleistung").add(paid(month, "umwandlungsanspruch"))),
                Display.euro(paid(month, "tagespflege")), Display.euro(paid(month, "entlastungsbetrag")),
                Display.euro(paid(month, "verhinderungspflege").add(paid(month, "kurzzeitpflege"))),
                Display.euro(month.pflegegeldEuro()), Display.euro(month.ownShareEuro()),
                Display.euro(left.entlastungsbetragEuro().add(left.entlastungsbetragVorjahrEuro())), replacementText,
                month.warnings().stream().map(PlanResults.Warning::message).toList());
    }

    private static BigDecimal paid(PlanResults.Month month, String pot) {
        return month.payments().stream().filter(payment -> payment.pot().equals(pot)).map(PlanResults.Payment::paidEuro)
                .findFirst().orElse(BigDecimal.ZERO);
    }
}
