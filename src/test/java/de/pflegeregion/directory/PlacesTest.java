package de.pflegeregion.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {

    private static final Places PLACES = new Places();

    /** The 19 Gemeinden of Landkreis Pfaffenhofen a.d.Ilm with their AGS (Gemeindeverzeichnis). */
    @ParameterizedTest
    @CsvSource({"09186113, Baar-Ebenhausen", "09186116, Ernsgaden", "09186122, Geisenfeld", "09186125, Gerolsbach",
            "09186126, Hettenshausen", "09186128, Hohenwart", "09186130, Ilmmünster", "09186132, Jetzendorf",
            "09186137, Manching", "09186139, Münchsmünster", "09186143, Pfaffenhofen an der Ilm", "09186144, Pörnbach",
            "09186146, Reichertshausen", "09186147, Reichertshofen", "09186149, Rohrbach", "09186151, Scheyern",
            "09186152, Schweitenkirchen", "09186158, Vohburg an der Donau", "09186162, Wolnzach"})
    void everyGemeindeOfPfaffenhofenLiesInTheKreis(String ags, String name) {
        Place byAgs = PLACES.byAgs(ags).orElseThrow();
        Place byName = PLACES.byName(name, null).orElseThrow();

        assertThat(byAgs.name()).isEqualTo(name);
        assertThat(byName).isEqualTo(byAgs);
        // bounding box of the Landkreis, generously rounded
        assertThat(byAgs.lat()).isBetween(48.38, 48.82);
        assertThat(byAgs.lon()).isBetween(11.28, 11.75);
    }

    @Test
    void reichertshausenNoLongerSitsInBadToelzWolfratshausen() {
        assertThat(PLACES.byName("Reichertshausen", null).orElseThrow().kreisAgs()).isEqualTo("09186");
        assertThat(PLACES.byAgs("09173120").orElseThrow().name()).isEqualTo("Egling");
    }

    @ParameterizedTest
    @CsvSource({"Pfaffenhofen a.d.Ilm, 09186143", "Pfaffenhofen, 09186143", "pfaffenhofen an der ilm, 09186143",
            "Vohburg a.d.Donau, 09186158", "Neuburg a.d.Donau, 09185149", "München, 09162000", "Kiel, 01002000"})
    void namesAreMatchedAsPeopleWriteThem(String name, String ags) {
        assertThat(PLACES.byName(name, null).orElseThrow().ags()).isEqualTo(ags);
    }

    @Test
    void theCountyIsPreferredForAmbiguousNames() {
        assertThat(PLACES.byName("Pfaffenhofen", "09174").orElseThrow().ags()).isEqualTo("09174111");
    }

    @ParameterizedTest
    @CsvSource({"85276, Pfaffenhofen an der Ilm", "86558, Hohenwart", "85293, Reichertshausen", "24116, Kiel"})
    void postcodesLeadToTheirLargestPlace(String postcode, String name) {
        assertThat(PLACES.byPostcode(postcode).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void anAddressKeepsItsTownWhenThePostcodeIsNearby() {
        // the brochure prints 85238 (Petershausen) for Odelzhausen, 15 km away: the named town wins
        assertThat(PLACES.locate("85238", "Odelzhausen", null).orElseThrow().name()).isEqualTo("Odelzhausen");
        assertThat(PLACES.locate("85276", "Hettenshausen", null).orElseThrow().name()).isEqualTo("Hettenshausen");
        assertThat(PLACES.locate("85276", null, null).orElseThrow().name()).isEqualTo("Pfaffenhofen an der Ilm");
        assertThat(PLACES.locate(null, "Wolnzach", null).orElseThrow().ags()).isEqualTo("09186162");
    }

    @Test
    void aPostcodeTownThatExistsTwiceIsTakenFromThePostcodeRegion() {
        // Frankenthal 01909 is the small one in Saxony, not the large one in the Palatinate
        List<Place> places = List.of(PLACES.byPostcode("01909").orElseThrow(), PLACES.byPostcode("01734").orElseThrow());

        assertThat(places).extracting(Place::kreisAgs).containsExactly("14625", "14628");
    }

    @Test
    void kreiseAreKnown() {
        assertThat(PLACES.district("09186").orElseThrow().name()).isEqualTo("Pfaffenhofen a.d.Ilm");
        assertThat(PLACES.mainPlaceOf("09186").orElseThrow().name()).isEqualTo("Pfaffenhofen an der Ilm");
        assertThat(PLACES.districts()).hasSize(401);
    }
}
