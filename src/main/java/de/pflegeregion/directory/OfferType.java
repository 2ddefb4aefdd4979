package de.pflegeregion.directory;

/**
 * A kind of offer, e.g. tagespflege (§ 41 SGB XI). Standard types have no tenant; a county may add its own.
 *
 * @param hasPlaces places can be counted (capacity and free places), e.g. Tagespflege or Kurzzeitpflege
 */
public record OfferType(String code, String label, String legalBasis, boolean hasPlaces, Long tenantId) {
}
