package de.pflegeregion.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The spec's band rule on hand-computed cases, including 80+ inside 75+ and the open top band at 100. */
class BandRuleTest {

    private static final double EXACT = 1e-12;

    /** 0–70 (R 10000), 70–75 (R 1000), 75–80 (R 800), 80–85 (R 600), 85+ (R 300), men, Pflegegeld. */
    private static QuotaSet weighted() {
        return new QuotaSet("Test", "von Hand", LocalDate.of(2023, 12, 31), List.of(
                new Quota(AgeBand.of(0, 70), Sex.MALE, Setting.PFLEGEGELD, 0.01, 10000.0),
                new Quota(AgeBand.of(70, 75), Sex.MALE, Setting.PFLEGEGELD, 0.04, 1000.0),
                new Quota(AgeBand.of(75, 80), Sex.MALE, Setting.PFLEGEGELD, 0.06, 800.0),
                new Quota(AgeBand.of(80, 85), Sex.MALE, Setting.PFLEGEGELD, 0.11, 600.0),
                new Quota(AgeBand.of(85, null), Sex.MALE, Setting.PFLEGEGELD, 0.25, 300.0)));
    }

    @Test
    void theOpenPopulationBandTakesTheReferenceWeightedMeanOfTheQuotaBandsItCovers() {
        // (0.06·800 + 0.11·600 + 0.25·300) / (800 + 600 + 300) = 189 / 1700
        assertThat(weighted().quota(AgeBand.of(75, null), Sex.MALE, Setting.PFLEGEGELD)).isCloseTo(189.0 / 1700, within(EXACT));
    }

    @Test
    void aPopulationBandAcrossTwoQuotaBandsWeighsEachByReferenceAndOverlap() {
        // 65–75: w(0–70) = 10000·5/70, w(70–75) = 1000·5/5 → (0.01·w1 + 0.04·1000)/(w1 + 1000) = 0.0275
        double w1 = 10000.0 * 5 / 70;
        assertThat(weighted().quota(AgeBand.of(65, 75), Sex.MALE, Setting.PFLEGEGELD))
                .isCloseTo((0.01 * w1 + 40) / (w1 + 1000), within(EXACT)).isCloseTo(0.0275, within(EXACT));
    }

    @Test
    void eightyPlusInsideSeventyFivePlusFollowsTheReferencePopulation() {
        assertThat(weighted().shareFrom(AgeBand.of(75, null), Sex.MALE, 80)).isCloseTo(900.0 / 1700, within(EXACT));
        // from 82: 600·3/5 of 80–85 plus all of 85+
        assertThat(weighted().shareFrom(AgeBand.of(75, null), Sex.MALE, 82)).isCloseTo(660.0 / 1700, within(EXACT));
        assertThat(weighted().shareFrom(AgeBand.of(65, 75), Sex.MALE, 80)).isZero();
        assertThat(weighted().shareFrom(AgeBand.of(80, 85), Sex.MALE, 65)).isEqualTo(1);
    }

    @Test
    void theOpenTopBandEndsAtOneHundred() {
        assertThat(AgeBand.of(85, null).width()).isEqualTo(15);
        assertThat(AgeBand.of(90, null).overlap(AgeBand.of(85, null))).isEqualTo(10);
        // 90+ lies inside 85+ only: its quota is that of 85+
        assertThat(weighted().quota(AgeBand.of(90, null), Sex.MALE, Setting.PFLEGEGELD)).isCloseTo(0.25, within(EXACT));
    }

    @Test
    void withoutReferencePopulationEveryQuotaBandWeighsOne() {
        QuotaSet plain = new QuotaSet("Test", "von Hand", LocalDate.of(2023, 12, 31), List.of(
                new Quota(AgeBand.of(75, 80), Sex.FEMALE, Setting.AMBULANT, 0.06, null),
                new Quota(AgeBand.of(80, 85), Sex.FEMALE, Setting.AMBULANT, 0.11, null),
                new Quota(AgeBand.of(85, null), Sex.FEMALE, Setting.AMBULANT, 0.25, null)));
        assertThat(plain.quota(AgeBand.of(75, null), Sex.FEMALE, Setting.AMBULANT)).isCloseTo(0.42 / 3, within(EXACT));
        // 80+ of 75+: (1 + 1) / 3
        assertThat(plain.shareFrom(AgeBand.of(75, null), Sex.FEMALE, 80)).isCloseTo(2.0 / 3, within(EXACT));
    }

    @Test
    void aSettingTheSetDoesNotHaveCountsZero() {
        assertThat(weighted().quota(AgeBand.of(75, null), Sex.MALE, Setting.PG1_OHNE)).isZero();
        assertThat(weighted().quota(AgeBand.of(75, null), Sex.FEMALE, Setting.PFLEGEGELD)).isZero();
    }
}
