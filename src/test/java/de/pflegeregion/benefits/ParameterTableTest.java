package de.pflegeregion.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParameterTableTest {

    private static ParameterVersion version(String from, String to) {
        List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE));
        return new ParameterVersion("k", LocalDate.parse(from), to == null ? null : LocalDate.parse(to), values,
                "§ 1", "test", LocalDate.parse("2026-11-22"), true);
    }

    @Test
    void everyRuleFindsItsParametersOnEveryDayFrom2017ToTwoYearsAhead() {
        ParameterTable table = Benefits.standard().table();
        LocalDate end = LocalDate.now().plusYears(2);
        int lookups = 0;
        for (LocalDate day = Benefits.FIRST_DAY; !day.isAfter(end); day = day.plusDays(1)) {
            for (ParameterKey key : ParameterKey.values()) {
                assertThat(table.versionOn(key, day).covers(day)).isTrue();
                lookups++;
            }
            for (int grade = 1; grade <= 5; grade++) {
                Entitlements entitlements = Benefits.standard().entitlements(grade, day, Land.BY);
                assertThat(entitlements.amounts()).hasSize(11);
            }
        }
        assertThat(lookups).isGreaterThan(3650 * ParameterKey.values().length);
    }

    @Test
    void everyVersionBoundaryChangesAValueOrTheLegalBasis() {
        ParameterTable table = Benefits.standard().table();
        for (ParameterKey key : ParameterKey.values()) {
            ParameterVersion previous = null;
            for (LocalDate day = Benefits.FIRST_DAY; day.isBefore(LocalDate.of(2030, 1, 1)); day = day.plusDays(1)) {
                ParameterVersion current = table.versionOn(key, day);
                if (previous != null && current != previous) {
                    assertThat(current.byGrade().equals(previous.byGrade()) && current.legalBasis().equals(previous.legalBasis()))
                            .as(key.fileKey() + " changes on " + day + " without a new value or basis").isFalse();
                    assertThat(current.validFrom()).isEqualTo(day);
                    assertThat(previous.validTo()).isEqualTo(day.minusDays(1));
                }
                previous = current;
            }
        }
    }

    @Test
    void gapsAreRejected() {
        assertThatThrownBy(() -> ParameterTable.checkContiguous("k",
                List.of(version("2017-01-01", "2020-12-31"), version("2021-01-02", null)), "test"))
                .isInstanceOf(LegalDataException.class).hasMessageContaining("gap from 2021-01-01");
    }

    @Test
    void overlapsAreRejected() {
        assertThatThrownBy(() -> ParameterTable.checkContiguous("k",
                List.of(version("2017-01-01", "2020-12-31"), version("2020-06-01", null)), "test"))
                .isInstanceOf(LegalDataException.class).hasMessageContaining("overlap");
    }

    @Test
    void anOpenEndedVersionMustBeTheLast() {
        assertThatThrownBy(() -> ParameterTable.checkContiguous("k",
                List.of(version("2017-01-01", null), version("2020-06-01", null)), "test"))
                .isInstanceOf(LegalDataException.class).hasMessageContaining("only the last");
        assertThatThrownBy(() -> ParameterTable.checkContiguous("k", List.of(version("2017-01-01", "2030-12-31")), "test"))
                .isInstanceOf(LegalDataException.class).hasMessageContaining("gap after 2030-12-31");
    }

    @Test
    void unknownKeysAreRejected() {
        ParameterTable table = ParameterTable.load(ParameterTable.FEDERAL_DATA);
        assertThatThrownBy(() -> table.amendedBy("/de/pflegeregion/benefits/bad-unknown-key.csv"))
                .isInstanceOf(LegalDataException.class).hasMessageContaining("unknown key 'pflegegelt'");
    }

    @Test
    void anAmendmentMustFollowTheOpenVersion() {
        ParameterTable table = ParameterTable.load(ParameterTable.FEDERAL_DATA);
        assertThatThrownBy(() -> table.amendedBy("/de/pflegeregion/benefits/bad-before-open.csv"))
                .isInstanceOf(LegalDataException.class).hasMessageContaining("must start after 2025-01-01");
    }

    @Test
    void aFictitiousFutureDynamisationIsADataChange() {
        Benefits amended = Benefits.amendedBy("/de/pflegeregion/benefits/fictitious-2028-dynamisation.csv");
        LocalDate dayBefore = LocalDate.of(2027, 12, 31);
        LocalDate dayOf = LocalDate.of(2028, 1, 1);
        assertThat(amended.entitlements(3, dayBefore, null).amounts().get("pflegegeld")).isEqualByComparingTo("599");
        assertThat(amended.entitlements(3, dayOf, null).amounts().get("pflegegeld")).isEqualByComparingTo("622");
        assertThat(amended.entitlements(1, dayOf, null).amounts().get("entlastungsbetrag")).isEqualByComparingTo("136");
        Entitlement item = amended.entitlements(3, dayOf, null).item("pflegegeld");
        assertThat(item.confirmed()).isFalse();
        assertThat(item.validFrom()).isEqualTo(dayOf);
        assertThat(amended.kombination(3, dayOf, new BigDecimal("748.50"), BigDecimal.ZERO).pflegegeldEuro())
                .isEqualByComparingTo("311.00");
        assertThat(Benefits.standard().entitlements(3, dayOf, null).amounts().get("pflegegeld")).isEqualByComparingTo("599");
    }

    @Test
    void theBavarianLandespflegegeldIsLandData() {
        LandBenefits lands = Benefits.standard().lands();
        assertThat(lands.history(Land.BY)).extracting(v -> v.parameter().valueFor(2))
                .containsExactly(new BigDecimal("1000"), new BigDecimal("1000"), new BigDecimal("500"));
        assertThat(lands.on(Land.BY, LocalDate.of(2018, 8, 31))).isEmpty();
        assertThat(lands.on(Land.BY, LocalDate.of(2018, 9, 1))).hasSize(1);
        assertThat(lands.on(Land.SH, LocalDate.of(2025, 1, 1))).isEmpty();
        assertThat(lands.on(Land.BY, LocalDate.of(2025, 12, 31)).getFirst().parameter().valueFor(3)).isEqualByComparingTo("1000");
        assertThat(lands.on(Land.BY, LocalDate.of(2026, 1, 1)).getFirst().parameter().valueFor(3)).isEqualByComparingTo("500");
        assertThat(lands.on(Land.BY, LocalDate.of(2026, 1, 1)).getFirst().parameter().valueFor(1)).isNull();
    }
}
