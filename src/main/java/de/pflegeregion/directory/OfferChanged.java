package de.pflegeregion.directory;

/** Published after an offer was created, changed, retired or got new free places. */
public record OfferChanged(long offerId) {
}
