package de.pflegeregion.benefits;

import static de.pflegeregion.benefits.ParameterKey.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import de.pflegeregion.benefits.PlanResults.Payment;
import de.pflegeregion.benefits.PlanResults.Remaining;
import de.pflegeregion.benefits.PlanResults.Warning;

/**
 * The budgets of one calendar year, spent month by month. Holds what is used of each pot so that the
 * yearly amounts, the transfers between Verhinderungs- and Kurzzeitpflege (old §§ 39, 42) or the
 * Gemeinsamer Jahresbetrag (§ 42a, from 2025-07-01) and the Entlastungsbetrag carry-over work across months.
 */
final class BudgetYear {

    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private final Lookup trace;
    private final Integer ageYears;
    private final LocalDate homeCareSince;
    private YearMonth lastBeratungseinsatz;

    private BigDecimal entlastungFromLastYear;
    private BigDecimal entlastungThisYear = Euros.ZERO;
    private BigDecimal vpPaidFromVp = Euros.ZERO;
    private BigDecimal vpPaidFromKzp = Euros.ZERO;
    private BigDecimal kzpPaidFromKzp = Euros.ZERO;
    private BigDecimal kzpPaidFromVp = Euros.ZERO;
    private BigDecimal relativesCapUsed = Euros.ZERO;
    private int vpDays;
    private int kzpDays;
    private int vpHalfPayDays;
    private int kzpHalfPayDays;
    private int vpAwayThisMonth;
    private int kzpAwayThisMonth;

    BudgetYear(Lookup trace, Integer ageYears, LocalDate homeCareSince, BigDecimal entlastungFromLastYear,
            YearMonth lastBeratungseinsatz) {
        this.trace = trace;
        this.ageYears = ageYears;
        this.homeCareSince = homeCareSince;
        this.entlastungFromLastYear = Euros.of(entlastungFromLastYear);
        this.lastBeratungseinsatz = lastBeratungseinsatz;
    }

    /** Starts a month plan from what earlier months of the year already used (old law: from the own pots). */
    void alreadyUsed(BigDecimal entlastungSaved, BigDecimal vpUsed, BigDecimal kzpUsed) {
        entlastungThisYear = Euros.of(entlastungSaved);
        vpPaidFromVp = Euros.of(vpUsed);
        kzpPaidFromKzp = Euros.of(kzpUsed);
    }

    BigDecimal entlastungLeft() {
        return entlastungThisYear;
    }

    PlanResults.Month spend(YearMonth month, MonthUsage usage) {
        Lookup law = trace.on(month.atDay(1));
        int grade = law.pflegegrad();
        List<Payment> payments = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        vpAwayThisMonth = 0;
        kzpAwayThisMonth = 0;
        entlastungThisYear = entlastungThisYear.add(law.valueOrZero(ENTLASTUNGSBETRAG));
        BigDecimal ownShare = Euros.ZERO;

        // § 36: Pflegedienst up to the Sachleistung amount
        BigDecimal sachleistung = law.valueOrZero(PFLEGESACHLEISTUNG);
        BigDecimal serviceCovered = Euros.of(Euros.min(usage.pflegedienstEuro(), sachleistung));
        payments.add(new Payment("pflegesachleistung", "Pflegesachleistung", Euros.of(usage.pflegedienstEuro()),
                serviceCovered, "§ 36 SGB XI"));
        ownShare = ownShare.add(usage.pflegedienstEuro().subtract(serviceCovered));

        // § 45b first (keeps the Pflegegeld), then § 45a Abs. 4 Umwandlung for the rest of the Angebote
        BigDecimal angebote = Euros.of(usage.entlastungsangeboteEuro());
        BigDecimal fromEntlastung = takeEntlastung(angebote, month);
        BigDecimal umwandlungMax = grade < 2 ? Euros.ZERO
                : Euros.min(Euros.percentOf(sachleistung, law.valueOrZero(UMWANDLUNG_PROZENT)), sachleistung.subtract(serviceCovered));
        BigDecimal umwandlung = Euros.min(angebote.subtract(fromEntlastung), umwandlungMax);
        ownShare = ownShare.add(angebote.subtract(fromEntlastung).subtract(umwandlung));

        // § 41: Tagespflege on top, without reducing Pflegegeld (§ 41 Abs. 3); the rest may use § 45b
        BigDecimal tagespflegeCosts = Euros.of(usage.tagespflegeCosts());
        BigDecimal tagespflege = Euros.min(tagespflegeCosts, Euros.of(law.valueOrZero(TAGESPFLEGE)));
        BigDecimal tagespflegeEntlastung = takeEntlastung(tagespflegeCosts.subtract(tagespflege), month);
        payments.add(new Payment("tagespflege", "Tages- und Nachtpflege", tagespflegeCosts, tagespflege, "§ 41 SGB XI"));
        ownShare = ownShare.add(tagespflegeCosts.subtract(tagespflege).subtract(tagespflegeEntlastung));

        // § 40 Abs. 2: consumables up to the monthly amount
        BigDecimal hilfsmittelCosts = Euros.of(usage.pflegehilfsmittelEuro());
        BigDecimal hilfsmittel = Euros.min(hilfsmittelCosts, Euros.of(law.valueOrZero(PFLEGEHILFSMITTEL)));
        payments.add(new Payment("pflegehilfsmittel", "Pflegehilfsmittel zum Verbrauch", hilfsmittelCosts, hilfsmittel,
                "§ 40 Abs. 2 SGB XI"));
        ownShare = ownShare.add(hilfsmittelCosts.subtract(hilfsmittel));

        BigDecimal vpCosts = Euros.of(usage.verhinderungspflegeEuro().add(usage.verhinderungspflegeExtraExpensesEuro()));
        BigDecimal vp = verhinderungspflege(law, month, usage, warnings);
        payments.add(new Payment("verhinderungspflege", "Verhinderungspflege", vpCosts, vp,
                law.version(VERHINDERUNGSPFLEGE_MAX_WOCHEN).legalBasis()));
        ownShare = ownShare.add(vpCosts.subtract(vp));

        BigDecimal kzpCosts = Euros.of(usage.kurzzeitpflegeEuro());
        BigDecimal kzp = kurzzeitpflege(law, usage, warnings);
        BigDecimal kzpEntlastung = takeEntlastung(kzpCosts.subtract(kzp), month);
        payments.add(new Payment("kurzzeitpflege", "Kurzzeitpflege", kzpCosts, kzp, law.version(KURZZEITPFLEGE_MAX_WOCHEN).legalBasis()));
        ownShare = ownShare.add(kzpCosts.subtract(kzp).subtract(kzpEntlastung));

        BigDecimal entlastungPaid = fromEntlastung.add(tagespflegeEntlastung).add(kzpEntlastung);
        BigDecimal entlastungCosts = angebote.add(tagespflegeCosts.subtract(tagespflege)).add(kzpCosts.subtract(kzp));
        payments.add(new Payment("entlastungsbetrag", "Entlastungsbetrag", entlastungCosts, entlastungPaid, "§ 45b SGB XI"));
        payments.add(new Payment("umwandlungsanspruch", "Umwandlungsanspruch", angebote.subtract(fromEntlastung), umwandlung,
                "§ 45a Abs. 4 SGB XI"));

        // § 38: the Pflegegeld falls by the share of the Sachleistung used (Umwandlung counts as used)
        BigDecimal pflegegeldFull = Euros.of(law.valueOrZero(PFLEGEGELD));
        BigDecimal pflegegeld = sachleistung.signum() == 0 ? Euros.ZERO
                : pflegegeldFull.multiply(sachleistung.subtract(serviceCovered).subtract(umwandlung))
                        .divide(sachleistung, 2, RoundingMode.HALF_UP);
        pflegegeld = halfDuringReplacementCare(law, pflegegeld);

        beratungseinsatz(law, month, usage, serviceCovered.add(umwandlung).signum() == 0, pflegegeld, warnings);
        Remaining remaining = remaining(law, month);
        remainingWarnings(month, remaining, warnings);
        BigDecimal paid = payments.stream().map(Payment::paidEuro).reduce(Euros.ZERO, BigDecimal::add);
        if (month.getMonthValue() == 6) {
            entlastungFromLastYear = Euros.ZERO;
        }
        return new PlanResults.Month(month, List.copyOf(payments), paid, pflegegeldFull, pflegegeld, Euros.of(ownShare),
                remaining, List.copyOf(warnings));
    }

    // § 45b Abs. 1 Satz 5: last year's rest first, it can only be used until 30 June
    private BigDecimal takeEntlastung(BigDecimal costs, YearMonth month) {
        BigDecimal fromLastYear = month.getMonthValue() <= 6 ? Euros.min(costs, entlastungFromLastYear) : Euros.ZERO;
        entlastungFromLastYear = entlastungFromLastYear.subtract(fromLastYear);
        BigDecimal fromThisYear = Euros.min(costs.subtract(fromLastYear), entlastungThisYear);
        entlastungThisYear = entlastungThisYear.subtract(fromThisYear);
        return fromLastYear.add(fromThisYear);
    }

    private BigDecimal verhinderungspflege(Lookup law, YearMonth month, MonthUsage usage, List<Warning> warnings) {
        BigDecimal costs = Euros.of(usage.verhinderungspflegeEuro());
        BigDecimal extra = Euros.of(usage.verhinderungspflegeExtraExpensesEuro());
        if (costs.add(extra).signum() == 0 && usage.verhinderungspflegeDays() + usage.verhinderungspflegeHourlyDays() == 0) {
            return Euros.ZERO;
        }
        if (law.pflegegrad() < 2) {
            warnings.add(new Warning("VERHINDERUNGSPFLEGE_PG", "Verhinderungspflege gibt es erst ab Pflegegrad 2."));
            return Euros.ZERO;
        }
        boolean underTwentyFive = ageYears != null && ageYears < 25 && law.value(VERHINDERUNGSPFLEGE_U25_MAX_WOCHEN) != null;
        int vorpflegezeit = underTwentyFive ? 0 : law.whole(VERHINDERUNGSPFLEGE_VORPFLEGEZEIT_MONATE);
        if (vorpflegezeit > 0 && homeCareSince != null
                && ChronoUnit.MONTHS.between(homeCareSince, month.atDay(1)) < vorpflegezeit) {
            warnings.add(new Warning("VORPFLEGEZEIT", "Verhinderungspflege gibt es erst, wenn Ihre Pflegeperson Sie mindestens "
                    + vorpflegezeit + " Monate zu Hause gepflegt hat (§ 39 Abs. 1 SGB XI a.F.)."));
            return Euros.ZERO;
        }
        vpDays += usage.verhinderungspflegeDays() + usage.verhinderungspflegeHourlyDays();
        vpAwayThisMonth = daysBetweenArrivalAndDeparture(usage.verhinderungspflegeDays());
        int maxWeeks = underTwentyFive ? law.whole(VERHINDERUNGSPFLEGE_U25_MAX_WOCHEN) : law.whole(VERHINDERUNGSPFLEGE_MAX_WOCHEN);
        if (vpDays > maxWeeks * 7) {
            warnings.add(new Warning("VERHINDERUNGSPFLEGE_WOCHEN", "Verhinderungspflege gibt es für höchstens " + maxWeeks
                    + " Wochen im Jahr; Sie haben " + vpDays + " Tage eingetragen."));
        }
        BigDecimal claim = costs;
        if (usage.verhinderungspflegeCarer() == Carer.RELATIVE) {
            // § 39 Abs. 3: relatives up to 1.5 (2) months of Pflegegeld, plus proven expenses
            BigDecimal months = underTwentyFive && law.value(GEMEINSAMER_JAHRESBETRAG) == null
                    ? law.value(VERHINDERUNGSPFLEGE_U25_ANGEHOERIGE_MONATE) : law.value(VERHINDERUNGSPFLEGE_ANGEHOERIGE_MONATE);
            BigDecimal cap = Euros.of(law.value(PFLEGEGELD).multiply(months));
            BigDecimal underCap = Euros.min(costs, Euros.positive(cap.subtract(relativesCapUsed)));
            relativesCapUsed = relativesCapUsed.add(underCap);
            claim = underCap;
        }
        claim = claim.add(extra);
        BigDecimal joint = law.value(GEMEINSAMER_JAHRESBETRAG);
        if (joint != null) {
            BigDecimal paid = Euros.min(claim, Euros.positive(Euros.of(joint).subtract(totalReplacementPaid())));
            vpPaidFromVp = vpPaidFromVp.add(paid);
            return paid;
        }
        BigDecimal fromVp = Euros.min(claim, vpPotLeft(law));
        BigDecimal transferMax = underTwentyFive
                ? Euros.percentOf(law.value(KURZZEITPFLEGE), law.value(VERHINDERUNGSPFLEGE_U25_AUFSTOCKUNG_PROZENT))
                : Euros.of(law.value(VERHINDERUNGSPFLEGE_AUFSTOCKUNG_AUS_KZP));
        BigDecimal fromKzp = Euros.min(claim.subtract(fromVp),
                Euros.min(Euros.positive(transferMax.subtract(vpPaidFromKzp)), kzpPotLeft(law)));
        vpPaidFromVp = vpPaidFromVp.add(fromVp);
        vpPaidFromKzp = vpPaidFromKzp.add(fromKzp);
        return fromVp.add(fromKzp);
    }

    private BigDecimal kurzzeitpflege(Lookup law, MonthUsage usage, List<Warning> warnings) {
        BigDecimal costs = Euros.of(usage.kurzzeitpflegeEuro());
        if (costs.signum() == 0 && usage.kurzzeitpflegeDays() == 0) {
            return Euros.ZERO;
        }
        if (law.pflegegrad() < 2) {
            warnings.add(new Warning("KURZZEITPFLEGE_PG", "Kurzzeitpflege zahlt die Pflegekasse erst ab Pflegegrad 2; "
                    + "bei Pflegegrad 1 können Sie den Entlastungsbetrag nutzen."));
            return Euros.ZERO;
        }
        kzpDays += usage.kurzzeitpflegeDays();
        kzpAwayThisMonth = daysBetweenArrivalAndDeparture(usage.kurzzeitpflegeDays());
        int maxWeeks = law.whole(KURZZEITPFLEGE_MAX_WOCHEN);
        if (kzpDays > maxWeeks * 7) {
            warnings.add(new Warning("KURZZEITPFLEGE_WOCHEN", "Kurzzeitpflege gibt es für höchstens " + maxWeeks
                    + " Wochen im Jahr; Sie haben " + kzpDays + " Tage eingetragen."));
        }
        BigDecimal joint = law.value(GEMEINSAMER_JAHRESBETRAG);
        if (joint != null) {
            BigDecimal paid = Euros.min(costs, Euros.positive(Euros.of(joint).subtract(totalReplacementPaid())));
            kzpPaidFromKzp = kzpPaidFromKzp.add(paid);
            return paid;
        }
        BigDecimal fromKzp = Euros.min(costs, kzpPotLeft(law));
        // § 42 Abs. 2 Satz 3 a.F.: up to the full unused Verhinderungspflege amount
        BigDecimal fromVp = Euros.min(costs.subtract(fromKzp), Euros.min(vpPotLeft(law),
                Euros.positive(Euros.of(law.value(KURZZEITPFLEGE_AUFSTOCKUNG_AUS_VP)).subtract(kzpPaidFromVp))));
        kzpPaidFromKzp = kzpPaidFromKzp.add(fromKzp);
        kzpPaidFromVp = kzpPaidFromVp.add(fromVp);
        return fromKzp.add(fromVp);
    }

    private BigDecimal totalReplacementPaid() {
        return vpPaidFromVp.add(vpPaidFromKzp).add(kzpPaidFromKzp).add(kzpPaidFromVp);
    }

    private BigDecimal vpPotLeft(Lookup law) {
        return Euros.positive(Euros.of(law.valueOrZero(VERHINDERUNGSPFLEGE)).subtract(vpPaidFromVp).subtract(kzpPaidFromVp));
    }

    private BigDecimal kzpPotLeft(Lookup law) {
        return Euros.positive(Euros.of(law.valueOrZero(KURZZEITPFLEGE)).subtract(kzpPaidFromKzp).subtract(vpPaidFromKzp));
    }

    /**
     * The Pflegekassen count the day a stay begins and the day it ends as days of care at home (full
     * Pflegegeld); the days of a month are taken as one stay that begins and ends in that month.
     */
    private static int daysBetweenArrivalAndDeparture(int fullDays) {
        return Math.max(0, fullDays - 2);
    }

    // § 37 Abs. 2 Satz 2, § 38 Satz 4: half the Pflegegeld for the days of granted VP/KZP, up to the weeks
    // of the year; the month counts as 30 days (§ 37 Abs. 2 Satz 1)
    private BigDecimal halfDuringReplacementCare(Lookup law, BigDecimal pflegegeld) {
        int vpHalf = Math.min(vpAwayThisMonth, Math.max(0,
                law.whole(HALBES_PFLEGEGELD_WOCHEN_VERHINDERUNGSPFLEGE) * 7 - vpHalfPayDays));
        int kzpHalf = Math.min(kzpAwayThisMonth, Math.max(0,
                law.whole(HALBES_PFLEGEGELD_WOCHEN_KURZZEITPFLEGE) * 7 - kzpHalfPayDays));
        vpHalfPayDays += vpHalf;
        kzpHalfPayDays += kzpHalf;
        if (pflegegeld.signum() == 0) {
            return pflegegeld;
        }
        int halfDays = Math.min(30, vpHalf + kzpHalf);
        return pflegegeld.subtract(pflegegeld.multiply(BigDecimal.valueOf(halfDays)).divide(THIRTY.multiply(BigDecimal.TWO),
                2, RoundingMode.HALF_UP));
    }

    private void beratungseinsatz(Lookup law, YearMonth month, MonthUsage usage, boolean pflegegeldOnly, BigDecimal pflegegeld,
            List<Warning> warnings) {
        if (usage.beratungseinsatz()) {
            lastBeratungseinsatz = month;
            return;
        }
        if (law.pflegegrad() < 2 || !pflegegeldOnly) {
            return;
        }
        int interval = law.whole(BERATUNGSEINSATZ_PFLICHT_MONATE);
        if (lastBeratungseinsatz == null || ChronoUnit.MONTHS.between(lastBeratungseinsatz, month) >= interval) {
            BigDecimal cut = Euros.percentOf(pflegegeld, law.value(BERATUNGSEINSATZ_KUERZUNG_PROZENT));
            warnings.add(new Warning("BERATUNGSEINSATZ_FAELLIG", "Ein Beratungseinsatz ist fällig (alle " + interval
                    + " Monate, § 37 Abs. 3 SGB XI). Ohne Nachweis kann die Pflegekasse das Pflegegeld kürzen, zuerst um bis zu "
                    + cut.toPlainString().replace('.', ',') + " Euro (§ 37 Abs. 6 SGB XI)."));
        }
    }

    private Remaining remaining(Lookup law, YearMonth month) {
        BigDecimal joint = law.value(GEMEINSAMER_JAHRESBETRAG);
        boolean grade2 = law.pflegegrad() >= 2;
        return new Remaining(entlastungThisYear, month.getMonthValue() <= 6 ? entlastungFromLastYear : Euros.ZERO,
                grade2 && joint == null ? vpPotLeft(law) : null,
                grade2 && joint == null ? kzpPotLeft(law) : null,
                joint == null ? null : Euros.positive(Euros.of(joint).subtract(totalReplacementPaid())));
    }

    private static void remainingWarnings(YearMonth month, Remaining remaining, List<Warning> warnings) {
        if (month.getMonthValue() <= 6 && remaining.entlastungsbetragVorjahrEuro().signum() > 0) {
            warnings.add(new Warning("ENTLASTUNGSBETRAG_VERFAELLT", euro(remaining.entlastungsbetragVorjahrEuro())
                    + " Euro Entlastungsbetrag aus dem Vorjahr verfallen am 30. Juni " + month.getYear() + "."));
        }
        if (month.getMonthValue() >= 10) {
            BigDecimal left = remaining.gemeinsamerJahresbetragEuro() != null ? remaining.gemeinsamerJahresbetragEuro()
                    : remaining.verhinderungspflegeEuro() == null ? Euros.ZERO
                    : remaining.verhinderungspflegeEuro().add(remaining.kurzzeitpflegeEuro());
            if (left.signum() > 0) {
                warnings.add(new Warning("JAHRESBETRAG_UEBRIG", "Für Verhinderungs- und Kurzzeitpflege sind in diesem Jahr noch "
                        + euro(left) + " Euro übrig; sie verfallen am 31. Dezember."));
            }
        }
        if (month.getMonthValue() == 12 && remaining.entlastungsbetragEuro().signum() > 0) {
            warnings.add(new Warning("ENTLASTUNGSBETRAG_UEBERTRAG", euro(remaining.entlastungsbetragEuro())
                    + " Euro Entlastungsbetrag sind übrig; Sie können sie bis zum 30. Juni " + (month.getYear() + 1) + " nutzen."));
        }
    }

    static String euro(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
