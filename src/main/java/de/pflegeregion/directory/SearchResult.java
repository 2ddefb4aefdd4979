package de.pflegeregion.directory;

import java.util.List;

/** Offers ordered by straight-line distance; {@code total} counts all matches, {@code offers} holds at most the limit. */
public record SearchResult(SearchCenter center, int total, List<OfferHit> offers) {
}
