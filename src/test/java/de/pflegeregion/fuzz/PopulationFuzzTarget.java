package de.pflegeregion.fuzz;

import java.io.ByteArrayInputStream;

import de.pflegeregion.planning.PopulationFile;
import de.pflegeregion.planning.RejectedFile;

/**
 * Jazzer entry point (coverage-guided, libFuzzer) for the GENESIS/population import: a file is read or
 * rejected with {@link RejectedFile}; anything else thrown is a finding. Run by src/test/fuzz/jazzer.sh.
 */
public final class PopulationFuzzTarget {

    private PopulationFuzzTarget() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        try {
            PopulationFile.read(new ByteArrayInputStream(data), "09186", null);
        } catch (RejectedFile clean) {
            // the module's own answer to a bad file
        }
    }
}
