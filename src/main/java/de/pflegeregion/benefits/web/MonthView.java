package de.pflegeregion.benefits.web;

import de.pflegeregion.site.GermanNumbers;
import de.pflegeregion.site.GermanTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import de.pflegeregion.benefits.PlanResults;

/** A month plan result as shown: formatted amounts, remaining budgets and warnings. */
record MonthView(String month, List<PotRow> pots, String paidTotal, String pflegegeldFull, String pflegegeld,
        String ownShare, List<Remaining> remaining, List<String> warnings) {

    record PotRow(String title, String costs, String paid, String legalBasis) {
    }

    record Remaining(String label, String amount) {
    }

    static MonthView of(PlanResults.Month month) {
        List<PotRow> pots = month.payments().stream()
                .filter(payment -> payment.costsEuro().signum() > 0 || payment.paidEuro().signum() > 0)
                .map(payment -> new PotRow(payment.title(), GermanNumbers.euro(payment.costsEuro()), GermanNumbers.euro(payment.paidEuro()),
                        payment.legalBasis()))
                .toList();
        return new MonthView(GermanTime.month(month.month()), pots, GermanNumbers.euro(month.paidTotalEuro()),
                GermanNumbers.euro(month.pflegegeldFullEuro()), GermanNumbers.euro(month.pflegegeldEuro()), GermanNumbers.euro(month.ownShareEuro()),
                remaining(month.remaining()), month.warnings().stream().map(PlanResults.Warning::message).toList());
    }

    static List<Remaining> remaining(PlanResults.Remaining remaining) {
        List<Remaining> rows = new ArrayList<>();
        rows.add(new Remaining("Entlastungsbetrag aus diesem Jahr", GermanNumbers.euro(remaining.entlastungsbetragEuro())));
        if (remaining.entlastungsbetragVorjahrEuro().signum() > 0) {
            rows.add(new Remaining("Entlastungsbetrag aus dem Vorjahr (bis 30. Juni)",
                    GermanNumbers.euro(remaining.entlastungsbetragVorjahrEuro())));
        }
        add(rows, "Verhinderungspflege", remaining.verhinderungspflegeEuro());
        add(rows, "Kurzzeitpflege", remaining.kurzzeitpflegeEuro());
        add(rows, "Gemeinsamer Jahresbetrag für Verhinderungs- und Kurzzeitpflege", remaining.gemeinsamerJahresbetragEuro());
        return rows;
    }

    private static void add(List<Remaining> rows, String label, BigDecimal amount) {
        if (amount != null) {
            rows.add(new Remaining(label, GermanNumbers.euro(amount)));
        }
    }
}
