package de.pflegeregion.benefits.web;

import static de.pflegeregion.benefits.web.FormChecks.zeroIfBlank;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.hibernate.validator.constraints.Range;

import de.pflegeregion.benefits.Carer;
import de.pflegeregion.benefits.MonthUsage;
import de.pflegeregion.benefits.web.FormChecks.Euro;
import de.pflegeregion.benefits.web.FormChecks.Pflegegrad;
import jakarta.validation.constraints.NotNull;

/** The fields the month plan and the year budget share: the person and what is used in a month. Empty fields count as 0. */
abstract class PlanForm {

    @NotNull
    @Pflegegrad
    Integer pflegegrad;

    @Range(min = 0, max = 130)
    Integer alter;

    YearMonth letzteBeratung;

    @Euro
    BigDecimal entlastungVorjahr;

    @Euro
    BigDecimal pflegedienst;

    @Range(min = 0, max = 31)
    Integer tpTage;

    @Euro
    BigDecimal tpSatz;

    @Euro
    BigDecimal entlastung;

    @Euro
    BigDecimal vpKosten;

    @Range(min = 0, max = 31)
    Integer vpTage;

    @Range(min = 0, max = 31)
    Integer vpStundenTage;

    /** "relative" or "other"; relatives unless "other" is chosen. */
    String carer;

    @Euro
    BigDecimal vpAuslagen;

    @Euro
    BigDecimal kzpKosten;

    @Range(min = 0, max = 31)
    Integer kzpTage;

    @Euro
    BigDecimal hilfsmittel;

    /** "ja" when a Beratungseinsatz takes place this month. */
    String beratung;

    MonthUsage usage() {
        return MonthUsage.none()
                .withPflegedienst(zeroIfBlank(pflegedienst))
                .withTagespflege(zeroIfBlank(tpTage), zeroIfBlank(tpSatz))
                .withEntlastungsangebote(zeroIfBlank(entlastung))
                .withVerhinderungspflege(zeroIfBlank(vpKosten), zeroIfBlank(vpTage), zeroIfBlank(vpStundenTage),
                        "other".equals(carer) ? Carer.OTHER : Carer.RELATIVE, zeroIfBlank(vpAuslagen))
                .withKurzzeitpflege(zeroIfBlank(kzpKosten), zeroIfBlank(kzpTage))
                .withPflegehilfsmittel(zeroIfBlank(hilfsmittel))
                .withBeratungseinsatz("ja".equals(beratung));
    }
}
