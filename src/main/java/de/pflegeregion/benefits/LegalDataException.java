package de.pflegeregion.benefits;

/** The legal parameter data is inconsistent; raised while loading so a bad data change never starts. */
public class LegalDataException extends RuntimeException {

    LegalDataException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
    }
}
