package de.pflegeregion.benefits.web;

import static de.pflegeregion.benefits.web.FormChecks.zeroIfBlank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.hibernate.validator.constraints.Range;

import de.pflegeregion.benefits.MonthUsage;
import de.pflegeregion.benefits.YearPlanInput;
import de.pflegeregion.benefits.web.FormChecks.CoveredByLaw;

/**
 * The year budget form: a usual month, plus the months of Verhinderungs- and Kurzzeitpflege (the usual
 * month's VP/KZP fields apply only there). An empty year is the current year in the county.
 */
class YearPlanForm extends PlanForm {

    @CoveredByLaw
    Integer jahr;

    @Range(min = 1, max = 12)
    Integer vpMonat;

    @Range(min = 1, max = 12)
    Integer kzpMonat;

    YearPlanInput input(int thisYear) {
        MonthUsage typical = usage();
        MonthUsage everyMonth = typical.withVerhinderungspflege(BigDecimal.ZERO, 0, 0, typical.verhinderungspflegeCarer(),
                BigDecimal.ZERO).withKurzzeitpflege(BigDecimal.ZERO, 0).withBeratungseinsatz(false);
        List<MonthUsage> months = new ArrayList<>(Collections.nCopies(12, everyMonth));
        if (vpMonat != null) {
            months.set(vpMonat - 1, months.get(vpMonat - 1).withVerhinderungspflege(typical.verhinderungspflegeEuro(),
                    typical.verhinderungspflegeDays(), typical.verhinderungspflegeHourlyDays(),
                    typical.verhinderungspflegeCarer(), typical.verhinderungspflegeExtraExpensesEuro()));
        }
        if (kzpMonat != null) {
            months.set(kzpMonat - 1, months.get(kzpMonat - 1).withKurzzeitpflege(typical.kurzzeitpflegeEuro(),
                    typical.kurzzeitpflegeDays()));
        }
        return new YearPlanInput(jahr == null ? thisYear : jahr, pflegegrad, alter, null, zeroIfBlank(entlastungVorjahr),
                letzteBeratung, months);
    }
}
