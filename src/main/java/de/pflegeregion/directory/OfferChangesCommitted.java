package de.pflegeregion.directory;

import java.util.Set;

/** Published on the node that committed it, once per transaction that changed offers: feed number and offers. */
public record OfferChangesCommitted(long seq, Set<Long> offerIds) {
}
