package de.pflegeregion.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The provider's free-places report as Spring binds it ({@link OfferFormBinding}: counts as digits): one
 * number per counted type, {@code freePlaces[tagespflege]=2}; a blank field leaves that type's report as it
 * was. {@code version} is the offer version the form was filled in on.
 */
class FreePlacesForm {

    static final String ATTRIBUTE = "report";

    Long version;
    Map<String, Integer> freePlaces = new LinkedHashMap<>();

    /** The version to save against; an unreadable one can never match, so the report is refused as stale. */
    long versionNumber() {
        return version == null ? -1 : version;
    }
}
