package de.pflegeregion.benefits.web;

import static de.pflegeregion.benefits.web.FormChecks.zeroIfBlank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import de.pflegeregion.benefits.MonthPlanInput;
import de.pflegeregion.benefits.web.FormChecks.CoveredByLaw;
import de.pflegeregion.benefits.web.FormChecks.Euro;

/** The month plan form; an empty month is the current month in the county. */
class MonthPlanForm extends PlanForm {

    @CoveredByLaw
    YearMonth monat;

    LocalDate pflegeSeit;

    @Euro
    BigDecimal entlastungGespart;

    @Euro
    BigDecimal vpGenutzt;

    @Euro
    BigDecimal kzpGenutzt;

    MonthPlanInput input(YearMonth thisMonth) {
        return new MonthPlanInput(monat == null ? thisMonth : monat, pflegegrad, alter, pflegeSeit,
                zeroIfBlank(entlastungGespart), zeroIfBlank(entlastungVorjahr), zeroIfBlank(vpGenutzt),
                zeroIfBlank(kzpGenutzt), letzteBeratung, usage());
    }
}
