package de.pflegeregion.directory;

/** The account may not change this offer (another provider's offer or another county's register). */
public class OfferAccessDeniedException extends RuntimeException {

    public OfferAccessDeniedException(String username, long offerId) {
        super("Das Konto " + username + " darf das Angebot " + offerId + " nicht ändern.");
    }

    /** For creating offers, which only the county's admins may do. */
    public OfferAccessDeniedException(String username) {
        super("Das Konto " + username + " darf in diesem Landkreis keine Angebote anlegen.");
    }
}
