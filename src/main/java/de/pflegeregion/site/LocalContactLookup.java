package de.pflegeregion.site;

import java.util.List;
import java.util.Optional;

/**
 * "Ihre Ansprechperson in …" for a place a citizen typed, for the start page. Implemented by the directory
 * (which knows places and asks the network for the Kümmerer), so the site shell depends on no feature module.
 */
public interface LocalContactLookup {

    /** Empty when the place is not known. */
    Optional<Found> near(String typed);

    /**
     * @param placeName the Gemeinde as the gazetteer names it
     * @param contacts  empty when no county on this installation covers the place, or it has no contact
     */
    record Found(String placeName, List<Contact> contacts) {
    }

    /** @param fallback true when this is the county's contact because the Gemeinde has none */
    record Contact(String gemeindeName, String name, String function, String reachable, boolean fallback) {
    }
}
