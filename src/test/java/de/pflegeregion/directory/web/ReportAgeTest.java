package de.pflegeregion.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportAgeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @ParameterizedTest
    @CsvSource({"PT30S, gerade eben", "PT1M, vor einer Minute", "PT59M, vor 59 Minuten", "PT1H, vor einer Stunde",
            "PT23H59M, vor 23 Stunden", "P1D, vor einem Tag", "PT47H, vor einem Tag", "P2D, vor 2 Tagen", "P8D, vor 8 Tagen"})
    void agesReadAsPlainGerman(String age, String expected) {
        assertThat(ReportAge.ago(NOW.minus(Duration.parse(age)), NOW)).isEqualTo(expected);
    }

    @Test
    void datesAreShownInGermanTime() {
        assertThat(ReportAge.dateTime(Instant.parse("2026-11-20T08:15:00Z"))).isEqualTo("20.11.2026, 9:15 Uhr");
        assertThat(ReportAge.dateTime(Instant.parse("2026-07-20T08:15:00Z"))).isEqualTo("20.7.2026, 10:15 Uhr");
    }

    @Test
    void freePlacesAreCountedInWords() {
        assertThat(OfferView.freePlaces(0)).isEqualTo("keine freien Plätze");
        assertThat(OfferView.freePlaces(1)).isEqualTo("1 freier Platz");
        assertThat(OfferView.freePlaces(2)).isEqualTo("2 freie Plätze");
    }
}
