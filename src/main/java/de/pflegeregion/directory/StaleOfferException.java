package de.pflegeregion.directory;

/** Someone else changed the offer since it was read; the change was not saved. */
public class StaleOfferException extends RuntimeException {

    public StaleOfferException(long offerId) {
        super("Das Angebot " + offerId + " wurde inzwischen von jemand anderem geändert. Bitte laden Sie es neu.");
    }
}
