package de.pflegeregion.benefits;

import de.pflegeregion.platform.InvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RulesByDateTest {

    private final Benefits benefits = Benefits.standard();

    @Test
    void verhinderungspflegeBeforeAndAfterJuly2025() {
        VerhinderungspflegeRules june = benefits.verhinderungspflege(3, LocalDate.of(2025, 6, 30), Carer.RELATIVE, null);
        VerhinderungspflegeRules july = benefits.verhinderungspflege(3, LocalDate.of(2025, 7, 1), Carer.RELATIVE, null);
        assertThat(june.maxWeeks()).isEqualTo(6);
        assertThat(june.vorpflegezeitMonths()).isEqualTo(6);
        assertThat(june.capEuro()).isEqualByComparingTo("898.50");
        assertThat(june.yearlyMaxEuro()).isEqualByComparingTo("2528");
        assertThat(june.halfPflegegeldWeeks()).isEqualTo(6);
        assertThat(july.maxWeeks()).isEqualTo(8);
        assertThat(july.vorpflegezeitMonths()).isZero();
        assertThat(july.capEuro()).isEqualByComparingTo("1198.00");
        assertThat(july.yearlyMaxEuro()).isEqualByComparingTo("3539");
        assertThat(july.fromGemeinsamerJahresbetrag()).isTrue();
        assertThat(july.halfPflegegeldWeeks()).isEqualTo(8);
        assertThat(benefits.verhinderungspflege(3, LocalDate.of(2025, 7, 1), Carer.OTHER, null).capEuro())
                .isEqualByComparingTo("3539");
    }

    @Test
    void underTwentyFiveRuleFrom2024ForGradesFourAndFive() {
        VerhinderungspflegeRules before = benefits.verhinderungspflege(4, LocalDate.of(2023, 12, 31), Carer.RELATIVE, 20);
        VerhinderungspflegeRules from = benefits.verhinderungspflege(4, LocalDate.of(2024, 1, 1), Carer.RELATIVE, 20);
        assertThat(before.maxWeeks()).isEqualTo(6);
        assertThat(before.underTwentyFiveRule()).isFalse();
        assertThat(from.maxWeeks()).isEqualTo(8);
        assertThat(from.vorpflegezeitMonths()).isZero();
        assertThat(from.capEuro()).isEqualByComparingTo("1530.00");
        assertThat(from.transferFromKurzzeitpflegeMaxEuro()).isEqualByComparingTo("1774");
        assertThat(from.halfPflegegeldWeeks()).isEqualTo(8);
        assertThat(benefits.verhinderungspflege(3, LocalDate.of(2024, 1, 1), Carer.RELATIVE, 20).maxWeeks()).isEqualTo(6);
        assertThat(benefits.verhinderungspflege(4, LocalDate.of(2024, 1, 1), Carer.RELATIVE, 25).maxWeeks()).isEqualTo(6);
    }

    @Test
    void claimDeadlineSince2026() {
        assertThat(benefits.verhinderungspflege(2, LocalDate.of(2025, 12, 31), Carer.OTHER, null).claimByEndOfFollowingYear()).isFalse();
        assertThat(benefits.verhinderungspflege(2, LocalDate.of(2026, 1, 1), Carer.OTHER, null).claimByEndOfFollowingYear()).isTrue();
    }

    @Test
    void noVerhinderungspflegeAtGradeOne() {
        VerhinderungspflegeRules rules = benefits.verhinderungspflege(1, LocalDate.of(2022, 1, 1), Carer.OTHER, null);
        assertThat(rules.entitled()).isFalse();
        assertThat(rules.capEuro()).isNull();
    }

    @Test
    void kurzzeitpflegeTransfersByDate() {
        assertThat(benefits.kurzzeitpflege(2, LocalDate.of(2021, 12, 31)).yearlyMaxEuro()).isEqualByComparingTo("3224");
        assertThat(benefits.kurzzeitpflege(2, LocalDate.of(2022, 1, 1)).yearlyMaxEuro()).isEqualByComparingTo("3386");
        assertThat(benefits.kurzzeitpflege(2, LocalDate.of(2025, 6, 30)).yearlyMaxEuro()).isEqualByComparingTo("3539");
        assertThat(benefits.kurzzeitpflege(2, LocalDate.of(2025, 7, 1)).fromGemeinsamerJahresbetrag()).isTrue();
    }

    @Test
    void beratungseinsatzIntervalsChangeInJanuary2026() {
        assertThat(benefits.beratungseinsatz(4, LocalDate.of(2025, 12, 31), CareSetting.PFLEGEGELD).mandatoryEveryMonths()).isEqualTo(3);
        Beratungseinsatz from2026 = benefits.beratungseinsatz(4, LocalDate.of(2026, 1, 1), CareSetting.PFLEGEGELD);
        assertThat(from2026.mandatoryEveryMonths()).isEqualTo(6);
        assertThat(from2026.optionalEveryMonths()).isEqualTo(3);
        assertThat(benefits.beratungseinsatz(2, LocalDate.of(2025, 12, 31), CareSetting.PFLEGEGELD).mandatoryEveryMonths()).isEqualTo(6);
        assertThat(benefits.beratungseinsatz(2, LocalDate.of(2026, 1, 1), CareSetting.SACHLEISTUNG).mandatoryEveryMonths()).isNull();
        assertThat(benefits.beratungseinsatz(1, LocalDate.of(2026, 1, 1), CareSetting.PFLEGEGELD).optionalEveryMonths()).isEqualTo(6);
        assertThat(benefits.beratungseinsatz(3, LocalDate.of(2025, 3, 1), CareSetting.PFLEGEGELD).pflegegeldCutUpToEuro())
                .isEqualByComparingTo("299.50");
    }

    @Test
    void leistungszuschlagTiersBefore2024AndAfter() {
        BigDecimal eigenanteil = new BigDecimal("1000");
        assertThat(benefits.leistungszuschlag(3, LocalDate.of(2021, 12, 31), 5, eigenanteil).percent()).isEqualByComparingTo("0");
        assertThat(benefits.leistungszuschlag(3, LocalDate.of(2022, 1, 1), 12, eigenanteil).zuschlagEuro()).isEqualByComparingTo("50");
        assertThat(benefits.leistungszuschlag(3, LocalDate.of(2023, 12, 31), 13, eigenanteil).percent()).isEqualByComparingTo("25");
        assertThat(benefits.leistungszuschlag(3, LocalDate.of(2024, 1, 1), 13, eigenanteil).percent()).isEqualByComparingTo("30");
        assertThat(benefits.leistungszuschlag(3, LocalDate.of(2024, 1, 1), 25, eigenanteil).percent()).isEqualByComparingTo("50");
        Leistungszuschlag longStay = benefits.leistungszuschlag(5, LocalDate.of(2024, 1, 1), 37, eigenanteil);
        assertThat(longStay.percent()).isEqualByComparingTo("75");
        assertThat(longStay.remainingEigenanteilEuro()).isEqualByComparingTo("250");
        assertThat(benefits.leistungszuschlag(1, LocalDate.of(2024, 1, 1), 37, eigenanteil).percent()).isEqualByComparingTo("0");
    }

    @Test
    void technicalAidCoPayment() {
        LocalDate day = LocalDate.of(2025, 5, 1);
        assertThat(benefits.hilfsmittelZuzahlung(day, new BigDecimal("120"), 70).coPaymentEuro()).isEqualByComparingTo("12");
        assertThat(benefits.hilfsmittelZuzahlung(day, new BigDecimal("900"), 70).coPaymentEuro()).isEqualByComparingTo("25");
        assertThat(benefits.hilfsmittelZuzahlung(day, new BigDecimal("900"), 17).coPaymentEuro()).isEqualByComparingTo("0");
    }

    @Test
    void sozialeSicherungNeedsTenHoursOnTwoDaysAndAtMostThirtyHoursWork() {
        LocalDate day = LocalDate.of(2025, 5, 1);
        SozialeSicherung yes = benefits.sozialeSicherung(2, day, BigDecimal.TEN, 2, new BigDecimal("30"));
        assertThat(yes.rentenversicherung()).isTrue();
        assertThat(yes.unfallversicherung()).isTrue();
        assertThat(benefits.sozialeSicherung(2, day, new BigDecimal("9.5"), 5, BigDecimal.ZERO).pflegeperson()).isFalse();
        assertThat(benefits.sozialeSicherung(2, day, BigDecimal.TEN, 1, BigDecimal.ZERO).pflegeperson()).isFalse();
        SozialeSicherung fullTime = benefits.sozialeSicherung(3, day, BigDecimal.TEN, 3, new BigDecimal("31"));
        assertThat(fullTime.rentenversicherung()).isFalse();
        assertThat(fullTime.unfallversicherung()).isTrue();
        assertThat(benefits.sozialeSicherung(1, day, BigDecimal.TEN, 3, BigDecimal.ZERO).pflegeperson()).isFalse();
    }

    @Test
    void freistellungenByEmployerSizeAndPflegeunterstuetzungsgeldPerYearSince2024() {
        Freistellungen small = benefits.freistellungen(LocalDate.of(2023, 12, 31), 15);
        assertThat(small.kurzzeitigeArbeitsverhinderungTage()).isEqualTo(10);
        assertThat(small.pflegezeitAnspruch()).isFalse();
        assertThat(small.pflegeunterstuetzungsgeldJeKalenderjahr()).isFalse();
        Freistellungen medium = benefits.freistellungen(LocalDate.of(2024, 1, 1), 16);
        assertThat(medium.pflegezeitAnspruch()).isTrue();
        assertThat(medium.familienpflegezeitAnspruch()).isFalse();
        assertThat(medium.pflegeunterstuetzungsgeldJeKalenderjahr()).isTrue();
        Freistellungen large = benefits.freistellungen(LocalDate.of(2024, 1, 1), 26);
        assertThat(large.familienpflegezeitAnspruch()).isTrue();
        assertThat(large.familienpflegezeitMaxMonate()).isEqualTo(24);
        assertThat(large.gesamtMaxMonate()).isEqualTo(24);
    }

    @Test
    void datesBefore2017AndBadGradesAreRejectedWithTheField() {
        assertThatThrownBy(() -> benefits.entitlements(3, LocalDate.of(2016, 12, 31), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("ab dem 1. Januar 2017")
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("date");
        assertThatThrownBy(() -> benefits.entitlements(6, LocalDate.of(2020, 1, 1), null))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("pflegegrad");
        assertThatThrownBy(() -> benefits.kombination(3, LocalDate.of(2020, 1, 1), new BigDecimal("-1"), BigDecimal.ZERO))
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("serviceCostsEuro");
    }

    @Test
    void everyAnswerCarriesItsBasisAndVersions() {
        Kombination kombination = benefits.kombination(4, LocalDate.of(2022, 6, 1), new BigDecimal("338.60"), BigDecimal.ZERO);
        assertThat(kombination.legalBasis()).contains("§ 38");
        assertThat(kombination.parameters()).extracting(ParameterVersion::key).contains("pflegegeld", "pflegesachleistung");
        assertThat(kombination.parameters()).filteredOn(v -> v.key().equals("pflegegeld")).first()
                .extracting(ParameterVersion::validFrom).isEqualTo(LocalDate.of(2017, 1, 1));
        Entitlements entitlements = benefits.entitlements(3, LocalDate.of(2025, 3, 15), null);
        assertThat(entitlements.items()).allSatisfy(item -> assertThat(item.legalBasis()).containsAnyOf("§", "Art."));
        assertThat(entitlements.item("digitalePflegeanwendungen").confirmed()).isFalse();
        assertThat(entitlements.item("pflegegeld").confirmed()).isTrue();
    }
}
