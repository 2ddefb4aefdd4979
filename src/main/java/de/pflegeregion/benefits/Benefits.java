package de.pflegeregion.benefits;

import de.pflegeregion.platform.InvalidInput;
import static de.pflegeregion.benefits.ParameterKey.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benefits rules engine: asks the dated legal parameters "what applies on day D" and combines them
 * into answers that carry their legal basis and the parameter versions used. Covers the law from
 * {@link #FIRST_DAY} on.
 */
public final class Benefits {

    public static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);
    private static final int LAST_YEAR = 2100;

    private static final class Standard {
        static final Benefits INSTANCE = new Benefits(ParameterTable.load(ParameterTable.FEDERAL_DATA), LandBenefits.load());
    }

    private final ParameterTable table;
    private final LandBenefits lands;

    private Benefits(ParameterTable table, LandBenefits lands) {
        this.table = table;
        this.lands = lands;
    }

    /** The law as shipped in the data files, loaded and checked once. */
    public static Benefits standard() {
        return Standard.INSTANCE;
    }

    /** The shipped law plus an amendment file (a new law or dynamisation), checked like the base data. */
    static Benefits amendedBy(String amendmentResource) {
        return new Benefits(ParameterTable.load(ParameterTable.FEDERAL_DATA).amendedBy(amendmentResource),
                LandBenefits.load());
    }

    ParameterTable table() {
        return table;
    }

    LandBenefits lands() {
        return lands;
    }

    Lookup lookup(int pflegegrad, LocalDate date) {
        checkPflegegrad(pflegegrad);
        checkDate("date", date);
        return new Lookup(table, date, pflegegrad);
    }

    /** The one check of a Pflegegrad (§ 15 Abs. 3 SGB XI: grades 1 to 5), for the rules, the pages and the API. */
    public static void checkPflegegrad(int pflegegrad) {
        if (pflegegrad < 1 || pflegegrad > 5) {
            throw new InvalidInput("pflegegrad", "Der Pflegegrad muss eine Zahl von 1 bis 5 sein.");
        }
    }

    /** The one check that a day lies within the law this engine covers (from {@link #FIRST_DAY}); {@code field} names the input. */
    public static void checkDate(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidInput(field, "Bitte geben Sie ein Datum an.");
        }
        if (date.isBefore(FIRST_DAY)) {
            throw new InvalidInput(field, "Der Leistungsrechner bildet das Recht ab dem 1. Januar 2017 ab. "
                    + "Bitte wählen Sie ein Datum ab dem 01.01.2017.");
        }
    }

    /** The years a year plan covers: from the year of {@link #FIRST_DAY} to 2100. */
    public static void checkYear(String field, int year) {
        if (year < FIRST_DAY.getYear() || year > LAST_YEAR) {
            throw new InvalidInput(field, "Der Leistungsrechner bildet das Recht ab dem Jahr 2017 ab. "
                    + "Bitte geben Sie ein Jahr von 2017 bis " + LAST_YEAR + " an.");
        }
    }

    static void checkNotNegative(String field, BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new InvalidInput(field, "Bitte geben Sie einen Betrag von 0 Euro oder mehr an.");
        }
    }

    /** Every entitlement on that day; with a Land, also that Land's own benefits. */
    public Entitlements entitlements(int pflegegrad, LocalDate date, Land land) {
        Lookup lookup = lookup(pflegegrad, date);
        List<Entitlement> items = new ArrayList<>();
        for (BenefitKind kind : BenefitKind.values()) {
            items.add(switch (kind) {
                case UMWANDLUNGSANSPRUCH -> umwandlung(lookup, kind);
                case VERHINDERUNGSPFLEGE_ANGEHOERIGE -> relativesCap(lookup, kind);
                default -> fromParameter(lookup, kind, parameterOf(kind));
            });
        }
        if (land != null) {
            for (LandBenefits.Version version : lands.on(land, date)) {
                ParameterVersion parameter = version.parameter();
                items.add(new Entitlement(parameter.key(), version.title(), version.note(), parameter.valueFor(pflegegrad),
                        version.per(), parameter.legalBasis(), parameter.validFrom(), parameter.confirmed(),
                        parameter.source()));
            }
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (BenefitKind kind : Entitlements.HEADLINE) {
            amounts.put(kind.key(), items.get(kind.ordinal()).amount());
        }
        return new Entitlements(date, pflegegrad, land, java.util.Collections.unmodifiableMap(amounts),
                List.copyOf(items), lookup.used());
    }

    private static ParameterKey parameterOf(BenefitKind kind) {
        return switch (kind) {
            case PFLEGEGELD -> PFLEGEGELD;
            case PFLEGESACHLEISTUNG -> PFLEGESACHLEISTUNG;
            case TAGESPFLEGE -> TAGESPFLEGE;
            case ENTLASTUNGSBETRAG -> ENTLASTUNGSBETRAG;
            case PFLEGEHILFSMITTEL -> PFLEGEHILFSMITTEL;
            case WOHNUMFELDVERBESSERUNG -> WOHNUMFELDVERBESSERUNG;
            case VERHINDERUNGSPFLEGE -> VERHINDERUNGSPFLEGE;
            case KURZZEITPFLEGE -> KURZZEITPFLEGE;
            case GEMEINSAMER_JAHRESBETRAG -> GEMEINSAMER_JAHRESBETRAG;
            case VOLLSTATIONAER -> VOLLSTATIONAER;
            case WOHNGRUPPENZUSCHLAG -> WOHNGRUPPENZUSCHLAG;
            case VERHINDERUNGSPFLEGE_AUFSTOCKUNG -> VERHINDERUNGSPFLEGE_AUFSTOCKUNG_AUS_KZP;
            case KURZZEITPFLEGE_AUFSTOCKUNG -> KURZZEITPFLEGE_AUFSTOCKUNG_AUS_VP;
            case WOHNUMFELD_GEMEINSAM_MAX -> WOHNUMFELDVERBESSERUNG_GEMEINSAM_MAX;
            case ANSCHUBFINANZIERUNG -> ParameterKey.ANSCHUBFINANZIERUNG;
            case ANSCHUBFINANZIERUNG_GRUPPE_MAX -> ParameterKey.ANSCHUBFINANZIERUNG_GRUPPE_MAX;
            case DIGITALE_PFLEGEANWENDUNGEN -> ParameterKey.DIGITALE_PFLEGEANWENDUNGEN;
            case DIPA_UNTERSTUETZUNG -> ParameterKey.DIPA_UNTERSTUETZUNG;
            case UMWANDLUNGSANSPRUCH, VERHINDERUNGSPFLEGE_ANGEHOERIGE ->
                    throw new IllegalArgumentException(kind + " is computed, not a parameter");
        };
    }

    private static Entitlement fromParameter(Lookup lookup, BenefitKind kind, ParameterKey key) {
        ParameterVersion version = lookup.version(key);
        return new Entitlement(kind.key(), kind.title(), kind.explanation(), version.valueFor(lookup.pflegegrad()),
                kind.per(), version.legalBasis(), version.validFrom(), version.confirmed(), version.source());
    }

    private static Entitlement computed(BenefitKind kind, BigDecimal amount, String legalBasis, ParameterVersion a,
            ParameterVersion b) {
        LocalDate validFrom = a.validFrom().isAfter(b.validFrom()) ? a.validFrom() : b.validFrom();
        return new Entitlement(kind.key(), kind.title(), kind.explanation(), amount, kind.per(), legalBasis, validFrom,
                a.confirmed() && b.confirmed(), a.source() + "; " + b.source());
    }

    // § 45a Abs. 4: up to 40 % of the Sachleistung amount for Angebote zur Unterstützung im Alltag
    private static Entitlement umwandlung(Lookup lookup, BenefitKind kind) {
        BigDecimal percent = lookup.value(UMWANDLUNG_PROZENT);
        BigDecimal sachleistung = lookup.value(PFLEGESACHLEISTUNG);
        BigDecimal amount = percent == null || sachleistung == null ? null : Euros.percentOf(sachleistung, percent);
        return computed(kind, amount, "§ 45a Abs. 4 SGB XI", lookup.version(UMWANDLUNG_PROZENT),
                lookup.version(PFLEGESACHLEISTUNG));
    }

    // § 39 Abs. 3: relatives caring non-commercially get at most 1.5 (from 2025-07-01: 2) months of Pflegegeld
    private static Entitlement relativesCap(Lookup lookup, BenefitKind kind) {
        BigDecimal months = lookup.value(VERHINDERUNGSPFLEGE_ANGEHOERIGE_MONATE);
        BigDecimal pflegegeld = lookup.value(PFLEGEGELD);
        BigDecimal amount = months == null || pflegegeld == null ? null : Euros.of(pflegegeld.multiply(months));
        ParameterVersion rule = lookup.version(VERHINDERUNGSPFLEGE_ANGEHOERIGE_MONATE);
        return computed(kind, amount, rule.legalBasis(), rule, lookup.version(PFLEGEGELD));
    }

    /**
     * Kombinationsleistung (§ 38): the Pflegegeld falls by the share of the Sachleistung used; a
     * reimbursement under the Umwandlungsanspruch counts as Sachleistung used (§ 45a Abs. 4 Satz 6).
     */
    public Kombination kombination(int pflegegrad, LocalDate date, BigDecimal serviceCosts, BigDecimal umwandlungCosts) {
        Lookup lookup = lookup(pflegegrad, date);
        checkNotNegative("serviceCostsEuro", serviceCosts);
        checkNotNegative("umwandlungCostsEuro", umwandlungCosts);
        if (pflegegrad < 2) {
            throw new InvalidInput("pflegegrad", "Pflegegeld und Pflegesachleistung gibt es ab Pflegegrad 2.");
        }
        BigDecimal sachleistung = lookup.value(PFLEGESACHLEISTUNG);
        BigDecimal pflegegeld = lookup.value(PFLEGEGELD);
        BigDecimal serviceCovered = Euros.of(Euros.min(serviceCosts, sachleistung));
        // § 45a Abs. 4: only the part of the 40 % not used for Sachleistung that month
        BigDecimal umwandlungMax = Euros.min(Euros.percentOf(sachleistung, lookup.value(UMWANDLUNG_PROZENT)),
                sachleistung.subtract(serviceCovered));
        BigDecimal umwandlungCovered = Euros.of(Euros.min(umwandlungCosts, umwandlungMax));
        BigDecimal used = serviceCovered.add(umwandlungCovered);
        BigDecimal sharePercent = used.multiply(Euros.HUNDRED).divide(sachleistung, 2, RoundingMode.HALF_UP);
        BigDecimal remainingPflegegeld = pflegegeld.multiply(sachleistung.subtract(used))
                .divide(sachleistung, 2, RoundingMode.HALF_UP);
        BigDecimal ownShare = Euros.of(serviceCosts.subtract(serviceCovered).add(umwandlungCosts).subtract(umwandlungCovered));
        return new Kombination(Euros.of(sachleistung), Euros.of(serviceCosts), serviceCovered, Euros.of(umwandlungCosts),
                umwandlungCovered, ownShare, sharePercent, Euros.of(pflegegeld), remainingPflegegeld,
                "§ 38 SGB XI, § 45a Abs. 4 SGB XI", lookup.used());
    }

    /** Verhinderungspflege on that day for the given carer; {@code ageYears} only matters for the under-25 rule. */
    public VerhinderungspflegeRules verhinderungspflege(int pflegegrad, LocalDate date, Carer carer, Integer ageYears) {
        Lookup lookup = lookup(pflegegrad, date);
        checkAge(ageYears);
        if (pflegegrad < 2) {
            return new VerhinderungspflegeRules(false, null, null, null, false, 0, 0, 0, false, false,
                    "§ 39 Abs. 1 SGB XI (ab Pflegegrad 2)", lookup.used());
        }
        BigDecimal joint = lookup.value(GEMEINSAMER_JAHRESBETRAG);
        boolean underTwentyFive = ageYears != null && ageYears < 25 && lookup.value(VERHINDERUNGSPFLEGE_U25_MAX_WOCHEN) != null;
        // old § 39 Abs. 4 (2024-01-01 to 2025-06-30): PG 4/5 under 25 get 8 weeks, no Vorpflegezeit, 2 months' Pflegegeld
        boolean oldUnderTwentyFive = underTwentyFive && joint == null;
        int maxWeeks = underTwentyFive ? lookup.whole(VERHINDERUNGSPFLEGE_U25_MAX_WOCHEN) : lookup.whole(VERHINDERUNGSPFLEGE_MAX_WOCHEN);
        int vorpflegezeit = underTwentyFive ? 0 : lookup.whole(VERHINDERUNGSPFLEGE_VORPFLEGEZEIT_MONATE);
        BigDecimal relativeMonths = oldUnderTwentyFive ? lookup.value(VERHINDERUNGSPFLEGE_U25_ANGEHOERIGE_MONATE)
                : lookup.value(VERHINDERUNGSPFLEGE_ANGEHOERIGE_MONATE);
        // old § 39 Abs. 5: half Pflegegeld for as many weeks as the under-25 replacement care lasts
        int halfWeeks = oldUnderTwentyFive ? maxWeeks : lookup.whole(HALBES_PFLEGEGELD_WOCHEN_VERHINDERUNGSPFLEGE);
        BigDecimal base;
        BigDecimal transfer;
        String legalBasis;
        if (joint != null) {
            base = joint;
            transfer = null;
            legalBasis = "§ 39 SGB XI, § 42a SGB XI";
        } else {
            base = lookup.value(VERHINDERUNGSPFLEGE);
            transfer = oldUnderTwentyFive
                    ? Euros.percentOf(lookup.value(KURZZEITPFLEGE), lookup.value(VERHINDERUNGSPFLEGE_U25_AUFSTOCKUNG_PROZENT))
                    : lookup.value(VERHINDERUNGSPFLEGE_AUFSTOCKUNG_AUS_KZP);
            legalBasis = oldUnderTwentyFive ? "§ 39 Abs. 4 SGB XI a.F." : "§ 39 SGB XI a.F.";
        }
        BigDecimal cap = carer == Carer.RELATIVE ? Euros.of(lookup.value(PFLEGEGELD).multiply(relativeMonths)) : Euros.of(base);
        BigDecimal yearlyMax = Euros.of(transfer == null ? base : base.add(transfer));
        return new VerhinderungspflegeRules(true, cap, transfer == null ? null : Euros.of(transfer), yearlyMax,
                joint != null, maxWeeks, vorpflegezeit, halfWeeks, underTwentyFive,
                lookup.whole(VERHINDERUNGSPFLEGE_ANTRAG_BIS_ENDE_FOLGEJAHR) == 1, legalBasis, lookup.used());
    }

    static void checkAge(Integer ageYears) {
        if (ageYears != null && (ageYears < 0 || ageYears > 130)) {
            throw new InvalidInput("ageYears", "Bitte geben Sie ein Alter zwischen 0 und 130 Jahren an.");
        }
    }

    /** Kurzzeitpflege on that day: own amount plus transfer from unused Verhinderungspflege, or the joint amount. */
    public KurzzeitpflegeRules kurzzeitpflege(int pflegegrad, LocalDate date) {
        Lookup lookup = lookup(pflegegrad, date);
        if (pflegegrad < 2) {
            return new KurzzeitpflegeRules(false, null, null, null, false, 0, 0, "§ 42 Abs. 1 SGB XI (ab Pflegegrad 2)",
                    lookup.used());
        }
        int maxWeeks = lookup.whole(KURZZEITPFLEGE_MAX_WOCHEN);
        int halfWeeks = lookup.whole(HALBES_PFLEGEGELD_WOCHEN_KURZZEITPFLEGE);
        BigDecimal joint = lookup.value(GEMEINSAMER_JAHRESBETRAG);
        if (joint != null) {
            return new KurzzeitpflegeRules(true, Euros.of(joint), null, Euros.of(joint), true, maxWeeks, halfWeeks,
                    "§ 42 SGB XI, § 42a SGB XI", lookup.used());
        }
        BigDecimal amount = lookup.value(KURZZEITPFLEGE);
        BigDecimal transfer = lookup.value(KURZZEITPFLEGE_AUFSTOCKUNG_AUS_VP);
        return new KurzzeitpflegeRules(true, Euros.of(amount), Euros.of(transfer), Euros.of(amount.add(transfer)), false,
                maxWeeks, halfWeeks, "§ 42 Abs. 2 SGB XI a.F.", lookup.used());
    }

    /** Beratungseinsatz intervals (§ 37 Abs. 3) and the cut for missing proof (§ 37 Abs. 6). */
    public Beratungseinsatz beratungseinsatz(int pflegegrad, LocalDate date, CareSetting setting) {
        Lookup lookup = lookup(pflegegrad, date);
        if (pflegegrad == 1) {
            return new Beratungseinsatz(null, lookup.whole(BERATUNGSEINSATZ_FREIWILLIG_MONATE), null, null,
                    "§ 37 Abs. 3 SGB XI", lookup.used());
        }
        if (setting == CareSetting.SACHLEISTUNG) {
            return new Beratungseinsatz(null, lookup.whole(BERATUNGSEINSATZ_SACHLEISTUNG_MONATE), null, null,
                    "§ 37 Abs. 3 SGB XI", lookup.used());
        }
        BigDecimal optional = lookup.value(BERATUNGSEINSATZ_FREIWILLIG_MONATE);
        BigDecimal cutPercent = lookup.value(BERATUNGSEINSATZ_KUERZUNG_PROZENT);
        return new Beratungseinsatz(lookup.whole(BERATUNGSEINSATZ_PFLICHT_MONATE),
                optional == null ? null : optional.intValueExact(), cutPercent,
                Euros.percentOf(lookup.value(PFLEGEGELD), cutPercent), "§ 37 Abs. 3 und 6 SGB XI", lookup.used());
    }

    /** Leistungszuschlag (§ 43c) by months in vollstationäre Pflege; part months count as months. */
    public Leistungszuschlag leistungszuschlag(int pflegegrad, LocalDate date, int monthsInCare, BigDecimal eigenanteil) {
        Lookup lookup = lookup(pflegegrad, date);
        checkNotNegative("eigenanteilEuro", eigenanteil);
        if (monthsInCare < 0) {
            throw new InvalidInput("monthsInCare", "Bitte geben Sie die Zahl der Monate im Pflegeheim an (0 oder mehr).");
        }
        ParameterKey tier = monthsInCare <= 12 ? LEISTUNGSZUSCHLAG_BIS_12_MONATE
                : monthsInCare <= 24 ? LEISTUNGSZUSCHLAG_UEBER_12_MONATE
                : monthsInCare <= 36 ? LEISTUNGSZUSCHLAG_UEBER_24_MONATE : LEISTUNGSZUSCHLAG_UEBER_36_MONATE;
        BigDecimal percent = lookup.valueOrZero(tier);
        BigDecimal zuschlag = Euros.percentOf(eigenanteil, percent);
        return new Leistungszuschlag(percent, zuschlag, Euros.of(eigenanteil.subtract(zuschlag)), "§ 43c SGB XI",
                lookup.used());
    }

    /** Co-payment for a technical Pflegehilfsmittel (§ 40 Abs. 3 Satz 4); none before the 18th birthday. */
    public HilfsmittelZuzahlung hilfsmittelZuzahlung(LocalDate date, BigDecimal price, int ageYears) {
        Lookup lookup = lookup(1, date);
        checkNotNegative("priceEuro", price);
        checkAge(ageYears);
        BigDecimal coPayment = ageYears < 18 ? Euros.ZERO
                : Euros.min(Euros.min(Euros.percentOf(price, lookup.value(PFLEGEHILFSMITTEL_ZUZAHLUNG_PROZENT)),
                        Euros.of(lookup.value(PFLEGEHILFSMITTEL_ZUZAHLUNG_MAX))), Euros.of(price));
        return new HilfsmittelZuzahlung(Euros.of(price), coPayment, Euros.of(price.subtract(coPayment)),
                "§ 40 Abs. 3 SGB XI", lookup.used());
    }

    /** Soziale Sicherung of a non-commercial carer (§ 19 Satz 2, § 44 SGB XI). */
    public SozialeSicherung sozialeSicherung(int pflegegrad, LocalDate date, BigDecimal careHoursPerWeek,
            int careDaysPerWeek, BigDecimal workHoursPerWeek) {
        Lookup lookup = lookup(pflegegrad, date);
        checkNotNegative("careHoursPerWeek", careHoursPerWeek);
        checkNotNegative("workHoursPerWeek", workHoursPerWeek);
        if (careDaysPerWeek < 0 || careDaysPerWeek > 7) {
            throw new InvalidInput("careDaysPerWeek", "Bitte geben Sie 0 bis 7 Tage in der Woche an.");
        }
        List<String> reasons = new ArrayList<>();
        if (pflegegrad < 2) {
            reasons.add("Die soziale Sicherung gibt es erst, wenn die gepflegte Person mindestens Pflegegrad 2 hat.");
            return new SozialeSicherung(false, false, false, false, reasons, "§ 44 Abs. 1 SGB XI", lookup.used());
        }
        boolean hours = careHoursPerWeek.compareTo(lookup.value(SOZIALE_SICHERUNG_MIN_PFLEGESTUNDEN)) >= 0;
        boolean days = careDaysPerWeek >= lookup.whole(SOZIALE_SICHERUNG_MIN_PFLEGETAGE);
        if (!hours) {
            reasons.add("Sie pflegen weniger als " + lookup.whole(SOZIALE_SICHERUNG_MIN_PFLEGESTUNDEN) + " Stunden in der Woche.");
        }
        if (!days) {
            reasons.add("Sie pflegen an weniger als " + lookup.whole(SOZIALE_SICHERUNG_MIN_PFLEGETAGE) + " Tagen in der Woche.");
        }
        boolean pflegeperson = hours && days;
        boolean smallJob = workHoursPerWeek.compareTo(lookup.value(SOZIALE_SICHERUNG_MAX_ERWERBSSTUNDEN)) <= 0;
        if (pflegeperson && !smallJob) {
            reasons.add("Rentenbeiträge gibt es nur, wenn Sie höchstens "
                    + lookup.whole(SOZIALE_SICHERUNG_MAX_ERWERBSSTUNDEN) + " Stunden in der Woche arbeiten.");
        }
        if (pflegeperson) {
            reasons.add("Arbeitslosenversicherung nach § 26 Abs. 2b SGB III: nur, wenn Sie vor der Pflege versichert waren "
                    + "oder Arbeitslosengeld bekamen.");
        }
        return new SozialeSicherung(pflegeperson, pflegeperson && smallJob, pflegeperson, pflegeperson, List.copyOf(reasons),
                "§ 19 Satz 2, § 44 Abs. 1, 2a, 2b SGB XI", lookup.used());
    }

    /** Time off work for care by employer size (PflegeZG §§ 2–4, FPfZG §§ 2–3, § 44a Abs. 3 SGB XI). */
    public Freistellungen freistellungen(LocalDate date, int employees) {
        Lookup lookup = lookup(1, date);
        if (employees < 1) {
            throw new InvalidInput("employees", "Bitte geben Sie an, wie viele Menschen beim Arbeitgeber arbeiten (mindestens 1).");
        }
        boolean pflegezeit = employees >= lookup.whole(PFLEGEZEIT_MIN_BESCHAEFTIGTE);
        boolean familienpflegezeit = employees >= lookup.whole(FAMILIENPFLEGEZEIT_MIN_BESCHAEFTIGTE);
        return new Freistellungen(lookup.whole(KURZZEITIGE_ARBEITSVERHINDERUNG_TAGE), lookup.whole(PFLEGEUNTERSTUETZUNGSGELD_TAGE),
                lookup.whole(PFLEGEUNTERSTUETZUNGSGELD_JE_KALENDERJAHR) == 1, pflegezeit, lookup.whole(PFLEGEZEIT_MAX_MONATE),
                lookup.whole(PFLEGEZEIT_ANKUENDIGUNG_ARBEITSTAGE), familienpflegezeit, lookup.whole(FAMILIENPFLEGEZEIT_MAX_MONATE),
                lookup.whole(FAMILIENPFLEGEZEIT_MIN_WOCHENSTUNDEN), lookup.whole(FAMILIENPFLEGEZEIT_ANKUENDIGUNG_WOCHEN),
                lookup.whole(FREISTELLUNG_GESAMT_MAX_MONATE), pflegezeit || familienpflegezeit,
                "§§ 2–4 PflegeZG, §§ 2–3 FPfZG, § 44a Abs. 3 SGB XI", lookup.used());
    }

    /** Evaluates one month: what the Pflegekasse pays per pot, the Pflegegeld left, the own share, warnings. */
    public PlanResults.MonthPlan monthPlan(MonthPlanInput input) {
        Lookup trace = lookup(input.pflegegrad(), input.month().atDay(1));
        BudgetYear budget = new BudgetYear(trace, input.ageYears(), input.homeCareSince(),
                input.entlastungsbetragFromLastYearEuro(), input.lastBeratungseinsatz());
        budget.alreadyUsed(input.entlastungsbetragSavedEuro(), input.verhinderungspflegeUsedEuro(),
                input.kurzzeitpflegeUsedEuro());
        PlanResults.Month month = budget.spend(input.month(), input.usage());
        return new PlanResults.MonthPlan(month, trace.used());
    }

    /** Evaluates a calendar year month by month, carrying every budget from month to month. */
    public PlanResults.Year yearPlan(YearPlanInput input) {
        Lookup trace = lookup(input.pflegegrad(), LocalDate.of(input.year(), 1, 1));
        BudgetYear budget = new BudgetYear(trace, input.ageYears(), input.homeCareSince(),
                input.entlastungsbetragFromLastYearEuro(), input.lastBeratungseinsatz());
        List<PlanResults.Month> months = new ArrayList<>();
        for (int index = 0; index < 12; index++) {
            months.add(budget.spend(java.time.YearMonth.of(input.year(), index + 1), input.months().get(index)));
        }
        BigDecimal paid = months.stream().map(PlanResults.Month::paidTotalEuro).reduce(Euros.ZERO, BigDecimal::add);
        BigDecimal pflegegeld = months.stream().map(PlanResults.Month::pflegegeldEuro).reduce(Euros.ZERO, BigDecimal::add);
        BigDecimal own = months.stream().map(PlanResults.Month::ownShareEuro).reduce(Euros.ZERO, BigDecimal::add);
        return new PlanResults.Year(input.year(), input.pflegegrad(), List.copyOf(months), paid, pflegegeld, own,
                budget.entlastungLeft(), trace.used());
    }
}
