package de.pflegeregion.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A quota file is read in every encoding a population file is: UTF-8 with and without BOM, and Windows-1252. */
class QuotaFileEncodingTest {

    private static final String CSV = """
            # Pflegequoten für Müller-Landkreis, Quelle: Landesamt für Statistik
            age_from;age_to;sex;setting;quota;reference_population
            0;75;m;pflegegeld;0,01;
            75;;m;pflegegeld;0,2;
            0;75;w;pflegegeld;0,012;
            75;;w;pflegegeld;0,25;
            """;

    private static QuotaSet read(byte[] bytes) {
        return QuotaFile.read(new ByteArrayInputStream(bytes), "Test", "Test", LocalDate.of(2023, 12, 31));
    }

    private static byte[] withBom(byte[] utf8) {
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);
        return bytes;
    }

    @Test
    void utf8WithoutBom() {
        assertThat(read(CSV.getBytes(StandardCharsets.UTF_8)).quotas()).hasSize(4);
    }

    @Test
    void utf8WithBom() {
        QuotaSet set = read(withBom(CSV.getBytes(StandardCharsets.UTF_8)));
        assertThat(set.quotas()).hasSize(4);
        assertThat(set.quota(AgeBand.of(75, null), Sex.FEMALE, Setting.PFLEGEGELD)).isEqualTo(0.25);
    }

    @Test
    void windows1252() {
        QuotaSet set = read(CSV.getBytes(Charset.forName("windows-1252")));
        assertThat(set.quotas()).hasSize(4);
        assertThat(set.quota(AgeBand.of(0, 75), Sex.MALE, Setting.PFLEGEGELD)).isEqualTo(0.01);
    }

    /** The error names the cell as the planner wrote it, umlaut included, whichever encoding the file has. */
    @Test
    void aBadCellIsQuotedWithItsUmlautInEveryEncoding() {
        String bad = CSV.replace("75;;w;pflegegeld", "75;;w;stationär");
        for (byte[] bytes : new byte[][] {bad.getBytes(StandardCharsets.UTF_8), withBom(bad.getBytes(StandardCharsets.UTF_8)),
                bad.getBytes(Charset.forName("windows-1252"))}) {
            assertThatThrownBy(() -> read(bytes)).isInstanceOfSatisfying(RejectedFile.class, e ->
                    assertThat(e.errors()).anySatisfy(error -> {
                        assertThat(error.field()).isEqualTo("setting");
                        assertThat(error.message()).contains("„stationär“");
                    }));
        }
    }
}
