package de.pflegeregion.directory;

/**
 * Jazzer entry point (src/test/fuzz/jazzer.sh) for the parsing step of the offers CSV import
 * ({@link OfferImport#read}), the part without the database: every file must end in rows or problems;
 * anything thrown is a finding. The checks against the register and the write are fuzzed by ParserFuzzIT.
 */
public final class OfferCsvFuzzTarget {

    private OfferCsvFuzzTarget() {
    }

    public static void fuzzerTestOneInput(byte[] data) {
        OfferImport.ReadFile file = OfferImport.read(data, "Fuzz");
        if (!file.usable() && file.fileProblems().isEmpty()) {
            throw new IllegalStateException("a file refused without a problem named");
        }
    }
}
