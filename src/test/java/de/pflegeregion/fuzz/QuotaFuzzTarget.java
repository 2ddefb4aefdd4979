package de.pflegeregion.fuzz;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import de.pflegeregion.planning.QuotaFile;
import de.pflegeregion.planning.RejectedFile;

/** Jazzer entry point for the quota CSV: read or {@link RejectedFile}; anything else is a finding. */
public final class QuotaFuzzTarget {

    private QuotaFuzzTarget() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        try {
            QuotaFile.read(new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8), "Fuzz", "Fuzz",
                    LocalDate.of(2023, 12, 31));
        } catch (RejectedFile clean) {
            // the module's own answer to a bad file
        }
    }
}
