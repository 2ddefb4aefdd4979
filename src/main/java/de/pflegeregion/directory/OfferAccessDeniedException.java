package de.pflegeregion.directory;

/** The account may not change this offer (another provider's offer or another county's register). */
public class OfferAccessDeniedException extends RuntimeException {

    public OfferAccessDeniedException(String username, long offerId) {
        super("Das Konto " + username + " darf das Angebot " + offerId + " nicht ändern.");
    }
}
