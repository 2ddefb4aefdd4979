package de.pflegeregion.benefits.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.pflegeregion.benefits.Benefits;
import de.pflegeregion.benefits.CsvLines;
import de.pflegeregion.benefits.Entitlement;
import de.pflegeregion.benefits.Land;
import de.pflegeregion.platform.CountySettings;
import de.pflegeregion.site.GermanNumbers;
import de.pflegeregion.site.GermanTime;

/**
 * Amounts the counties' brochures print. Where the brochure of this installation's county presents an
 * amount for a day and the law says otherwise, the Leistungen page shows the law's value and names the
 * brochure's figure in a note; the comparison of every brochure with the law has a page of its own.
 */
@Component
class BrochureNotes {

    private static final String DATA = "/de/pflegeregion/benefits/web/broschueren.csv";

    private record Printed(String county, Land land, String brochure, LocalDate from, String key, int pflegegrad,
            BigDecimal amount) {
    }

    /** One brochure compared with the law: on the day it presents its amounts, and on the day asked. */
    record Comparison(String brochure, String county, String from, List<Row> rows) {
    }

    record Row(String benefit, int pflegegrad, String printed, String lawThen, String lawOnDay, boolean agreesOnDay) {
    }

    private final Benefits benefits = Benefits.standard();
    private final List<Printed> printed = load();
    private final String county;

    BrochureNotes(CountySettings county) {
        this.county = county.name();
        printed.stream().filter(entry -> law(entry, entry.from()) == null).findFirst().ifPresent(entry -> {
            throw new IllegalStateException(DATA + ": no benefit '" + entry.key() + "' on " + entry.from());
        });
    }

    /** A plain-German note where this county's brochure prints a different amount; empty when it agrees or there is none. */
    List<String> notes(String key, int pflegegrad, LocalDate day, BigDecimal law) {
        List<String> notes = new ArrayList<>();
        for (Printed entry : printed) {
            if (entry.county().equals(county) && entry.key().equals(key) && entry.pflegegrad() == pflegegrad
                    && !day.isBefore(entry.from()) && (law == null || entry.amount().compareTo(law) != 0)) {
                notes.add(entry.brochure() + " nennt " + GermanNumbers.euro(entry.amount()) + ". "
                        + (law == null ? "Nach dem Gesetz gibt es diesen Betrag am " + GermanTime.date(day) + " nicht mehr."
                                : "Nach dem Gesetz gelten am " + GermanTime.date(day) + " " + GermanNumbers.euro(law) + "."));
            }
        }
        return notes;
    }

    /** Every brochure, each printed amount beside the law's amount. */
    List<Comparison> comparison(LocalDate day) {
        Map<String, List<Printed>> byBrochure = new LinkedHashMap<>();
        printed.forEach(entry -> byBrochure.computeIfAbsent(entry.brochure(), brochure -> new ArrayList<>()).add(entry));
        List<Comparison> comparisons = new ArrayList<>();
        byBrochure.forEach((brochure, entries) -> {
            List<Row> rows = new ArrayList<>();
            for (Printed entry : entries) {
                Entitlement then = law(entry, entry.from());
                Entitlement onDay = law(entry, day);
                BigDecimal amountOnDay = onDay == null ? null : onDay.amount();
                rows.add(new Row(then.title(), entry.pflegegrad(), GermanNumbers.euro(entry.amount()),
                        GermanNumbers.euro(then.amount()), GermanNumbers.euro(amountOnDay),
                        amountOnDay != null && amountOnDay.compareTo(entry.amount()) == 0));
            }
            Printed first = entries.getFirst();
            comparisons.add(new Comparison(brochure, first.county(), GermanTime.date(first.from()), rows));
        });
        return comparisons;
    }

    private Entitlement law(Printed entry, LocalDate day) {
        return benefits.entitlements(entry.pflegegrad(), day, entry.land()).items().stream()
                .filter(item -> item.key().equals(entry.key())).findFirst().orElse(null);
    }

    private static List<Printed> load() {
        List<Printed> entries = new ArrayList<>();
        for (CsvLines.Line line : CsvLines.read(DATA, 7)) {
            Land land = Land.fromCode(line.cell(1)).orElseThrow(() -> line.fail("unknown Land '" + line.cell(1) + "'"));
            entries.add(new Printed(line.cell(0), land, line.cell(2), line.date(3), line.cell(4),
                    line.value(5).intValueExact(), line.value(6)));
        }
        return List.copyOf(entries);
    }
}
