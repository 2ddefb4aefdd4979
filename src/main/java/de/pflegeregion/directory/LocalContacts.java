package de.pflegeregion.directory;

import java.util.List;

import de.pflegeregion.platform.Tenant;

/**
 * The local contact persons (Kümmerer) a citizen sees next to the offers near a Gemeinde. Implemented
 * outside the directory (by the network module), so the directory needs no knowledge of the network.
 */
public interface LocalContacts {

    /** The contacts for the Gemeinde with this AGS, or the county's fallback contact where it has none. */
    List<LocalContact> forGemeinde(Tenant county, String gemeindeAgs);

    /**
     * One contact as a citizen sees it.
     *
     * @param fallback true when this is the county's contact because the Gemeinde has none (or a vacancy)
     */
    record LocalContact(String gemeindeName, String name, String function, String reachable, boolean fallback) {
    }
}
