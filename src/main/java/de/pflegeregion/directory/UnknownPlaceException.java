package de.pflegeregion.directory;

/** The place, postcode or AGS to search near is not in the geographic reference data. */
public class UnknownPlaceException extends RuntimeException {

    public UnknownPlaceException(String near) {
        super("Den Ort „" + near + "“ kennen wir nicht. Bitte prüfen Sie die Schreibweise oder geben Sie eine Postleitzahl an.");
    }
}
